using System;

namespace Internal.Runtime.CompilerHelpers;

// ILC requires a class of this name in the system module. Module start-up lives in Minix.Runtime.ModuleStartup;
// what is here is what ILC's generated __managed__Main of a program calls: the command line in, Main's result
// latched, the exit status out.
internal static unsafe class StartupCodeHelpers
{
    // argv as the process entry received it (System V stack); the environment follows argv's NULL.
    internal static void InitializeCommandLineArgs(int argc, sbyte** argv) => Environment.SetCommandLine(argc, (byte**)argv);

    private static string[] GetMainMethodArguments() => Environment.MainArguments();

    private static void SetLatchedExitCode(int exitCode) => Environment.ExitCode = exitCode;

    private static int Shutdown()
    {
        Console.FlushStandardStreams();
        return Environment.ExitCode;
    }
}
