using Minix.Commands.Libc;

namespace Minix.Commands.Head;

/// <summary>head, as GNU coreutils': the first 10 lines, or -n lines, or -c bytes; a negative count prints all but the last ones.</summary>
public static class Head
{
    private static readonly string[] LongOptions = ["bytes=c:", "lines=n:", "quiet=q", "silent=q", "verbose=v", "zero-terminated=z"];

    /// <summary>Runs head.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0, or 1 after an error.</returns>
    public static int Main(string[] args)
    {
        var command = new Command("head");
        if (args.Length > 0 && args[0].Length > 1 && args[0][0] == '-' && AllDigits(args[0].Substring(1)))
            args = ["-n", args[0].Substring(1), .. args.AsSpan(1)];
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

        bool allBut = count.StartsWith('-');
        string digits = allBut || count.StartsWith('+') ? count.Substring(1) : count;
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
            long error = allBut ? AllBut(command.Out, (int)fd, n, bytes, delimiter) : First(command.Out, (int)fd, n, bytes, delimiter);
            if (error < 0)
                command.Fail("error reading " + Quoting.Always(operand), error);
            InputFiles.Close(fd);
        }

        return command.Finish();
    }

    private static bool AllDigits(string text)
    {
        foreach (char c in text)
        {
            if (c < '0' || c > '9')
                return false;
        }

        return text.Length > 0;
    }

    /// <summary>The first <paramref name="n"/> lines or bytes.</summary>
    private static long First(OutputBuffer output, int fd, long n, bool bytes, byte delimiter)
    {
        var buffer = new byte[8192];
        while (n > 0)
        {
            long got = Sys.Read(fd, buffer);
            if (got <= 0)
                return got;
            int take = (int)got;
            if (bytes)
            {
                take = (int)Math.Min(got, n);
                n -= take;
            }
            else
            {
                for (int i = 0; i < got; i++)
                {
                    if (buffer[i] == delimiter && --n == 0)
                    {
                        take = i + 1;
                        break;
                    }
                }
            }

            output.Write(buffer.AsSpan(0, take));
        }

        return 0;
    }

    /// <summary>All but the last <paramref name="n"/> lines or bytes.</summary>
    private static long AllBut(OutputBuffer output, int fd, long n, bool bytes, byte delimiter)
    {
        long error = InputFiles.ReadAll(fd, out byte[] data);
        if (error < 0)
            return error;
        long end = bytes ? Math.Max(0, data.Length - n) : LineReader.StartOfLastLines(data, n, delimiter);
        output.Write(data.AsSpan(0, (int)end));
        return 0;
    }
}
