using Minix.Commands.Libc;

namespace Minix.Commands.Sort;

/// <summary>
/// sort, as GNU coreutils' in the C locale: lines compared as bytes, or by their leading numbers (-n) with the whole
/// line as the last resort; -r reverses, -u keeps the first of equal lines, -o names the output file.
/// </summary>
public static class Sort
{
    private static readonly string[] LongOptions = ["numeric-sort=n", "reverse=r", "unique=u", "output=o:", "zero-terminated=z", "stable=s"];

    /// <summary>Runs sort.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0, or 2 after an error.</returns>
    public static int Main(string[] args)
    {
        var command = new Command("sort");
        Options? options = Options.Parse(command, args, "no:rsuz", LongOptions, usageStatus: 2);
        if (options is null)
            return command.ExitStatus;
        bool numeric = options.Has('n'), reverse = options.Has('r'), unique = options.Has('u'), stable = options.Has('s') || unique;
        byte delimiter = options.Has('z') ? (byte)0 : (byte)'\n';

        var lines = new List<ArraySegment<byte>>();
        if (options.Operands.Count == 0)
            options.Operands.Add("-");
        foreach (string operand in options.Operands)
        {
            long fd = InputFiles.Open(operand);
            if (fd < 0)
            {
                command.Fail("cannot read: " + Quoting.IfNeeded(operand), fd);
                return 2;
            }

            long error = InputFiles.ReadAll(fd, out byte[] data);
            InputFiles.Close(fd);
            if (error < 0)
            {
                command.Fail("read failed: " + Quoting.IfNeeded(operand), error);
                return 2;
            }

            TextLines.Split(data, delimiter, lines);
        }

        Comparison<ArraySegment<byte>> keyOrder = numeric ? (a, b) => NumericKey.Compare(a.AsSpan(), b.AsSpan()) : (a, b) => Math.Sign(a.AsSpan().SequenceCompareTo(b.AsSpan()));
        Comparison<ArraySegment<byte>> order = (a, b) =>
        {
            int c = keyOrder(a, b);
            if (c == 0 && !stable)
                c = Math.Sign(a.AsSpan().SequenceCompareTo(b.AsSpan()));
            return reverse ? -c : c;
        };
        var sorted = StableSort(lines, order);

        string? outputName = options.Value('o');
        OutputBuffer output = command.Out;
        long outputFd = -1;
        if (outputName is not null)
        {
            outputFd = Sys.Open(outputName, Minix.Posix.Abi.OpenFlags.WriteOnly | Minix.Posix.Abi.OpenFlags.Create | Minix.Posix.Abi.OpenFlags.Truncate);
            if (outputFd < 0)
            {
                command.Fail("open failed: " + Quoting.IfNeeded(outputName), outputFd);
                return 2;
            }

            output = new OutputBuffer((int)outputFd);
        }

        for (int i = 0; i < sorted.Count; i++)
        {
            if (unique && i > 0 && keyOrder(sorted[i - 1], sorted[i]) == 0)
                continue;
            output.Write(sorted[i].AsSpan());
            output.Write(delimiter);
        }

        output.Flush();
        if (outputFd >= 0)
        {
            Sys.Close((int)outputFd);
            if (output.Error != 0)
                command.Fail("write failed: " + Quoting.IfNeeded(outputName!), output.Error);
        }

        return command.Finish() != 0 ? 2 : 0;
    }

    /// <summary>A merge sort: equal lines keep their input order (what -s and -u rely on).</summary>
    private static List<ArraySegment<byte>> StableSort(List<ArraySegment<byte>> lines, Comparison<ArraySegment<byte>> order)
    {
        var from = lines.ToArray();
        var to = new ArraySegment<byte>[from.Length];
        for (int width = 1; width < from.Length; width *= 2)
        {
            for (int start = 0; start < from.Length; start += 2 * width)
            {
                int middle = Math.Min(start + width, from.Length), end = Math.Min(start + 2 * width, from.Length);
                int i = start, j = middle, k = start;
                while (i < middle && j < end)
                    to[k++] = order(from[j], from[i]) < 0 ? from[j++] : from[i++];
                while (i < middle)
                    to[k++] = from[i++];
                while (j < end)
                    to[k++] = from[j++];
            }

            (from, to) = (to, from);
        }

        return new List<ArraySegment<byte>>(from);
    }
}
