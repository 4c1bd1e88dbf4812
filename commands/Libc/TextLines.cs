namespace Minix.Commands.Libc;

/// <summary>Splits text into lines (the last may lack its delimiter), as byte ranges of the text.</summary>
public static class TextLines
{
    /// <summary>The lines of <paramref name="data"/>, without their delimiters.</summary>
    /// <param name="data">The text.</param>
    /// <param name="delimiter">'\n', or NUL for -z.</param>
    /// <param name="lines">Where the lines are added.</param>
    public static void Split(byte[] data, byte delimiter, List<ArraySegment<byte>> lines)
    {
        int start = 0;
        while (start < data.Length)
        {
            int end = Array.IndexOf(data, delimiter, start);
            if (end < 0)
                end = data.Length;
            lines.Add(new ArraySegment<byte>(data, start, end - start));
            start = end + 1;
        }
    }
}
