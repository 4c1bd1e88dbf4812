using Minix.Posix;

namespace Minix.Commands.Libc;

/// <summary>
/// The start of a command that keeps an entry of its own on the image (a <c>MinixProgram</c> with an <c>Entry</c>):
/// argv and envp from the stack exec left, the command's <c>Main</c> called with the arguments after argv[0], and its
/// result as the exit status. A command listed without an Entry is an ordinary program and needs none of this.
/// </summary>
public static unsafe class ProgramStart
{
    /// <summary>Whether the command started here (rather than as an ordinary program).</summary>
    public static bool Started { get; private set; }

    /// <summary>The environment exec passed (<c>NAME=value</c>).</summary>
    public static string[] EnvironmentStrings { get; private set; } = [];

    /// <summary>Runs <paramref name="main"/> and exits with its result.</summary>
    /// <param name="stack">The stack pointer the process started with.</param>
    /// <param name="main">The command's Main.</param>
    public static void Run(ulong* stack, delegate*<string[], int> main)
    {
        string[] argv = ProgramArguments.Of(stack);
        EnvironmentStrings = ProgramArguments.EnvironmentOf(stack);
        Started = true;
        var arguments = new string[argv.Length > 0 ? argv.Length - 1 : 0];
        for (int i = 0; i < arguments.Length; i++)
            arguments[i] = argv[i + 1];
        Minix.Posix.Posix.Exit(main(arguments));
    }
}
