using Minix.Commands.Libc;
using Minix.Posix.Abi;

namespace Minix.Commands.Shell;

/// <summary>
/// Tilde expansion, as dash: an unquoted ~ starting a word, up to the first / (or the word's end), is a tilde prefix
/// when nothing in it is quoted or expanded; in an assignment's value one may also follow an unquoted :, and ends at a
/// : too. ~ alone is HOME (left as it is when HOME is unset), ~USER the home directory /etc/passwd gives USER (left as
/// it is when there is no such user, or no /etc/passwd).
/// </summary>
public static class TildeExpansion
{
    /// <summary>
    /// <paramref name="word"/> with its tilde prefixes as <see cref="TildePart"/>s (the word itself when it has none).
    /// </summary>
    /// <param name="word">The word.</param>
    /// <param name="assignment">Whether it is an assignment's value (after NAME=), where a : may come before a prefix.</param>
    /// <returns>The word, marked.</returns>
    public static Word Mark(Word word, bool assignment)
    {
        List<WordPart>? marked = null;
        for (int i = 0; i < word.Parts.Count; i++)
        {
            WordPart part = word.Parts[i];
            bool last = i == word.Parts.Count - 1;
            if (part is LiteralPart { Quoted: false } literal && (i == 0 || assignment) && HasPrefix(literal.Text, i == 0, assignment, last))
            {
                marked ??= new List<WordPart>(word.Parts.Count + 2);
                for (int k = marked.Count; k < i; k++)
                    marked.Add(word.Parts[k]);
                Split(literal.Text, i == 0, assignment, last, marked);
            }
            else
                marked?.Add(part);
        }

        return marked is null ? word : word with { Parts = marked };
    }

    /// <summary>The home directory <paramref name="part"/> stands for, or null when there is none to give (it stays ~USER).</summary>
    /// <param name="part">The tilde prefix.</param>
    /// <param name="state">The shell's state (HOME).</param>
    /// <returns>The directory, or null.</returns>
    public static string? Home(TildePart part, ShellState state) =>
        part.User.Length == 0 ? state.Variables.Get("HOME") : HomeOf(part.User);

    private static bool HasPrefix(string text, bool wordStart, bool assignment, bool last)
    {
        for (int at = 0; at < text.Length; at++)
        {
            if (IsPrefixAt(text, at, wordStart, assignment, last, out _))
                return true;
        }

        return false;
    }

    /// <summary>Whether a tilde prefix starts at <paramref name="at"/>; <paramref name="end"/> is where it stops.</summary>
    private static bool IsPrefixAt(string text, int at, bool wordStart, bool assignment, bool last, out int end)
    {
        end = at;
        if (text[at] != '~' || !((at == 0 && wordStart) || (assignment && at > 0 && text[at - 1] == ':')))
            return false;
        end = at + 1;
        while (end < text.Length && text[end] != '/' && !(assignment && text[end] == ':'))
            end++;

        // A prefix running on into the next part takes in quoted or expanded text: it is none.
        return end < text.Length || last;
    }

    /// <summary>Adds <paramref name="text"/> to <paramref name="parts"/>, its tilde prefixes as <see cref="TildePart"/>s.</summary>
    private static void Split(string text, bool wordStart, bool assignment, bool last, List<WordPart> parts)
    {
        int start = 0;
        for (int at = 0; at < text.Length; at++)
        {
            if (!IsPrefixAt(text, at, wordStart, assignment, last, out int end))
                continue;
            if (at > start)
                parts.Add(new LiteralPart(text[start..at], false));
            parts.Add(new TildePart(text[(at + 1)..end]));
            start = end;
            at = end - 1;
        }

        if (start < text.Length)
            parts.Add(new LiteralPart(text[start..], false));
    }

    /// <summary>USER's home directory: the sixth field of its line in /etc/passwd (NAME:PASSWORD:UID:GID:GECOS:HOME:SHELL).</summary>
    private static string? HomeOf(string user)
    {
        long fd = Sys.Open("/etc/passwd", OpenFlags.ReadOnly | OpenFlags.CloseOnExec);
        if (fd < 0)
            return null;
        long got = InputFiles.ReadAll(fd, out byte[] data);
        Sys.Close((int)fd);
        if (got < 0)
            return null;
        foreach (string line in Minix.Posix.Utf8Text.Decode(data).Split('\n'))
        {
            string[] fields = line.Split(':');
            if (fields.Length >= 6 && fields[0] == user)
                return fields[5];
        }

        return null;
    }
}
