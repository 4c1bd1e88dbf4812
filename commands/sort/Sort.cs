using Minix.Commands.Libc;

namespace Minix.Commands.Sort;

/// <summary>
/// sort, as GNU coreutils' in the C locale: lines ordered by keys (-k, -t) compared as bytes, numbers (-n, -g, -h),
/// months (-M) or versions (-V), with blanks, case or characters ignored (-b, -f, -d, -i); -r reverses, -s and -u
/// drop the last-resort comparison of whole lines, -u keeps the first of equal lines, -m merges sorted inputs, -c and
/// -C check the order, -o names the output file, -z ends lines with NUL.
/// </summary>
public static class Sort
{
    /// <summary>Runs sort.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0; 1 when -c or -C finds the input out of order; 2 after an error.</returns>
    public static int Main(string[] args)
    {
        var command = new Command("sort");
        SortSettings? settings = CommandLine.Parse(command, args);
        if (settings is null)
            return command.ExitStatus;

        var inputs = new List<List<ArraySegment<byte>>>();
        foreach (string file in settings.Files)
        {
            var lines = new List<ArraySegment<byte>>();
            if (!Read(command, file, settings, lines))
                return 2;
            inputs.Add(lines);
        }

        if (settings.Check != '\0')
            return CheckMode.Run(command, settings, settings.Files[0], inputs[0]);

        LineComparer comparer = settings.Comparer();
        List<ArraySegment<byte>> sorted;
        if (settings.Merge)
        {
            sorted = Merge.Run(inputs, comparer);
        }
        else
        {
            var all = new List<ArraySegment<byte>>();
            foreach (var lines in inputs)
                all.AddRange(lines);
            sorted = StableSort.Run(all, comparer.Compare);
        }

        return Write(command, settings, comparer, sorted);
    }

    private static bool Read(Command command, string file, SortSettings settings, List<ArraySegment<byte>> lines)
    {
        long fd = InputFiles.Open(file);
        if (fd < 0)
        {
            command.Fail((settings.Check != '\0' ? "open failed: " : "cannot read: ") + Quoting.IfNeeded(file), fd);
            return false;
        }

        long error = InputFiles.ReadAll(fd, out byte[] data);
        InputFiles.Close(fd);
        if (error < 0)
        {
            command.Fail("read failed: " + Quoting.IfNeeded(file), error);
            return false;
        }

        TextLines.Split(data, settings.Delimiter, lines);
        return true;
    }

    /// <summary>Writes the lines, after the input is read so that -o may name an input.</summary>
    private static int Write(Command command, SortSettings settings, LineComparer comparer, List<ArraySegment<byte>> sorted)
    {
        OutputBuffer output = command.Out;
        long outputFd = -1;
        if (settings.Output is string outputName)
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
            // the first of each run of equal lines; the comparer has no last resort under -u
            if (settings.Unique && i > 0 && comparer.Compare(sorted[i - 1], sorted[i]) == 0)
                continue;
            output.Write(sorted[i].AsSpan());
            output.Write(settings.Delimiter);
        }

        output.Flush();
        if (outputFd >= 0)
        {
            Sys.Close((int)outputFd);
            if (output.Error != 0)
                command.Fail("write failed: " + Quoting.IfNeeded(settings.Output!), output.Error);
        }

        return command.Finish() != 0 ? 2 : 0;
    }
}
