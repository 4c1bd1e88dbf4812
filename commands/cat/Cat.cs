using Minix.Commands.Libc;

namespace Minix.Commands.Cat;

/// <summary>cat, as GNU coreutils': files (or "-", the standard input) in order to the standard output, bytes as they are unless an option asks otherwise.</summary>
public static class Cat
{
    private static readonly string[] LongOptions =
    [
        "show-all=A", "number-nonblank=b", "show-ends=E", "number=n", "squeeze-blank=s", "show-tabs=T", "show-nonprinting=v",
    ];

    /// <summary>Runs cat.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0, or 1 if a file could not be read.</returns>
    public static int Main(string[] args)
    {
        var command = new Command("cat");
        Options? options = Options.Parse(command, args, "AbeEnstTuv", LongOptions);
        if (options is null)
            return command.ExitStatus;
        var style = new LineStyle();
        foreach (var (name, _) in options.Seen)
        {
            switch (name)
            {
                case 'A': style.Nonprinting = style.Ends = style.Tabs = true; break;
                case 'b': style.NumberNonblank = true; break;
                case 'e': style.Nonprinting = style.Ends = true; break;
                case 'E': style.Ends = true; break;
                case 'n': style.Number = true; break;
                case 's': style.Squeeze = true; break;
                case 't': style.Nonprinting = style.Tabs = true; break;
                case 'T': style.Tabs = true; break;
                case 'v': style.Nonprinting = true; break;
            }
        }

        if (options.Operands.Count == 0)
            options.Operands.Add("-");
        var buffer = new byte[8192];
        foreach (string operand in options.Operands)
        {
            long fd = InputFiles.Open(operand);
            if (fd < 0)
            {
                command.Fail(Quoting.IfNeeded(operand), fd);
                continue;
            }

            long error = style.Plain ? Copy(command, (int)fd, buffer) : style.Copy(command, (int)fd);
            if (error < 0)
                command.Fail(Quoting.IfNeeded(operand), error);
            InputFiles.Close(fd);
        }

        return command.Finish();
    }

    /// <summary>Copies a descriptor to the standard output unchanged.</summary>
    private static long Copy(Command command, int fd, byte[] buffer)
    {
        long got;
        while ((got = Sys.Read(fd, buffer)) > 0)
            command.Out.Write(buffer.AsSpan(0, (int)got));
        return got;
    }

    /// <summary>What the options do to each line, and the state that carries from one file to the next.</summary>
    private sealed class LineStyle
    {
        public bool Number, NumberNonblank, Squeeze, Ends, Tabs, Nonprinting;
        private long _lineNumber;
        private int _blankRun;
        private bool _midLine; // the last file ended without a newline: the next one's first line continues that line

        public bool Plain => !(Number || NumberNonblank || Squeeze || Ends || Tabs || Nonprinting);

        public long Copy(Command command, int fd)
        {
            var lines = new LineReader(fd);
            while (lines.Next(out ReadOnlySpan<byte> line, out bool terminated))
            {
                bool continuing = _midLine;
                _midLine = !terminated;
                bool blank = !continuing && line.Length == 0;
                _blankRun = blank ? _blankRun + 1 : continuing ? _blankRun : 0;
                if (Squeeze && _blankRun > 1)
                    continue;
                if (!continuing && ((Number && !NumberNonblank) || (NumberNonblank && !blank)))
                    command.Out.Write(Pad(++_lineNumber) + "\t");
                foreach (byte b in line)
                    WriteByte(command.Out, b);
                if (terminated)
                {
                    if (Ends)
                        command.Out.Write((byte)'$');
                    command.Out.Write((byte)'\n');
                }
            }

            return lines.Error;
        }

        private void WriteByte(OutputBuffer output, byte b)
        {
            if (b == (byte)'\t')
            {
                output.Write(Tabs ? "^I" : "\t");
                return;
            }

            if (!Nonprinting)
            {
                output.Write(b);
                return;
            }

            if (b >= 128)
            {
                output.Write("M-");
                b -= 128;
            }

            if (b < 32)
            {
                output.Write((byte)'^');
                output.Write((byte)(b + 64));
            }
            else if (b == 127)
            {
                output.Write("^?");
            }
            else
            {
                output.Write(b);
            }
        }

        private static string Pad(long number)
        {
            string digits = number.ToString();
            return digits.Length >= 6 ? digits : new string(' ', 6 - digits.Length) + digits;
        }
    }
}
