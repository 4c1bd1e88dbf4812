using System.CommandLine;
using Minix.Build.Linking;
using Minix.Build.Pipeline;

namespace Minix.Tool;

/// <summary><c>minix run &lt;project&gt; &lt;Namespace.Type.Method&gt; [args...]</c>.</summary>
public static class RunCommand
{
    /// <summary>Splits off the method's arguments (everything after the method name).</summary>
    /// <param name="args">The whole command line.</param>
    /// <returns>The tool's part and the method's part.</returns>
    public static (string[] Command, string[] Method) SplitMethodArguments(string[] args)
    {
        if (args.Length == 0 || args[0] != "run")
            return (args, Array.Empty<string>());
        int positional = 0;
        for (int i = 1; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal) && positional < 2)
                continue;
            positional++;
            if (positional == 2)
                return (args[..(i + 1)], args[(i + 1)..]);
        }

        return (args, Array.Empty<string>());
    }

    /// <summary>Creates the command.</summary>
    /// <param name="methodArgs">The method's arguments, split off beforehand.</param>
    /// <returns>The command.</returns>
    public static Command Create(string[] methodArgs)
    {
        var project = new Argument<FileInfo>("project") { Description = "The .csproj whose sources to build for the image runtime." };
        var method = new Argument<string>("method") { Description = "Namespace.Type.Method: a static method taking integer parameters." };
        var debug = ToolOptions.Debug("Build without optimization (C# and ILC).");
        var command = new Command("run", "Build a method for the image runtime, run it as a static Linux executable and print its result.")
        {
            project, method, debug,
        };
        command.SetAction(parse => Run(parse.GetValue(project)!, parse.GetValue(method)!, methodArgs, !parse.GetValue(debug)));
        return command;
    }

    private static int Run(FileInfo project, string method, string[] args, bool optimize)
    {
        RunnableImage image;
        try
        {
            image = Build(project, method, optimize);
        }
        catch (Exception e) when (e is ToolchainException or LinkException)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }

        var result = ProcessRunner.Run(image.ExecutablePath, args);
        Console.Out.Write(result.Output);
        WriteError(image, result.Error);
        if (result.ExitCode > 128)
        {
            int signal = result.ExitCode - 128;
            string name = signal switch { 4 => " (SIGILL)", 6 => " (SIGABRT)", 7 => " (SIGBUS)", 8 => " (SIGFPE)", 9 => " (SIGKILL)", 11 => " (SIGSEGV)", _ => "" };
            Console.Error.WriteLine($"fault: killed by signal {signal}{name} before the image could report a fault kind");
            return FaultKindNames.FaultExitCode;
        }

        return result.ExitCode;
    }

    /// <summary>
    /// Writes the executable's standard error, its fault trace (addresses) replaced by the C# frames it names:
    /// <c>  at Namespace.Type.Method (File.cs:line)</c>, innermost first.
    /// </summary>
    private static void WriteError(RunnableImage image, string error)
    {
        if (!error.Split('\n').Any(FaultTrace.IsTraceLine))
        {
            Console.Error.Write(error);
            return;
        }

        foreach (string line in error.Split('\n').Where(l => l.Length > 0 && !FaultTrace.IsTraceLine(l)))
            Console.Error.WriteLine(line);
        IReadOnlyList<FaultTrace.Frame> frames = FaultTrace.Describe(image, error);
        if (frames.Count == 0)
            Console.Error.WriteLine("  (no frame of the project's code found on the stack: the method may be inlined into the run host; --debug does not inline)");
        foreach (FaultTrace.Frame frame in frames)
            Console.Error.WriteLine("  " + frame);
    }

    /// <summary>Builds the runnable image for one method (shared with disasm).</summary>
    /// <param name="project">The project.</param>
    /// <param name="method">The method.</param>
    /// <param name="optimize">Optimized build.</param>
    /// <returns>The image.</returns>
    public static RunnableImage Build(FileInfo project, string method, bool optimize)
    {
        string work = Path.Combine(project.DirectoryName!, "obj", "minix-run", optimize ? "release" : "debug");
        return RunImageBuilder.Build(project.FullName, new[] { method }, optimize, work);
    }
}
