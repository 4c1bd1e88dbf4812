using System.Collections.Generic;
using System.IO;
using System.Text;
using Minix.Runtime;
using Minix.Runtime.Exceptions;

namespace System;

// A program's command line, environment variables, exit and current directory, from the process entry's argv and
// envp and the program ABI.
public static unsafe partial class Environment
{
    private static string[] s_commandLineArgs;
    private static byte** s_environ;
    private static Dictionary<string, string> s_variables;

    /// <summary>The status the process ends with when Main returns without one (void Main).</summary>
    public static int ExitCode { get; set; }

    /// <summary>The command line: the program's path and its arguments, quoted where they need it.</summary>
    public static string CommandLine
    {
        get
        {
            var text = new StringBuilder();
            string[] args = CommandLineArgs;
            for (int i = 0; i < args.Length; i++)
            {
                if (i == 0)
                    AppendProgramName(text, args[0]);
                else
                    AppendArgument(text, args[i]);
            }

            return text.ToString();
        }
    }

    /// <summary>The current directory.</summary>
    public static string CurrentDirectory
    {
        get => Directory.GetCurrentDirectory();
        set => Directory.SetCurrentDirectory(value);
    }

    /// <summary>Whether the process is shutting down (never observed by running code here).</summary>
    public static bool HasShutdownStarted => false;

    private static string[] CommandLineArgs => s_commandLineArgs ?? new[] { "" };

    /// <summary>The program's path and arguments.</summary>
    /// <returns>A new array: argv[0] then the arguments.</returns>
    public static string[] GetCommandLineArgs()
    {
        string[] args = CommandLineArgs;
        var copy = new string[args.Length];
        Array.Copy(args, copy, args.Length);
        return copy;
    }

    /// <summary>An environment variable's value.</summary>
    /// <param name="variable">The name (case matters).</param>
    /// <returns>The value, or null if it is not set.</returns>
    public static string GetEnvironmentVariable(string variable)
    {
        ArgumentNullException.ThrowIfNull(variable, nameof(variable));
        return Variables.TryGetValue(variable, out string value) ? value : null;
    }

    /// <summary>Sets (or with null or "" removes) an environment variable of this process.</summary>
    /// <param name="variable">The name.</param>
    /// <param name="value">The value.</param>
    public static void SetEnvironmentVariable(string variable, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(variable, nameof(variable));
        if (variable.IndexOf('=') >= 0 || variable[0] == '\0')
            throw new ArgumentException("Environment variable name cannot contain equal character.", nameof(variable));
        if (string.IsNullOrEmpty(value))
            Variables.Remove(variable);
        else
            Variables[variable] = value;
    }

    /// <summary>Ends the process with <paramref name="exitCode"/>.</summary>
    /// <param name="exitCode">The status.</param>
    public static void Exit(int exitCode)
    {
        Console.FlushStandardStreams();
        PlatformImports.Exit(exitCode);
        Fault.Raise(FaultKind.FailFast, "minix_sys_exit returned");
    }

    /// <summary>Ends the process at once, reporting <paramref name="message"/> as .NET does.</summary>
    /// <param name="message">Why.</param>
    public static void FailFast(string message)
    {
        StandardError.Write("Process terminated. " + message + "\n");
        PlatformImports.Exit(UnhandledException.ExitStatus);
        Fault.Raise(FaultKind.FailFast, message);
    }

    /// <summary>Ends the process at once, reporting <paramref name="message"/> and <paramref name="exception"/>.</summary>
    /// <param name="message">Why.</param>
    /// <param name="exception">The exception behind it.</param>
    public static void FailFast(string message, Exception exception) => FailFast(exception is null ? message : message + "\n" + exception.ToString());

    internal static void SetCommandLine(int argc, byte** argv)
    {
        var args = new string[argc];
        for (int i = 0; i < argc; i++)
            args[i] = Utf8Text.FromNullTerminated(argv[i]);
        s_commandLineArgs = args;
        s_environ = argv + argc + 1;
    }

    internal static string[] MainArguments()
    {
        string[] all = CommandLineArgs;
        var args = new string[all.Length - 1];
        Array.Copy(all, 1, args, 0, args.Length);
        return args;
    }

    internal static string[] VariableStrings()
    {
        var strings = new List<string>();
        foreach (KeyValuePair<string, string> variable in Variables)
            strings.Add(variable.Key + "=" + variable.Value);
        strings.Sort(string.CompareOrdinal);
        return strings.ToArray();
    }

    private static Dictionary<string, string> Variables
    {
        get
        {
            if (s_variables is not null)
                return s_variables;
            var variables = new Dictionary<string, string>();
            if (s_environ != null)
            {
                for (byte** entry = s_environ; *entry != null; entry++)
                {
                    string text = Utf8Text.FromNullTerminated(*entry);
                    int equals = text.IndexOf('=', 1);
                    if (equals <= 0)
                        continue;
                    string name = text.Substring(0, equals);
                    if (!variables.ContainsKey(name))
                        variables.Add(name, text.Substring(equals + 1));
                }
            }

            return s_variables = variables;
        }
    }

    // argv[0]'s rule: quoted if empty or holding white space (a quote cannot be represented).
    private static void AppendProgramName(StringBuilder text, string name)
    {
        bool space = name.Length == 0;
        foreach (char c in name)
        {
            if (char.IsWhiteSpace(c))
                space = true;
        }

        if (space)
            text.Append('"').Append(name).Append('"');
        else
            text.Append(name);
    }

    // The other arguments' rule (.NET's PasteArguments): quoted if empty or holding white space or quotes, with
    // backslashes doubled before a quote.
    private static void AppendArgument(StringBuilder text, string argument)
    {
        text.Append(' ');
        bool plain = argument.Length > 0;
        foreach (char c in argument)
        {
            if (char.IsWhiteSpace(c) || c == '"')
                plain = false;
        }

        if (plain)
        {
            text.Append(argument);
            return;
        }

        text.Append('"');
        int i = 0;
        while (i < argument.Length)
        {
            char c = argument[i++];
            if (c == '\\')
            {
                int slashes = 1;
                while (i < argument.Length && argument[i] == '\\')
                {
                    i++;
                    slashes++;
                }

                if (i == argument.Length)
                {
                    text.Append('\\', slashes * 2);
                }
                else if (argument[i] == '"')
                {
                    text.Append('\\', slashes * 2 + 1);
                    text.Append('"');
                    i++;
                }
                else
                {
                    text.Append('\\', slashes);
                }

                continue;
            }

            if (c == '"')
            {
                text.Append('\\').Append('"');
                continue;
            }

            text.Append(c);
        }

        text.Append('"');
    }
}
