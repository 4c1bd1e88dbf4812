using Minix.Commands.Grep.Patterns;
using Minix.Commands.Libc;
using Minix.Posix.Abi;

namespace Minix.Commands.Grep;

/// <summary>
/// grep, as GNU grep in the C locale: a line is selected if it matches one of the patterns (separated by newlines),
/// read as POSIX basic regular expressions (the default, -G), extended ones (-E), or fixed strings (-F); an empty
/// pattern matches every line. A file with a NUL byte is binary: its matching lines are not printed, and "binary file
/// matches" is said once. The output options (-o, -b, -n, -H, -Z, -T, context, -m) and the recursive search (-r, -R)
/// are in <see cref="Settings"/>, <see cref="FileSearch"/> and <see cref="DirectoryWalk"/>. Exit status 0 if a line
/// was selected, 1 if none, 2 after an error (an invalid pattern too).
/// </summary>
public static class Grep
{
    /// <summary>Runs grep.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0 if a line was selected, 1 if none, 2 after an error.</returns>
    public static int Main(string[] args)
    {
        var command = new Command("grep") { UsageLine = "Usage: grep [OPTION]... PATTERNS [FILE]..." };
        Options? options = Options.Parse(command, args, Settings.ShortOptions, Settings.LongOptions, usageStatus: 2);
        if (options is null)
            return command.ExitStatus;

        // the numbers and types of options are checked as they are read, before the patterns
        Settings? settings = Settings.Read(command, options);
        if (settings is null)
            return command.ExitStatus;

        var patterns = new List<byte[]>();
        bool given = false;
        foreach (var (name, value) in options.Seen)
        {
            if (name == 'e')
            {
                AddPatterns(patterns, Minix.Posix.Utf8Text.Encode(value!));
                given = true;
            }
            else if (name == 'f')
            {
                long fd = InputFiles.Open(value!);
                if (fd < 0)
                {
                    command.Fail(value!, fd, 2);
                    return 2;
                }

                InputFiles.ReadAll(fd, out byte[] data);
                InputFiles.Close(fd);
                if (data.Length > 0 && data[^1] == (byte)'\n')
                    Array.Resize(ref data, data.Length - 1);
                if (data.Length > 0 || patterns.Count > 0)
                    AddPatterns(patterns, data);
                given = true;
            }
        }

        if (!given)
        {
            if (options.Operands.Count == 0)
                return command.Usage("", 2);
            AddPatterns(patterns, Minix.Posix.Utf8Text.Encode(options.Operands[0]));
            options.Operands.RemoveAt(0);
        }

        char syntax = 'G';
        foreach (var (name, _) in options.Seen)
        {
            if (name is 'F' or 'G' or 'E')
            {
                if (syntax != 'G' && name != syntax)
                {
                    command.Fail("conflicting matchers specified", 2);
                    return 2;
                }

                syntax = name;
            }
        }

        // GNU grep neither compiles the patterns nor reads a file when no line may be selected
        if (settings.MaxCount == 0)
            return 1;

        bool ignoreCase = options.Has('i') || options.Has('y');
        PatternMatcher? regex = null;
        if (syntax != 'F' && patterns.Count > 0)
        {
            var warnings = new List<string>();
            regex = RegexCompiler.Compile(patterns, syntax == 'E', ignoreCase, options.Has('x'), warnings, out string? error);
            foreach (string warning in warnings)
                command.Error("warning: " + warning);
            if (regex is null)
            {
                command.Fail(error!, 2);
                return 2;
            }
        }

        var search = new LineSearch(patterns, regex, ignoreCase, options.Has('w'), options.Has('x'));
        var files = new FileSearch(command, settings, search);
        files.Prefix.Names = settings.WithNames || (options.Operands.Count > 1 && !settings.WithoutNames);
        var walk = new DirectoryWalk(command, settings, files);
        walk.Run(options.Operands);
        command.Finish();
        return files.Selected && (settings.Quiet || !walk.Failed) ? 0 : walk.Failed ? 2 : files.Selected ? 0 : 1;
    }

    private static void AddPatterns(List<byte[]> patterns, byte[] text)
    {
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == (byte)'\n')
            {
                patterns.Add(text.AsSpan(start, i - start).ToArray());
                start = i + 1;
            }
        }
    }
}
