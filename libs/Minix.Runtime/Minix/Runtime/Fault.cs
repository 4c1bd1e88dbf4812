using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Minix.Runtime;

/// <summary>
/// The one way image code stops on an error: every throw, failed check and hardware fault ends here and leaves
/// through the target's <c>minix_fault</c> hook. Nothing unwinds.
/// </summary>
public static unsafe class Fault
{
    /// <summary>Ends the process with <paramref name="kind"/> and an optional message.</summary>
    /// <param name="kind">Why.</param>
    /// <param name="message">Details, or null.</param>
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Raise(FaultKind kind, string message)
    {
        if (message is null)
        {
            PlatformImports.Fault((int)kind, null, 0);
        }
        else
        {
            fixed (char* text = message)
                PlatformImports.Fault((int)kind, text, message.Length);
        }

        // The hook must not return; if a target's does, stop here rather than run on in a broken state.
        while (true)
        {
        }
    }

    /// <summary>Ends the process with <paramref name="kind"/> and no message.</summary>
    /// <param name="kind">Why.</param>
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Raise(FaultKind kind) => Raise(kind, null);
}
