using System.Text;
using Minix.Posix;

namespace Minix.Commands.Libc;

/// <summary>
/// How GNU coreutils quote a file name in a message, in the C locale (every byte above 0x7E is unprintable):
/// <see cref="Always"/> (quoteaf: <c>'x'</c>), <see cref="IfNeeded"/> (quotef: <c>x</c>, <c>'a b'</c>) and
/// <see cref="CStyle"/> (quote: <c>'a\'b'</c>). The first two are the shell-escape style: a name a shell would read
/// back as the same name.
/// </summary>
public static class Quoting
{
    /// <summary>Shell-escape quoting, always in quotes (coreutils' quoteaf).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The quoted name.</returns>
    public static string Always(string name) => ShellEscape(name, always: true);

    /// <summary>Shell-escape quoting only where a shell would need it (coreutils' quotef).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The name, quoted if needed.</returns>
    public static string IfNeeded(string name) => ShellEscape(name, always: false);

    /// <summary>C-style quoting in single quotes (coreutils' quote() in the C locale).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The quoted name.</returns>
    public static string CStyle(string name)
    {
        var text = new StringBuilder("'");
        foreach (byte b in Utf8Text.Encode(name))
        {
            if (b == (byte)'\'' || b == (byte)'\\')
                text.Append('\\').Append((char)b);
            else if (IsPrintable(b))
                text.Append((char)b);
            else
                AppendEscape(text, b);
        }

        return text.Append('\'').ToString();
    }

    private static string ShellEscape(string name, bool always)
    {
        byte[] bytes = Utf8Text.Encode(name);
        if (bytes.Length == 0)
            return "''";
        bool needed = always, singleQuote = false, doubleQuotable = true;
        for (int i = 0; i < bytes.Length; i++)
        {
            byte b = bytes[i];
            needed |= NeedsQuotes(b, i);
            singleQuote |= b == (byte)'\'';
            doubleQuotable &= SameInDoubleQuotes(b, i);
        }

        if (!needed)
            return name;
        if (singleQuote && doubleQuotable)
            return "\"" + name + "\"";

        var text = new StringBuilder("'");
        bool escaping = false;
        foreach (byte b in bytes)
        {
            if (!IsPrintable(b))
            {
                if (!escaping)
                    text.Append("'$'");
                escaping = true;
                AppendEscape(text, b);
                continue;
            }

            if (escaping)
                text.Append("''");
            escaping = false;
            if (b == (byte)'\'')
                text.Append("'\\''");
            else
                text.Append((char)b);
        }

        return text.Append('\'').ToString();
    }

    private static bool IsPrintable(byte b) => b >= 0x20 && b < 0x7F;

    /// <summary>Whether a shell would read <paramref name="b"/> (at <paramref name="at"/>) as more than itself.</summary>
    private static bool NeedsQuotes(byte b, int at) => b switch
    {
        (byte)'#' or (byte)'~' => at == 0,
        (byte)' ' or (byte)'!' or (byte)'"' or (byte)'$' or (byte)'&' or (byte)'\'' or (byte)'(' or (byte)')' or (byte)'*'
            or (byte)':' or (byte)';' or (byte)'<' or (byte)'=' or (byte)'>' or (byte)'?' or (byte)'[' or (byte)'\\'
            or (byte)'^' or (byte)'`' or (byte)'|' => true,
        _ => !IsPrintable(b),
    };

    /// <summary>Whether <paramref name="b"/> reads the same inside double quotes in C and in a shell.</summary>
    private static bool SameInDoubleQuotes(byte b, int at) =>
        (b >= (byte)'a' && b <= (byte)'z') || (b >= (byte)'A' && b <= (byte)'Z') || (b >= (byte)'0' && b <= (byte)'9') ||
        b is (byte)'%' or (byte)'+' or (byte)',' or (byte)'-' or (byte)'.' or (byte)'/' or (byte)':' or (byte)'@' or (byte)']'
            or (byte)'_' or (byte)' ' or (byte)'\'' ||
        (at == 0 && b is (byte)'#' or (byte)'~');

    private static void AppendEscape(StringBuilder text, byte b)
    {
        char letter = b switch { 7 => 'a', 8 => 'b', 9 => 't', 10 => 'n', 11 => 'v', 12 => 'f', 13 => 'r', _ => '\0' };
        text.Append('\\');
        if (letter != '\0')
            text.Append(letter);
        else
            text.Append((char)('0' + (b >> 6))).Append((char)('0' + ((b >> 3) & 7))).Append((char)('0' + (b & 7)));
    }
}
