using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Minix.Build.Programs;

/// <summary>Scenarios chosen by the first argument; each prints what it observes.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.WriteLine("usage: Minix.Build.Programs <scenario> [args...]");
            return 2;
        }

        string[] rest = args.Skip(1).ToArray();
        switch (args[0])
        {
            case "args":
                return Arguments(rest);
            case "env":
                return EnvironmentVariables(rest);
            case "exit":
                Console.WriteLine("before exit");
                Environment.Exit(int.Parse(rest[0]));
                Console.WriteLine("after exit");
                return 1;
            case "console":
                return ConsoleOutput();
            case "stdin":
                return StandardInput();
            case "files":
                return Files.Run(rest[0]);
            case "directories":
                return Files.Directories(rest[0]);
            case "errors":
                return Files.Errors(rest[0]);
            case "streams":
                return Files.Streams(rest[0]);
            case "paths":
                return Paths();
            case "unhandled":
                Nested(3);
                return 0;
            case "caught":
                return Caught();
            default:
                Console.Error.WriteLine("unknown scenario " + args[0]);
                return 2;
        }
    }

    private static int Arguments(string[] args)
    {
        Console.WriteLine("count " + args.Length);
        for (int i = 0; i < args.Length; i++)
            Console.WriteLine(i + ": [" + args[i] + "] " + args[i].Length);
        string[] all = Environment.GetCommandLineArgs();
        Console.WriteLine("command-line args " + (all.Length - 1));
        string line = Environment.CommandLine;
        Console.WriteLine("command line tail [" + line.Substring(line.Length - Math.Min(line.Length, Tail(args).Length)) + "]");
        Console.WriteLine("expected tail     [" + Tail(args) + "]");
        return args.Length;
    }

    // What Environment.CommandLine ends with for these arguments (one space, then each argument, quoted if needed).
    private static string Tail(string[] args)
    {
        var s = new StringBuilder();
        foreach (string a in args)
        {
            s.Append(' ');
            bool plain = a.Length > 0 && a.IndexOf(' ') < 0 && a.IndexOf('"') < 0 && a.IndexOf('\t') < 0;
            s.Append(plain ? a : "\"" + a.Replace("\"", "\\\"") + "\"");
        }

        return s.ToString();
    }

    private static int EnvironmentVariables(string[] names)
    {
        foreach (string name in names)
            Console.WriteLine(name + "=" + (Environment.GetEnvironmentVariable(name) ?? "<null>"));
        Environment.SetEnvironmentVariable("MINIX_PROGRAM_SET", "set here");
        Console.WriteLine("set: " + Environment.GetEnvironmentVariable("MINIX_PROGRAM_SET"));
        Environment.SetEnvironmentVariable("MINIX_PROGRAM_SET", null);
        Console.WriteLine("removed: " + (Environment.GetEnvironmentVariable("MINIX_PROGRAM_SET") ?? "<null>"));
        try
        {
            Environment.GetEnvironmentVariable(null);
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine("null name: " + e.ParamName);
        }

        return 0;
    }

    private static int ConsoleOutput()
    {
        Console.Write("int ");
        Console.Write(42);
        Console.Write(' ');
        Console.Write(-7L);
        Console.Write(' ');
        Console.Write(3.25);
        Console.Write(' ');
        Console.Write(1.5f);
        Console.Write(' ');
        Console.Write(true);
        Console.Write(' ');
        Console.Write(uint.MaxValue);
        Console.Write(' ');
        Console.Write(ulong.MaxValue);
        Console.WriteLine();
        Console.WriteLine("format {0} {1} {2,5}|{3:X4}", "a", 12, "pad", 255);
        Console.WriteLine("{0}-{1}", 1, 2);
        Console.WriteLine($"interpolated {Math.PI:F3} {DateTimeLike(5)}");
        Console.WriteLine(new[] { 'c', 'h', 'a', 'r', 's' });
        Console.WriteLine(new[] { 'x', 'y', 'z' }, 1, 2);
        Console.WriteLine((object)null);
        Console.WriteLine((string)null);
        Console.WriteLine(new List<int> { 1, 2 }.Count);
        Console.WriteLine("unicode: é ü € 𝄞");
        Console.Out.Write("out ");
        Console.Out.WriteLine("writer");
        Console.Error.WriteLine("error line");
        Console.Out.Flush();
        var saved = Console.Out;
        var captured = new StringWriter();
        Console.SetOut(captured);
        Console.Write("captured ");
        Console.WriteLine(123);
        Console.SetOut(saved);
        Console.WriteLine("restored, captured [" + captured.ToString().Replace("\n", "\\n") + "]");
        return 0;
    }

    private static string DateTimeLike(int n) => n.ToString("D3");

    private static int StandardInput()
    {
        int first = Console.Read();
        Console.WriteLine("first char " + first);
        int number = 0;
        string line;
        while ((line = Console.ReadLine()) != null)
        {
            number++;
            Console.WriteLine(number + ": [" + line + "] " + line.Length);
        }

        Console.WriteLine("end after " + number);
        Console.WriteLine(Console.ReadLine() == null ? "still end" : "more?");
        return number;
    }

    private static int Paths()
    {
        string[] samples = { "/a/b/c.txt", "a/b/", "file", "/", "", ".hidden", "dir/.config.json", "a//b///c", "/x/y.tar.gz", "noext.", "../up/./file.cs" };
        foreach (string p in samples)
        {
            Console.WriteLine("[" + p + "] dir=" + Show(Path.GetDirectoryName(p)) + " name=" + Show(Path.GetFileName(p))
                + " stem=" + Show(Path.GetFileNameWithoutExtension(p)) + " ext=" + Show(Path.GetExtension(p))
                + " rooted=" + Path.IsPathRooted(p) + " hasext=" + Path.HasExtension(p) + " change=" + Show(Path.ChangeExtension(p, ".md")));
        }

        Console.WriteLine(Path.Combine("a", "b", "c"));
        Console.WriteLine(Path.Combine("a/", "/b", "c"));
        Console.WriteLine(Path.Combine("", "x"));
        Console.WriteLine(Path.Join("a", "/b"));
        Console.WriteLine(Path.Join("a/", "b", ""));
        Console.WriteLine(Path.GetFullPath("/a/b/../c/./d//e/"));
        Console.WriteLine(Path.GetFullPath("/a/../../.."));
        Console.WriteLine(Path.GetFullPath("/tmp/x/.."));
        Console.WriteLine(Path.GetFullPath("rel/../x", "/base/dir"));
        Console.WriteLine(Path.DirectorySeparatorChar + " " + Path.PathSeparator);
        Console.WriteLine(Path.TrimEndingDirectorySeparator("/a/b/") + " " + Path.EndsInDirectorySeparator("/a/"));
        Console.WriteLine(Path.GetFullPath("x").EndsWith("/x") + " " + Path.IsPathRooted(Path.GetFullPath("x")));
        return 0;
    }

    private static string Show(string s) => s == null ? "<null>" : "'" + s + "'";

    // Not a tail call (the result is used), so every level keeps its frame under both compilers.
    private static int Nested(int depth)
    {
        if (depth == 0)
            throw new InvalidOperationException("boom from the program");
        return Nested(depth - 1) + 1;
    }

    private static int Caught()
    {
        try
        {
            File.ReadAllText("/nonexistent-minix-directory/file.txt");
        }
        catch (DirectoryNotFoundException e)
        {
            Console.WriteLine(e.GetType().FullName + ": " + e.Message);
        }

        try
        {
            int[] values = new int[2];
            int index = values.Length + 1;
            values[index] = 1;
        }
        catch (IndexOutOfRangeException e)
        {
            Console.WriteLine(e.Message);
        }

        return 3;
    }
}
