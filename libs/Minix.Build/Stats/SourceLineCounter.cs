namespace Minix.Build.Stats;

/// <summary>
/// Counts lines of C# the way kernel sizes are usually compared (MINIX's "under 4,000 lines"): lines that are
/// neither blank nor only comment (<c>//</c>, <c>///</c> or inside <c>/* */</c>).
/// </summary>
public static class SourceLineCounter
{
    /// <summary>Counts one file's text.</summary>
    /// <param name="text">C# source.</param>
    /// <returns>Non-blank, non-comment lines.</returns>
    public static int Count(string text)
    {
        int count = 0;
        bool inBlock = false;
        foreach (string raw in text.Split('\n'))
        {
            string line = raw.Trim();
            if (inBlock)
            {
                int end = line.IndexOf("*/", StringComparison.Ordinal);
                if (end < 0)
                    continue;
                inBlock = false;
                line = line.Substring(end + 2).Trim();
            }

            if (line.StartsWith("/*", StringComparison.Ordinal))
            {
                int end = line.IndexOf("*/", 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    inBlock = true;
                    continue;
                }

                line = line.Substring(end + 2).Trim();
            }

            if (line.Length > 0 && !line.StartsWith("//", StringComparison.Ordinal))
                count++;
        }

        return count;
    }
}
