using Minix.Commands.Libc;

namespace Minix.Commands.Tail;

/// <summary>tail, as GNU coreutils': the last 10 lines, or -n lines, or -c bytes; +N starts at line (or byte) N.</summary>
public static class Tail
{
    private static readonly string[] LongOptions = ["bytes=c:", "lines=n:", "quiet=q", "silent=q", "verbose=v", "zero-terminated=z"];

    /// <summary>Runs tail.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0, or 1 after an error.</returns>
    public static int Main(string[] args)
    {
        var command = new Command("tail");
        args = Obsolete(args);
        Options? options = Options.Parse(command, args, "c:n:qvz", LongOptions);
        if (options is null)
            return command.ExitStatus;

        bool bytes = false;
        string count = "10";
        bool? headers = null;
        byte delimiter = (byte)'\n';
        foreach (var (name, value) in options.Seen)
        {
            switch (name)
            {
                case 'c' or 'n': bytes = name == 'c'; count = value!; break;
                case 'q': headers = false; break;
                case 'v': headers = true; break;
                case 'z': delimiter = 0; break;
            }
        }

        bool fromStart = count.StartsWith('+');
        string digits = fromStart || count.StartsWith('-') ? count.Substring(1) : count;
        if (!Counts.TryParse(digits, out long n))
        {
            command.Fail("invalid number of " + (bytes ? "bytes" : "lines") + ": " + Quoting.CStyle(count));
            return command.ExitStatus;
        }

        if (options.Operands.Count == 0)
            options.Operands.Add("-");
        var header = new FileHeaders(headers ?? options.Operands.Count > 1);
        foreach (string operand in options.Operands)
        {
            long fd = InputFiles.Open(operand);
            if (fd < 0)
            {
                command.Fail("cannot open " + Quoting.Always(operand) + " for reading", fd);
                continue;
            }

            header.Write(command.Out, operand);
            long error = InputFiles.ReadAll(fd, out byte[] data);
            if (error < 0)
                command.Fail("error reading " + Quoting.Always(operand), error);
            else
                command.Out.Write(data.AsSpan((int)Start(data, n, bytes, fromStart, delimiter)));
            InputFiles.Close(fd);
        }

        return command.Finish();
    }

    /// <summary>The obsolete forms <c>tail -5 [file]</c>, <c>tail +5 [file]</c>, <c>tail -5c</c> as -n / -c options (a - needs digits: <c>tail -c 100</c> is the option).</summary>
    private static string[] Obsolete(string[] args)
    {
        if (args.Length == 0 || args.Length > 2 || args[0].Length < 2 || (args[0][0] != '-' && args[0][0] != '+'))
            return args;
        string option = args[0];
        int end = 1;
        while (end < option.Length && option[end] >= '0' && option[end] <= '9')
            end++;
        char unit = end < option.Length ? option[end] : 'l';
        if ((end < option.Length && end != option.Length - 1) || (unit != 'l' && unit != 'c' && unit != 'b') || (end == 1 && option[0] == '-'))
            return args;
        if (args.Length == 2 && args[1].StartsWith('-') && args[1] != "-")
            return args;
        string number = end == 1 ? "10" : option.Substring(1, end - 1);
        string value = (option[0] == '+' ? "+" : "") + number + (unit == 'b' ? "b" : "");
        return [unit == 'l' ? "-n" : "-c", value, .. args.AsSpan(1)];
    }

    /// <summary>Where the output starts in <paramref name="data"/>.</summary>
    private static long Start(byte[] data, long n, bool bytes, bool fromStart, byte delimiter)
    {
        if (bytes)
            return fromStart ? Math.Min(data.Length, Math.Max(0, n - 1)) : Math.Max(0, data.Length - n);
        if (!fromStart)
            return LineReader.StartOfLastLines(data, n, delimiter);
        long line = 1;
        for (int at = 0; at < data.Length; at++)
        {
            if (line >= n)
                return at;
            if (data[at] == delimiter)
                line++;
        }

        return data.Length;
    }
}
