using Minix.Commands.Libc;
using Minix.Posix;

namespace Minix.Commands.Sort;

/// <summary>
/// -c and -C: whether the lines are sorted already (strictly, with -u). -c reports the first line out of order as
/// "sort: FILE:LINE: disorder: TEXT"; -C only says so by its exit status, 1.
/// </summary>
internal static class CheckMode
{
    /// <summary>Checks <paramref name="lines"/>, read from <paramref name="file"/>.</summary>
    /// <returns>0 when sorted, else 1.</returns>
    public static int Run(Command command, SortSettings settings, string file, List<ArraySegment<byte>> lines)
    {
        LineComparer comparer = settings.Comparer();
        // with -u, equal neighbours are out of order too: each line must be greater than the one before
        int worst = settings.Unique ? 0 : 1;
        for (int i = 1; i < lines.Count; i++)
        {
            if (comparer.Compare(lines[i - 1], lines[i]) < worst)
                continue;
            if (settings.Check == 'c')
                Report(command, file, i + 1, lines[i], settings.Delimiter);
            return 1;
        }

        return 0;
    }

    private static void Report(Command command, string file, int number, ArraySegment<byte> line, byte delimiter)
    {
        command.Out.Flush();
        byte[] prefix = Utf8Text.Encode(command.Name + ": " + file + ":" + number + ": disorder: ");
        var message = new byte[prefix.Length + line.Count + 1];
        prefix.CopyTo(message, 0);
        line.AsSpan().CopyTo(message.AsSpan(prefix.Length));
        message[^1] = delimiter;
        Sys.WriteAll(Sys.StandardError, message);
    }
}
