using Minix.Posix;

namespace Minix.Commands.Libc;

/// <summary>
/// A command's start on the image, until programs get their own entry: argv and envp from the stack exec left, the
/// command's <c>Main</c> called with the arguments after argv[0], and its result as the exit status.
/// </summary>
public static unsafe class ProgramStart
{
    /// <summary>The environment exec passed (<c>NAME=value</c>).</summary>
    public static string[] EnvironmentStrings { get; private set; } = [];

    /// <summary>Runs <paramref name="main"/> and exits with its result.</summary>
    /// <param name="stack">The stack pointer the process started with.</param>
    /// <param name="main">The command's Main.</param>
    public static void Run(ulong* stack, delegate*<string[], int> main)
    {
        string[] argv = ProgramArguments.Of(stack);
        EnvironmentStrings = ProgramArguments.EnvironmentOf(stack);
        var arguments = new string[argv.Length > 0 ? argv.Length - 1 : 0];
        for (int i = 0; i < arguments.Length; i++)
            arguments[i] = argv[i + 1];
        Minix.Posix.Posix.Exit(main(arguments));
    }
}
