using Minix.Commands.Grep.Patterns;
using Minix.Commands.Libc;
using Minix.Posix.Abi;

namespace Minix.Commands.Grep;

/// <summary>
/// grep, as GNU grep in the C locale: a line is selected if it matches one of the patterns (separated by newlines),
/// read as POSIX basic regular expressions (the default, -G), extended ones (-E), or fixed strings (-F); an empty
/// pattern matches every line. A file with a NUL byte is binary: its matching lines are not printed, and "binary file
/// matches" is said once. Exit status 0 if a line was selected, 1 if none, 2 after an error (an invalid pattern too).
/// </summary>
public static class Grep
{
    private static readonly string[] LongOptions =
    [
        "regexp=e:", "file=f:", "fixed-strings=F", "basic-regexp=G", "extended-regexp=E", "ignore-case=i", "invert-match=v", "word-regexp=w",
        "line-regexp=x", "count=c", "files-with-matches=l", "files-without-match=L", "line-number=n", "no-filename=h", "with-filename=H",
        "quiet=q", "silent=q", "no-messages=s",
    ];

    /// <summary>Runs grep.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0 if a line was selected, 1 if none, 2 after an error.</returns>
    public static int Main(string[] args)
    {
        var command = new Command("grep") { UsageLine = "Usage: grep [OPTION]... PATTERNS [FILE]..." };
        Options? options = Options.Parse(command, args, "e:f:FGEiyvwxclLnhHqs", LongOptions, usageStatus: 2);
        if (options is null)
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

        var search = new Search(patterns, regex, ignoreCase, options.Has('w'), options.Has('x'));
        var run = new Run(command, search)
        {
            Invert = options.Has('v'),
            Count = options.Has('c'),
            ListMatching = options.Has('l'),
            ListOthers = options.Has('L'),
            Numbers = options.Has('n'),
            Quiet = options.Has('q'),
            Silent = options.Has('s'),
        };
        List<string> files = options.Operands.Count == 0 ? ["-"] : options.Operands;
        run.Names = options.Has('H') || (files.Count > 1 && !options.Has('h'));
        if (options.Has('h') && !options.Has('H'))
            run.Names = false;
        foreach (string file in files)
        {
            if (run.File(file) && run.Quiet)
                break;
        }

        command.Finish();
        return run.Selected && (run.Quiet || !run.Failed) ? 0 : run.Failed ? 2 : run.Selected ? 0 : 1;
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

    /// <summary>One grep over its files: what to print, and what happened.</summary>
    private sealed class Run(Command command, Search search)
    {
        public bool Invert, Count, ListMatching, ListOthers, Numbers, Quiet, Silent, Names;

        /// <summary>A line was selected in some file.</summary>
        public bool Selected { get; private set; }

        /// <summary>A file could not be read.</summary>
        public bool Failed { get; private set; }

        /// <summary>Searches one file.</summary>
        /// <returns>Whether a line was selected in it.</returns>
        public bool File(string file)
        {
            string shown = file == "-" ? "(standard input)" : file;
            long fd = InputFiles.Open(file);
            long error = fd;
            byte[] data = [];
            if (fd >= 0)
            {
                error = InputFiles.ReadAll(fd, out data);
                InputFiles.Close(fd);
            }

            if (error < 0)
            {
                Failed = true;
                if (!Silent)
                    command.Error(shown + ": " + ErrorText.Of(error));
                return false;
            }

            // As GNU grep, a NUL ends a line of a binary file too (it matters to -c and -v).
            bool binary = Array.IndexOf(data, (byte)0) >= 0;
            for (int i = 0; binary && i < data.Length; i++)
            {
                if (data[i] == 0)
                    data[i] = (byte)'\n';
            }

            long count = 0, lineNumber = 0;
            var lines = new List<ArraySegment<byte>>();
            TextLines.Split(data, (byte)'\n', lines);
            foreach (ArraySegment<byte> line in lines)
            {
                lineNumber++;
                if (search.Matches(line.AsSpan()) == Invert)
                    continue;
                count++;
                Selected = true;
                if (Quiet || ListMatching || ListOthers)
                    break;
                if (Count)
                    continue;
                if (binary)
                {
                    command.Out.Flush();
                    Command.WriteError("grep: " + shown + ": binary file matches\n");
                    break;
                }

                if (Names)
                    command.Out.Write(shown + ":");
                if (Numbers)
                    command.Out.Write(lineNumber + ":");
                command.Out.Write(line.AsSpan());
                command.Out.Write((byte)'\n');
            }

            if (Count && !Quiet)
                command.Out.WriteLine((Names ? shown + ":" : "") + count);
            if ((ListMatching && count > 0) || (ListOthers && count == 0))
            {
                if (!Quiet)
                    command.Out.WriteLine(shown);
            }

            return count > 0;
        }
    }

    /// <summary>Matching with -i, -w and -x: by the regular expressions if there are some, else as fixed strings.</summary>
    private sealed class Search(List<byte[]> patterns, PatternMatcher? regex, bool ignoreCase, bool words, bool wholeLine)
    {
        public bool Matches(ReadOnlySpan<byte> line)
        {
            // -x is compiled into the expression, and it overrides -w
            if (regex is not null)
                return regex.Matches(line, words && !wholeLine);
            foreach (byte[] pattern in patterns)
            {
                if (wholeLine ? line.Length == pattern.Length && At(line, 0, pattern) : Contains(line, pattern))
                    return true;
            }

            return false;
        }

        private bool Contains(ReadOnlySpan<byte> line, byte[] pattern)
        {
            for (int at = 0; at + pattern.Length <= line.Length; at++)
            {
                if (!At(line, at, pattern))
                    continue;
                if (!words || (WordEdge(line, at - 1) && WordEdge(line, at + pattern.Length) && pattern.Length > 0))
                    return true;
            }

            return pattern.Length == 0 && !words;
        }

        private bool At(ReadOnlySpan<byte> line, int at, byte[] pattern)
        {
            for (int i = 0; i < pattern.Length; i++)
            {
                byte a = line[at + i], b = pattern[i];
                if (a != b && !(ignoreCase && Lower(a) == Lower(b)))
                    return false;
            }

            return true;
        }

        private static bool WordEdge(ReadOnlySpan<byte> line, int at) => at < 0 || at >= line.Length || !CharacterClasses.IsWordByte(line[at]);

        private static byte Lower(byte b) => b >= (byte)'A' && b <= (byte)'Z' ? (byte)(b + 32) : b;
    }
}
