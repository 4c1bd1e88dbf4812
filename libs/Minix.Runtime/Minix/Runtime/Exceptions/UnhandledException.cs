using System;

namespace Minix.Runtime.Exceptions;

/// <summary>
/// What a program does with an exception no catch clause takes: print it as .NET does ("Unhandled exception." then
/// the type, message and stack) on standard error and end with <see cref="ExitStatus"/>. Finally clauses do not run,
/// as in .NET.
/// </summary>
public static class UnhandledException
{
    /// <summary>The exit status of a program ended by an unhandled exception: 134, what a .NET program's parent sees
    /// on Linux (128 + SIGABRT).</summary>
    public const int ExitStatus = 134;

    private static bool s_reporting;

    /// <summary>Reports <paramref name="exception"/> and ends the process.</summary>
    /// <param name="exception">The exception.</param>
    public static void Report(Exception exception)
    {
        if (s_reporting)
            Fault.Raise(FaultKind.FailFast, "an exception escaped while reporting an unhandled exception");
        s_reporting = true;
        StandardError.Write("Unhandled exception. " + exception.ToString() + "\n");
        PlatformImports.Exit(ExitStatus);
        Fault.Raise(exception.Kind, exception.Message);
    }
}
