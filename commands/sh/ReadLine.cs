using System.Text;
using Minix.Commands.Libc;
using Minix.Posix;

namespace Minix.Commands.Shell;

/// <summary>
/// The read builtin: one line from the standard input, a byte at a time (the rest stays for the next reader), split
/// on IFS into the named variables, the last taking what is left; without -r a backslash quotes the next character
/// and joins a line ending in it to the next. Status 1 at the end of the input.
/// </summary>
public static class ReadLine
{
    /// <summary>Runs read.</summary>
    /// <param name="call">The builtin's call ([-r] NAME...).</param>
    /// <param name="state">The shell's state (IFS, and the variables set).</param>
    /// <returns>0, or 1 at the end of the input, 2 for a bad variable name.</returns>
    public static int Run(BuiltinCall call, ShellState state)
    {
        var names = new List<string>(call.Operands);
        bool raw = names.Count > 0 && names[0] == "-r";
        if (raw)
            names.RemoveAt(0);
        if (names.Count == 0)
            return call.Fail("a variable name is needed", 2);
        foreach (string name in names)
        {
            if (!Lexer.IsName(name))
                return call.Fail(name + ": bad variable name", 2);
        }

        var bytes = new List<byte>();
        var quoted = new List<bool>();
        bool ended = true;
        Span<byte> one = stackalloc byte[1];
        bool escaped = false;
        while (Sys.Read(call.Table[Sys.StandardInput], one) == 1)
        {
            byte b = one[0];
            if (escaped)
            {
                escaped = false;
                if (b != '\n')
                {
                    bytes.Add(b);
                    quoted.Add(true);
                }

                continue;
            }

            if (b == '\\' && !raw)
            {
                escaped = true;
                continue;
            }

            if (b == '\n')
            {
                ended = false;
                break;
            }

            bytes.Add(b);
            quoted.Add(false);
        }

        Assign(names, Utf8Text.Decode(bytes.ToArray()), quoted, state);
        return ended ? 1 : 0;
    }

    /// <summary>
    /// Splits <paramref name="line"/> on IFS into <paramref name="names"/> as field splitting does (quoted characters
    /// never split). The last name takes the rest of the line less IFS white space at its ends; when that rest is one
    /// field and a separator, it takes the field alone.
    /// </summary>
    private static void Assign(List<string> names, string line, List<bool> quoted, ShellState state)
    {
        Ifs ifs = Ifs.Of(state);
        bool IsQuoted(int i) => line.Length == quoted.Count && quoted[i];
        bool IsWhite(int i) => !IsQuoted(i) && ifs.IsWhite(line[i]);
        bool IsSeparator(int i) => !IsQuoted(i) && ifs.IsSeparator(line[i]);

        // Past the separator at i: it, the IFS white space after it and, after white space, one other IFS character.
        int PastSeparator(int i)
        {
            bool mayAbsorbOther = IsWhite(i);
            for (i++; i < line.Length && IsSeparator(i); i++)
            {
                if (IsWhite(i))
                    continue;
                if (!mayAbsorbOther)
                    break;
                mayAbsorbOther = false;
            }

            return i;
        }

        int position = 0;
        for (int n = 0; n < names.Count; n++)
        {
            while (position < line.Length && IsWhite(position))
                position++;
            int end = position;
            while (end < line.Length && !IsSeparator(end))
                end++;
            if (n < names.Count - 1)
            {
                state.Variables.Set(names[n], line[position..end]);
                position = end < line.Length ? PastSeparator(end) : end;
                continue;
            }

            if (end == line.Length || PastSeparator(end) < line.Length)
            {
                end = line.Length;
                while (end > position && IsWhite(end - 1))
                    end--;
            }

            state.Variables.Set(names[n], line[position..end]);
        }
    }
}
