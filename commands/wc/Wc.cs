using Minix.Commands.Libc;
using Minix.Posix.Abi;

namespace Minix.Commands.Wc;

/// <summary>
/// wc, as GNU coreutils' in the C locale: lines, words (runs of printable non-space bytes), bytes (-m counts the same
/// as -c, one byte a character), the longest line's width (-L), in coreutils' column width: wide enough for the
/// total size of the regular files, at least 7 if any input is not a regular file, 1 for one count of one input.
/// </summary>
public static class Wc
{
    private static readonly string[] LongOptions = ["bytes=c", "chars=m", "lines=l", "max-line-length=L", "words=w"];

    /// <summary>Runs wc.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0, or 1 after an error.</returns>
    public static int Main(string[] args)
    {
        var command = new Command("wc");
        Options? options = Options.Parse(command, args, "clLmw", LongOptions);
        if (options is null)
            return command.ExitStatus;
        bool lines = options.Has('l'), words = options.Has('w'), chars = options.Has('m'), bytes = options.Has('c'), longest = options.Has('L');
        if (!(lines || words || chars || bytes || longest))
            lines = words = bytes = true;
        int selected = (lines ? 1 : 0) + (words ? 1 : 0) + (chars ? 1 : 0) + (bytes ? 1 : 0) + (longest ? 1 : 0);

        bool named = options.Operands.Count > 0;
        List<string> inputs = named ? options.Operands : ["-"];
        int width = Width(inputs, selected);
        var total = new Tally();
        foreach (string operand in inputs)
        {
            long fd = InputFiles.Open(operand);
            if (fd < 0)
            {
                command.Fail(Quoting.IfNeeded(operand), fd);
                continue;
            }

            var tally = new Tally();
            long error = tally.Count((int)fd);
            InputFiles.Close(fd);
            if (error < 0)
                command.Fail(Quoting.IfNeeded(operand), error);
            Print(command.Out, tally, named ? operand : null, width, lines, words, chars, bytes, longest);
            total.Add(tally);
        }

        if (inputs.Count > 1)
            Print(command.Out, total, "total", width, lines, words, chars, bytes, longest);
        return command.Finish();
    }

    private static int Width(List<string> inputs, int selected)
    {
        if (inputs.Count == 1 && selected == 1)
            return 1;
        var statuses = new List<(long Result, FileStatus Status)>();
        foreach (string operand in inputs)
        {
            FileStatus status;
            long result = operand == "-" ? Sys.FileStat(Sys.StandardInput, out status) : Sys.Stat(operand, out status);
            statuses.Add((result, status));
        }

        int minimum = 1;
        long regularTotal = 0;
        foreach (var (result, status) in statuses)
        {
            if (result < 0)
                continue;
            if (FileModeBits.TypeOf(status.Mode) == FileModeBits.Regular)
                regularTotal += status.SizeInBytes;
            else
                minimum = 7;
        }

        int width = 1;
        for (; regularTotal >= 10; regularTotal /= 10)
            width++;
        return Math.Max(width, minimum);
    }

    private static void Print(OutputBuffer output, Tally tally, string? name, int width, bool lines, bool words, bool chars, bool bytes, bool longest)
    {
        var line = new System.Text.StringBuilder();
        void Column(long value)
        {
            if (line.Length > 0)
                line.Append(' ');
            string digits = value.ToString();
            line.Append(' ', Math.Max(0, width - digits.Length)).Append(digits);
        }

        if (lines) Column(tally.Lines);
        if (words) Column(tally.Words);
        if (chars) Column(tally.Bytes);
        if (bytes) Column(tally.Bytes);
        if (longest) Column(tally.Longest);
        if (name is not null)
            line.Append(' ').Append(name);
        output.WriteLine(line.ToString());
    }

    /// <summary>The counts of one input, or of all.</summary>
    private sealed class Tally
    {
        public long Lines, Words, Bytes, Longest;

        public long Count(int fd)
        {
            var buffer = new byte[8192];
            bool inWord = false;
            long position = 0;
            long got;
            while ((got = Sys.Read(fd, buffer)) > 0)
            {
                Bytes += got;
                for (int i = 0; i < got; i++)
                {
                    byte b = buffer[i];
                    switch (b)
                    {
                        case (byte)'\n' or (byte)'\r' or (byte)'\f':
                            if (b == (byte)'\n')
                                Lines++;
                            Longest = Math.Max(Longest, position);
                            position = 0;
                            EndWord(ref inWord);
                            break;
                        case (byte)'\t':
                            position += 8 - position % 8;
                            EndWord(ref inWord);
                            break;
                        case (byte)' ' or (byte)'\v':
                            position += b == (byte)' ' ? 1 : 0;
                            EndWord(ref inWord);
                            break;
                        case >= 0x21 and < 0x7F:
                            position++;
                            inWord = true;
                            break;
                    }
                }
            }

            Longest = Math.Max(Longest, position);
            EndWord(ref inWord);
            return got;
        }

        private void EndWord(ref bool inWord)
        {
            if (inWord)
                Words++;
            inWord = false;
        }

        public void Add(Tally other)
        {
            Lines += other.Lines;
            Words += other.Words;
            Bytes += other.Bytes;
            Longest = Math.Max(Longest, other.Longest);
        }
    }
}
