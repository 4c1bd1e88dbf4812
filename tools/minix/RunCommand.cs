using System.CommandLine;
using Minix.Build.Linking;
using Minix.Build.Pipeline;

namespace Minix.Tool;

/// <summary>
/// <c>minix run &lt;project&gt; &lt;Namespace.Type.Method&gt; [args...]</c> runs one static method;
/// <c>minix run &lt;project&gt; [-- args...]</c> runs the project's program (its Main) with the arguments.
/// </summary>
public static class RunCommand
{
    /// <summary>Splits off the method's or the program's arguments (everything after the method name, or after
    /// <c>--</c> following the project).</summary>
    /// <param name="args">The whole command line.</param>
    /// <returns>The tool's part and the method's part.</returns>
    public static (string[] Command, string[] Method) SplitMethodArguments(string[] args)
    {
        if (args.Length == 0 || args[0] != "run")
            return (args, Array.Empty<string>());
        int positional = 0;
        for (int i = 1; i < args.Length; i++)
        {
            if (args[i] == "--" && positional <= 1)
                return (args[..i], args[(i + 1)..]);
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
        var method = new Argument<string?>("method")
        {
            Description = "Namespace.Type.Method: a static method taking integer parameters. Without it the project's program runs (its Main, with the arguments after --).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var debug = ToolOptions.Debug("Build without optimization (C# and ILC).");
        var command = new Command("run", "Build a method or a program for the image runtime and run it as a static Linux executable: a method's result is printed; a program runs with the terminal, files and environment of the host.")
        {
            project, method, debug,
        };
        command.SetAction(parse => parse.GetValue(method) is { } name
            ? Run(parse.GetValue(project)!, name, methodArgs, !parse.GetValue(debug))
            : RunProgram(parse.GetValue(project)!, methodArgs, !parse.GetValue(debug)));
        return command;
    }

    // The program's standard input and output are the tool's; its standard error passes through, except a fault
    // trace, which becomes C# frames at the end.
    private static int RunProgram(FileInfo project, string[] args, bool optimize)
    {
        RunnableImage image;
        try
        {
            CheckProject(project);
            string work = Path.Combine(project.DirectoryName!, "obj", "minix-run", optimize ? "program-release" : "program-debug");
            image = RunImageBuilder.BuildProgram(project.FullName, optimize, work, IlcToolchain.Locate());
        }
        catch (Exception e) when (e is ToolchainException or LinkException)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }

        var start = new System.Diagnostics.ProcessStartInfo(image.ExecutablePath) { UseShellExecute = false, RedirectStandardError = true };
        foreach (string arg in args)
            start.ArgumentList.Add(arg);
        using var process = System.Diagnostics.Process.Start(start)!;
        var trace = new System.Text.StringBuilder();
        string? line;
        while ((line = process.StandardError.ReadLine()) is not null)
        {
            if (FaultTrace.IsTraceLine(line))
                trace.Append(line).Append('\n');
            else
                Console.Error.WriteLine(line);
        }

        process.WaitForExit();
        if (trace.Length > 0)
        {
            foreach (FaultTrace.Frame frame in FaultTrace.Describe(image, trace.ToString()))
                Console.Error.WriteLine("  " + frame);
        }

        return process.ExitCode;
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

    /// <summary>
    /// Checks that the project argument names a project file, before its folder gets an obj/minix-run for the build:
    /// a missing path or a folder is an error naming it.
    /// </summary>
    /// <param name="project">The project argument.</param>
    /// <exception cref="ToolchainException">It is not a file.</exception>
    public static void CheckProject(FileInfo project)
    {
        if (Directory.Exists(project.FullName))
            throw new ToolchainException("run", $"{project}: a folder; name the project file in it (.csproj)");
        if (!project.Exists)
            throw new ToolchainException("run", $"{project}: no such project file");
    }

    /// <summary>Builds the runnable image for one method (shared with disasm).</summary>
    /// <param name="project">The project.</param>
    /// <param name="method">The method.</param>
    /// <param name="optimize">Optimized build.</param>
    /// <returns>The image.</returns>
    /// <exception cref="ToolchainException">The project is not a file, or it does not build.</exception>
    public static RunnableImage Build(FileInfo project, string method, bool optimize)
    {
        CheckProject(project);
        string work = Path.Combine(project.DirectoryName!, "obj", "minix-run", optimize ? "release" : "debug");
        return RunImageBuilder.Build(project.FullName, new[] { method }, optimize, work);
    }
}
