using System.Text;
using Minix.Commands.Libc;

namespace Minix.Commands.Od;

/// <summary>
/// od, as GNU coreutils': the input (files one after another) in blocks of 16 bytes, one line per -t type, each
/// value right-aligned in a column as wide as the widest type needs for the same bytes; a run of blocks equal to
/// the one before is one "*" line (unless -v); the last line is the offset after the input.
/// </summary>
public static class Od
{
    private static readonly string[] LongOptions =
    [
        "address-radix=A:", "skip-bytes=J:", "read-bytes=R:", "format=t:", "output-duplicates=v", "width=w",
    ];

    /// <summary>Runs od.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0, or 1 after an error.</returns>
    public static int Main(string[] args)
    {
        var command = new Command("od");
        args = WidthOption(args);
        Options? options = Options.Parse(command, args, "A:j:N:t:vw:abcdfilosx", LongOptions);
        if (options is null)
            return command.ExitStatus;

        var formats = new List<DumpFormat>();
        char radix = 'o';
        ulong skip = 0, limit = ulong.MaxValue;
        bool limited = false;
        int width = 16;
        foreach (var (name, value) in options.Seen)
        {
            string? spec = name switch { 'a' => "a", 'b' => "o1", 'c' => "c", 'd' => "u2", 'i' => "dI", 'l' => "dL", 'o' => "o2", 's' => "d2", 'x' => "x2", 't' => value, _ => null };
            if (spec is not null)
            {
                if (!DumpFormat.TryParse(spec, formats, out string error))
                {
                    command.Fail(error);
                    return command.ExitStatus;
                }

                continue;
            }

            switch (name)
            {
                case 'A':
                    if (value!.Length != 1 || "doxn".IndexOf(value[0]) < 0)
                    {
                        command.Fail("invalid output address radix '" + value + "'; it must be one character from [doxn]");
                        return command.ExitStatus;
                    }

                    radix = value[0];
                    break;
                case 'j' or 'N' or 'J' or 'R':
                    string? countError = CountError(name, value!, out ulong count);
                    if (countError is not null)
                    {
                        command.Fail(countError);
                        return command.ExitStatus;
                    }

                    if (name is 'j' or 'J')
                        skip = count;
                    else
                        (limit, limited) = (count, true);
                    break;
                case 'w':
                    if (!int.TryParse(value, out width) || width <= 0)
                    {
                        command.Fail("invalid -w argument " + Quoting.CStyle(value!));
                        return command.ExitStatus;
                    }

                    break;
                case 'f':
                    command.Fail("floating-point formats are not supported");
                    return command.ExitStatus;
            }
        }

        if (formats.Count == 0)
            formats.Add(DumpFormat.Parse("o2"));
        int unit = 1;
        foreach (DumpFormat format in formats)
            unit = LeastCommonMultiple(unit, format.Size);
        if (width % unit != 0)
        {
            command.Error("warning: invalid width " + width + "; using " + unit + " instead");
            width = unit;
        }

        if (limited && limit > ulong.MaxValue - skip)
        {
            command.Fail("skip-bytes + read-bytes is too large");
            return command.ExitStatus;
        }

        byte[] input = ReadInputs(command, options.Operands.Count == 0 ? ["-"] : options.Operands);
        if (skip > (ulong)input.Length)
        {
            command.Fail("cannot skip past end of combined input");
            return command.Finish() != 0 ? 1 : 1;
        }

        long end = limited ? (long)Math.Min((ulong)input.Length, skip + limit) : input.Length;
        new Dump(command.Out, formats, width, radix, options.Has('v')).Write(input, (long)skip, end);
        return command.Finish();
    }

    /// <summary>-w with no number is -w32 (its argument is optional, which getopt spells "w::").</summary>
    private static string[] WidthOption(string[] args)
    {
        var result = new List<string>(args);
        for (int i = 0; i < result.Count && result[i] != "--"; i++)
        {
            if (result[i] == "-w" || result[i] == "--width")
                result[i] = "-w32";
        }

        return result.ToArray();
    }

