namespace Minix.Commands.Shell;

/// <summary>printf's backslash escapes, in the format and in %b's argument.</summary>
public sealed partial class PrintfBuiltin
{
    /// <summary>%b's argument with its escapes (as the format's, and \0NNN octal); true if \c ended it.</summary>
    private static bool ArgumentEscapes(byte[]? argument, List<byte> into)
    {
        if (argument is null)
            return false;
        int i = 0;
        while (i < argument.Length)
        {
            byte c = argument[i++];
            if (c != '\\')
            {
                into.Add(c);
                continue;
            }

            i = Escape(argument, i, into, inArgument: true);
            if (i < 0)
                return true;
        }

        return false;
    }

    /// <summary>
    /// The escape after a backslash at <paramref name="at"/> - 1, appended; returns where reading goes on (-1 for %b's
    /// \c). An unknown escape is the backslash alone (the character after it is read as it is).
    /// </summary>
    private static int Escape(byte[] text, int at, List<byte> into, bool inArgument)
    {
        if (at >= text.Length)
        {
            into.Add((byte)'\\');
            return at;
        }

        byte c = text[at];
        if (inArgument && c == 'c')
            return -1;
        if (inArgument && c == '0' && at + 1 < text.Length && text[at + 1] >= '0' && text[at + 1] <= '7')
            c = text[++at];
        byte? value = c switch
        {
            (byte)'\\' => (byte)'\\',
            (byte)'a' => 7,
            (byte)'b' => 8,
            (byte)'e' => 27,
            (byte)'f' => 12,
            (byte)'n' => 10,
            (byte)'r' => 13,
            (byte)'t' => 9,
            (byte)'v' => 11,
            _ => null,
        };
        if (value is byte known)
        {
            into.Add(known);
            return at + 1;
        }

        if (c >= '0' && c <= '7')
        {
            int octal = 0;
            for (int digits = 0; digits < 3 && at < text.Length && text[at] >= '0' && text[at] <= '7'; digits++)
                octal = octal * 8 + (text[at++] - '0');
            into.Add((byte)octal);
            return at;
        }

        into.Add((byte)'\\');
        return at;
    }
}
