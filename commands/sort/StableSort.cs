namespace Minix.Commands.Sort;

/// <summary>A merge sort: lines that compare equal keep their input order (what -s and -u rely on).</summary>
internal static class StableSort
{
    /// <summary>The lines, sorted.</summary>
    public static List<ArraySegment<byte>> Run(List<ArraySegment<byte>> lines, Comparison<ArraySegment<byte>> order)
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
