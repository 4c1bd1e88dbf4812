using System.Collections.Generic;

namespace System;

public sealed partial class String
{
    /// <summary>The parts between occurrences of <paramref name="separator"/>.</summary>
    /// <param name="separator">The separator.</param>
    /// <param name="options">Whether to drop empty parts and trim them.</param>
    /// <returns>The parts.</returns>
    public string[] Split(char separator, StringSplitOptions options = StringSplitOptions.None) => SplitOn(new[] { separator }, null, int.MaxValue, options);

    /// <summary>At most <paramref name="count"/> parts between occurrences of <paramref name="separator"/>.</summary>
    /// <param name="separator">The separator.</param>
    /// <param name="count">The most parts (the last holds the rest).</param>
    /// <param name="options">Whether to drop empty parts and trim them.</param>
    /// <returns>The parts.</returns>
    public string[] Split(char separator, int count, StringSplitOptions options = StringSplitOptions.None) => SplitOn(new[] { separator }, null, count, options);

    /// <summary>The parts between occurrences of any of <paramref name="separator"/> (white space if empty).</summary>
    /// <param name="separator">The separators.</param>
    /// <returns>The parts.</returns>
    public string[] Split(params char[] separator) => SplitOn(separator, null, int.MaxValue, StringSplitOptions.None);

    /// <summary>The parts between occurrences of any of <paramref name="separator"/>.</summary>
    /// <param name="separator">The separators (white space if null or empty).</param>
    /// <param name="options">Whether to drop empty parts and trim them.</param>
    /// <returns>The parts.</returns>
    public string[] Split(char[] separator, StringSplitOptions options) => SplitOn(separator, null, int.MaxValue, options);

    /// <summary>At most <paramref name="count"/> parts between occurrences of any of <paramref name="separator"/>.</summary>
    /// <param name="separator">The separators (white space if null or empty).</param>
    /// <param name="count">The most parts.</param>
    /// <returns>The parts.</returns>
    public string[] Split(char[] separator, int count) => SplitOn(separator, null, count, StringSplitOptions.None);

    /// <summary>At most <paramref name="count"/> parts between occurrences of any of <paramref name="separator"/>.</summary>
    /// <param name="separator">The separators (white space if null or empty).</param>
    /// <param name="count">The most parts.</param>
    /// <param name="options">Whether to drop empty parts and trim them.</param>
    /// <returns>The parts.</returns>
    public string[] Split(char[] separator, int count, StringSplitOptions options) => SplitOn(separator, null, count, options);

    /// <summary>The parts between occurrences of <paramref name="separator"/>.</summary>
    /// <param name="separator">The separator (null or empty: white space).</param>
    /// <param name="options">Whether to drop empty parts and trim them.</param>
    /// <returns>The parts.</returns>
    public string[] Split(string separator, StringSplitOptions options = StringSplitOptions.None) =>
        string.IsNullOrEmpty(separator) ? SplitOn(null, null, int.MaxValue, options) : SplitOn(null, new[] { separator }, int.MaxValue, options);

    /// <summary>At most <paramref name="count"/> parts between occurrences of <paramref name="separator"/>.</summary>
    /// <param name="separator">The separator.</param>
    /// <param name="count">The most parts.</param>
    /// <param name="options">Whether to drop empty parts and trim them.</param>
    /// <returns>The parts.</returns>
    public string[] Split(string separator, int count, StringSplitOptions options = StringSplitOptions.None) =>
        string.IsNullOrEmpty(separator) ? SplitOn(null, null, count, options) : SplitOn(null, new[] { separator }, count, options);

    /// <summary>The parts between occurrences of any of <paramref name="separator"/>.</summary>
    /// <param name="separator">The separators (null or empty: white space).</param>
    /// <param name="options">Whether to drop empty parts and trim them.</param>
    /// <returns>The parts.</returns>
    public string[] Split(string[] separator, StringSplitOptions options) => SplitOn(null, separator, int.MaxValue, options);

    // Each position either matches a separator (chars, or the longest-first strings as .NET tries them in order) or not.
    private string[] SplitOn(char[] chars, string[] strings, int count, StringSplitOptions options)
    {
        if (count < 0)
            throw new ArgumentOutOfRangeException(nameof(count), "Count cannot be less than zero.");
        bool removeEmpty = (options & StringSplitOptions.RemoveEmptyEntries) != 0;
        bool trim = (options & StringSplitOptions.TrimEntries) != 0;
        var parts = new List<string>();
        if (count == 0 || (removeEmpty && _stringLength == 0))
            return Array.Empty<string>();
        bool whiteSpace = (chars is null || chars.Length == 0) && (strings is null || strings.Length == 0 || AllEmpty(strings));
        int start = 0;
        int i = 0;
        while (i < _stringLength)
        {
            if (parts.Count == count - 1)
                break;
            int length = SeparatorAt(i, whiteSpace, chars, strings);
            if (length == 0)
            {
                i++;
                continue;
            }

            AddPart(parts, start, i - start, removeEmpty, trim);
            i += length;
            start = i;
        }

        if (parts.Count == count - 1 && removeEmpty)
        {
            // The last part is the rest; with RemoveEmptyEntries .NET first skips the separators before it.
            while (start < _stringLength && SeparatorAt(start, whiteSpace, chars, strings) is int skip && skip > 0)
                start += skip;
        }

        AddPart(parts, start, _stringLength - start, removeEmpty, trim);
        return parts.ToArray();
    }

    private void AddPart(List<string> parts, int start, int length, bool removeEmpty, bool trim)
    {
        string part = Substring(start, length);
        if (trim)
            part = part.Trim();
        if (removeEmpty && part.Length == 0)
            return;
        parts.Add(part);
    }

    private int SeparatorAt(int index, bool whiteSpace, char[] chars, string[] strings)
    {
        char c = this[index];
        if (whiteSpace)
            return char.IsWhiteSpace(c) ? 1 : 0;
        if (chars is not null && Array.IndexOf(chars, c) >= 0)
            return 1;
        if (strings is not null)
        {
            foreach (string separator in strings)
            {
                if (!string.IsNullOrEmpty(separator) && separator.Length <= _stringLength - index && MatchesAt(index, separator, ignoreCase: false))
                    return separator.Length;
            }
        }

        return 0;
    }

    private static bool AllEmpty(string[] strings)
    {
        foreach (string s in strings)
        {
            if (!string.IsNullOrEmpty(s))
                return false;
        }

        return true;
    }
}
