using System.Text;

namespace Minix.Commands.Shell;

/// <summary>
/// What the echo builtin prints, as POSIX's XSI echo (and dash's): the operands joined by spaces and a newline;
/// a first operand -n drops the newline; \a \b \c \f \n \r \t \v \\ and \0NNN (octal) are escapes, \c ends the output.
/// </summary>
public static class EchoText
{
    /// <summary>The text echo prints for <paramref name="operands"/>.</summary>
    /// <param name="operands">echo's arguments.</param>
    /// <returns>The text.</returns>
    public static string Of(List<string> operands)
    {
        int first = 0;
        bool newline = true;
        if (operands.Count > 0 && operands[0] == "-n")
        {
            newline = false;
            first = 1;
        }

        var text = new StringBuilder();
        for (int i = first; i < operands.Count; i++)
        {
            if (i > first)
                text.Append(' ');
            if (!AppendEscaped(text, operands[i]))
                return text.ToString();
        }

        if (newline)
            text.Append('\n');
        return text.ToString();
    }

    /// <summary>Appends <paramref name="operand"/> with its escapes replaced; false at \c (print nothing more).</summary>
    private static bool AppendEscaped(StringBuilder text, string operand)
    {
        for (int i = 0; i < operand.Length; i++)
        {
            char c = operand[i];
            if (c != '\\' || i + 1 >= operand.Length)
            {
                text.Append(c);
                continue;
            }

            char escape = operand[++i];
            switch (escape)
            {
                case 'a': text.Append('\a'); break;
                case 'b': text.Append('\b'); break;
                case 'c': return false;
                case 'f': text.Append('\f'); break;
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                case 'v': text.Append('\v'); break;
                case '\\': text.Append('\\'); break;
                case '0':
                    int value = 0;
                    int digits = 0;
                    while (digits < 3 && i + 1 < operand.Length && operand[i + 1] >= '0' && operand[i + 1] <= '7')
                    {
                        value = value * 8 + (operand[++i] - '0');
                        digits++;
                    }

                    text.Append((char)(value & 0xFF));
                    break;
                default:
                    text.Append('\\').Append(escape);
                    break;
            }
        }

        return true;
    }
}
