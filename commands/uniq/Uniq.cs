using Minix.Commands.Libc;
using Minix.Posix.Abi;

namespace Minix.Commands.Uniq;

/// <summary>
/// uniq, as GNU coreutils': of each run of adjacent equal lines, one (or, with -d, only runs of two or more; with -u,
/// only lines that are alone), counted with -c; -i ignores case, -f skips fields, -s skips bytes, -w compares at most
/// that many bytes. <c>uniq [INPUT [OUTPUT]]</c>.
/// </summary>
public static class Uniq
{
    private static readonly string[] LongOptions =
    [
        "count=c", "repeated=d", "unique=u", "ignore-case=i", "skip-fields=f:", "skip-chars=s:", "check-chars=w:", "zero-terminated=z",
    ];

    /// <summary>Runs uniq.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0, or 1 after an error.</returns>
    public static int Main(string[] args)
    {
        var command = new Command("uniq");
        Options? options = Options.Parse(command, args, "cdf:is:uw:z", LongOptions);
        if (options is null)
            return command.ExitStatus;
        var rule = new Rule { IgnoreCase = options.Has('i') };
        if (!Number(command, options, 'f', "number of fields to skip", out rule.Fields) ||
            !Number(command, options, 's', "number of bytes to skip", out rule.Bytes) ||
            !Number(command, options, 'w', "number of bytes to compare", out rule.Compared, long.MaxValue))
            return command.ExitStatus;
        bool count = options.Has('c'), repeated = options.Has('d'), alone = options.Has('u');
        byte delimiter = options.Has('z') ? (byte)0 : (byte)'\n';
        if (options.Operands.Count > 2)
            return command.Usage("extra operand " + Quoting.CStyle(options.Operands[2]));

        string input = options.Operands.Count > 0 ? options.Operands[0] : "-";
        long fd = InputFiles.Open(input);
        if (fd < 0)
        {
            command.Fail(Quoting.IfNeeded(input), fd);
            return command.ExitStatus;
        }

        OutputBuffer output = command.Out;
        if (options.Operands.Count > 1 && options.Operands[1] != "-")
        {
            long outputFd = Sys.Open(options.Operands[1], OpenFlags.WriteOnly | OpenFlags.Create | OpenFlags.Truncate);
            if (outputFd < 0)
            {
                command.Fail(Quoting.IfNeeded(options.Operands[1]), outputFd);
                return command.ExitStatus;
            }

            output = new OutputBuffer((int)outputFd);
        }

        long error = InputFiles.ReadAll(fd, out byte[] data);
        InputFiles.Close(fd);
        if (error < 0)
        {
            command.Fail(Quoting.IfNeeded(input), error);
            return command.ExitStatus;
        }

        var lines = new List<ArraySegment<byte>>();
        TextLines.Split(data, delimiter, lines);
        for (int start = 0; start < lines.Count;)
        {
            int end = start + 1;
            while (end < lines.Count && rule.Equal(lines[start].AsSpan(), lines[end].AsSpan()))
                end++;
            int run = end - start;
            if ((!repeated || run > 1) && (!alone || run == 1))
            {
                if (count)
                    output.Write(new string(' ', Math.Max(0, 7 - run.ToString().Length)) + run + " ");
                output.Write(lines[start].AsSpan());
                output.Write(delimiter);
            }

            start = end;
        }

        output.Flush();
        if (output != command.Out && output.Error != 0)
            command.Fail(Quoting.IfNeeded(options.Operands[1]), output.Error);
        return command.Finish();
    }

    private static bool Number(Command command, Options options, char name, string what, out long value, long otherwise = 0)
    {
        value = otherwise;
        string? text = options.Value(name);
        if (text is null || Counts.TryParse(text, out value))
            return true;
        command.Fail(text + ": invalid " + what);
        return false;
    }

    /// <summary>Which part of a line counts, and how.</summary>
    private sealed class Rule
    {
        public bool IgnoreCase;
        public long Fields, Bytes, Compared;

        public bool Equal(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
        {
            a = Key(a);
            b = Key(b);
            if (a.Length != b.Length)
                return false;
            for (int i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i] && !(IgnoreCase && Lower(a[i]) == Lower(b[i])))
                    return false;
            }

            return true;
        }

        private ReadOnlySpan<byte> Key(ReadOnlySpan<byte> line)
        {
            int at = 0;
            for (long f = 0; f < Fields; f++)
            {
                while (at < line.Length && IsBlank(line[at]))
                    at++;
                while (at < line.Length && !IsBlank(line[at]))
                    at++;
            }

            at = (int)Math.Min(line.Length, at + Bytes);
            line = line.Slice(at);
            return line.Length > Compared ? line.Slice(0, (int)Compared) : line;
        }

        private static bool IsBlank(byte b) => b == (byte)' ' || b == (byte)'\t';

        private static byte Lower(byte b) => b >= (byte)'A' && b <= (byte)'Z' ? (byte)(b + 32) : b;
    }
}
