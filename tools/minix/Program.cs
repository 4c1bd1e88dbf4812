using System.CommandLine;

namespace Minix.Tool;

/// <summary>The <c>minix</c> command line.</summary>
public static class Program
{
    /// <summary>Runs the command.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args)
    {
        // Everything after `run <project> <method>` belongs to the method, including negative numbers that
        // would otherwise parse as options.
        var (commandArgs, methodArgs) = RunCommand.SplitMethodArguments(args);
        var root = new RootCommand("Minix# toolchain: build system C# for the image runtime, run and disassemble it, build and boot system images.")
        {
            RunCommand.Create(methodArgs),
            DisasmCommand.Create(),
            ImageCommand.Create(),
            BootCommand.Create(),
            StatsCommand.Create(),
            DepsCommand.Create(),
            MkfsCommand.Create(),
            FsCommand.Create(),
            SwifiCommand.Create(),
        };
        root.SetAction(_ => NoCommand(root));
        return root.Parse(commandArgs).Invoke();
    }

    // With no command the root would say "Required command was not provided", even ahead of the real problem (an
    // unknown command's name): the root's own action says what to do instead, and a parse error stands alone.
    private static int NoCommand(RootCommand root)
    {
        Console.Error.WriteLine("minix: name a command: " + string.Join(", ", root.Subcommands.Select(c => c.Name)) + " (minix --help describes them)");
        return 1;
    }
}
