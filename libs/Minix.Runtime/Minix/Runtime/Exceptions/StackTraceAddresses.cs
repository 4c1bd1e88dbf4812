using System;

namespace Minix.Runtime.Exceptions;

/// <summary>
/// The code addresses of the frames an exception passed through, innermost first: for tools that name frames from
/// outside the process (the <c>minix run</c> host prints them, the <c>minix</c> tool turns them into C# lines).
/// </summary>
public static class StackTraceAddresses
{
    /// <summary>Copies up to <paramref name="frames"/>'s length of addresses.</summary>
    /// <param name="exception">A thrown exception.</param>
    /// <param name="frames">Where to copy them.</param>
    /// <returns>How many were copied.</returns>
    public static int Of(Exception exception, Span<nint> frames) => exception.CopyStackFrames(frames);
}
