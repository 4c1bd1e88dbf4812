namespace Minix.Commands.Sort;

/// <summary>
/// -m: merges inputs that are sorted already by taking, each time, the least of their next lines (the earliest input's
/// among equal ones), as GNU sort does; an input out of order is not sorted, only merged as it is.
/// </summary>
internal static class Merge
{
    /// <summary>The lines of <paramref name="inputs"/>, merged.</summary>
    public static List<ArraySegment<byte>> Run(List<List<ArraySegment<byte>>> inputs, LineComparer comparer)
    {
        var merged = new List<ArraySegment<byte>>();
        var next = new int[inputs.Count];
        while (true)
        {
            int least = -1;
            for (int i = 0; i < inputs.Count; i++)
            {
                if (next[i] < inputs[i].Count && (least < 0 || comparer.Compare(inputs[i][next[i]], inputs[least][next[least]]) < 0))
                    least = i;
            }

            if (least < 0)
                return merged;
            merged.Add(inputs[least][next[least]++]);
        }
    }
}
