using System.Text;

namespace Minix.Commands.Ls;

/// <summary>-m: the names with ", " between, a new line where the next one and its comma would reach the width.</summary>
internal static class CommaLayout
{
    /// <summary>The lines for <paramref name="names"/> within <paramref name="width"/> (0: no limit).</summary>
    public static string Lines(List<string> names, long width)
    {
        var text = new StringBuilder();
        long position = 0;
        for (int i = 0; i < names.Count; i++)
        {
            long length = width != 0 ? names[i].Length : 0;
            if (i != 0)
            {
                bool fits = width == 0 || position + length + 2 < width;
                position = fits ? position + 2 : 0;
                text.Append(',').Append(fits ? ' ' : '\n');
            }

            text.Append(names[i]);
            position += length;
        }

        return text.Append('\n').ToString();
    }
}