    /// <summary>Null, or coreutils' message for a bad -j or -N argument (the option named as it was given: -j, or --skip-bytes for 'J').</summary>
    private static string? CountError(char name, string value, out ulong count)
    {
        string option = name switch { 'j' => "-j", 'N' => "-N", 'J' => "--skip-bytes", _ => "--read-bytes" };
        return ByteCountArgument.Parse(value, out count) switch
        {
            ByteCountArgument.Outcome.Invalid => "invalid " + option + " argument '" + value + "'",
            ByteCountArgument.Outcome.InvalidSuffix => "invalid suffix in " + option + " argument '" + value + "'",
            ByteCountArgument.Outcome.TooLarge => option + " argument '" + value + "' too large",
            _ => null,
        };
    }

    private static byte[] ReadInputs(Command command, List<string> operands)
    {
        var all = new List<byte>();
        foreach (string operand in operands)
        {
            long fd = InputFiles.Open(operand);
            long error = fd;
            if (fd >= 0)
            {
                error = InputFiles.ReadAll(fd, out byte[] data);
                InputFiles.Close(fd);
                all.AddRange(data);
            }

            if (error < 0)
                command.Fail(Quoting.IfNeeded(operand), error);
        }

        return all.ToArray();
    }

    private static int LeastCommonMultiple(int a, int b)
    {
        int x = a, y = b;
        while (y != 0)
            (x, y) = (y, x % y);
        return a / x * b;
    }

    /// <summary>The lines of a dump.</summary>
    private sealed class Dump(OutputBuffer output, List<DumpFormat> formats, int width, char radix, bool duplicates)
    {
        public void Write(byte[] input, long start, long end)
        {
            int lineWidth = 0;
            foreach (DumpFormat format in formats)
                lineWidth = Math.Max(lineWidth, width / format.Size * (format.Width + 1));
            var block = new byte[width];
            var previous = new byte[width];
            bool havePrevious = false, starred = false;
            long at = start;
            for (; at < end; at += width)
            {
                int length = (int)Math.Min(width, end - at);
                Array.Clear(block);
                Array.Copy(input, at, block, 0, length);
                if (!duplicates && havePrevious && length == width && block.AsSpan().SequenceEqual(previous))
                {
                    if (!starred)
                        output.WriteLine("*");
                    starred = true;
                    continue;
                }

                starred = false;
                block.CopyTo(previous, 0);
                havePrevious = length == width;
                for (int f = 0; f < formats.Count; f++)
                {
                    output.Write(f == 0 ? Address(at) : new string(' ', Address(at).Length));
                    WriteValues(formats[f], block, length, lineWidth);
                }
            }

            if (radix != 'n')
                output.WriteLine(Address(end));
        }

        private void WriteValues(DumpFormat format, byte[] block, int length, int lineWidth)
        {
            int fields = width / format.Size;
            int pad = lineWidth - fields * (format.Width + 1);
            int remaining = pad;
            int shown = (length + format.Size - 1) / format.Size;
            var line = new StringBuilder();
            for (int i = fields; i > fields - shown; i--)
            {
                int next = pad * (i - 1) / fields;
                string value = format.Value(block, (fields - i) * format.Size, length);
                line.Append(' ', Math.Max(0, remaining - next + format.Width + 1 - value.Length)).Append(value);
                remaining = next;
            }

            if (format.ShowsText)
            {
                line.Append(' ', lineWidth - line.Length + 2).Append('>');
                for (int i = 0; i < length; i++)
                    line.Append(block[i] >= 32 && block[i] < 127 ? (char)block[i] : '.');
                line.Append('<');
            }

            output.WriteLine(line.ToString());
        }

        private string Address(long offset) => radix switch
        {
            'd' => offset.ToString().PadLeft(7, '0'),
            'x' => DumpFormat.Digits((ulong)offset, 16).PadLeft(6, '0'),
            'n' => "",
            _ => DumpFormat.Digits((ulong)offset, 8).PadLeft(7, '0'),
        };
    }
}
