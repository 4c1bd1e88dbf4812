using System.Text;
using Minix.Posix;

namespace Minix.Commands.Shell;

/// <summary>
/// What the echo builtin prints, as dash's echo: the operands joined by spaces and a newline; a first operand -n
/// drops the newline; \a \b \e \f \n \r \t \v \\ are escapes, \c ends the output, and \NNN or \0NNN (one to three
/// octal digits after the backslash, or after \0) is the byte of that value (modulo 256). Other backslashes stand for themselves.
/// </summary>
public static class EchoText
{
    /// <summary>The bytes echo prints for <paramref name="operands"/> (text as UTF-8, octal escapes as the bytes they name).</summary>
    /// <param name="operands">echo's arguments.</param>
    /// <returns>The bytes.</returns>
    public static byte[] Of(List<string> operands)
    {
        int first = 0;
        bool newline = true;
        if (operands.Count > 0 && operands[0] == "-n")
        {
            newline = false;
            first = 1;
        }

        var output = new Output();
        for (int i = first; i < operands.Count; i++)
        {
            if (i > first)
                output.Text.Append(' ');
            if (!AppendEscaped(output, operands[i]))
                return output.ToArray();
        }

        if (newline)
            output.Text.Append('\n');
        return output.ToArray();
    }

    /// <summary>Appends <paramref name="operand"/> with its escapes replaced; false at \c (print nothing more).</summary>
    private static bool AppendEscaped(Output output, string operand)
    {
        StringBuilder text = output.Text;
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
                case 'e': text.Append('\u001b'); break;
                case 'f': text.Append('\f'); break;
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                case 'v': text.Append('\v'); break;
                case '\\': text.Append('\\'); break;
                case >= '0' and <= '7':
                    // \0 takes up to three more digits; \1 to \7 are the first of up to three.
                    int value = escape - '0';
                    int digits = escape == '0' ? 0 : 1;
                    while (digits < 3 && i + 1 < operand.Length && operand[i + 1] >= '0' && operand[i + 1] <= '7')
                    {
                        value = value * 8 + (operand[++i] - '0');
                        digits++;
                    }

                    output.Byte((byte)(value & 0xFF));
                    break;
                default:
                    text.Append('\\').Append(escape);
                    break;
            }
        }

        return true;
    }

    /// <summary>echo's output as it is built: text (written as UTF-8) and single bytes between.</summary>
    private sealed class Output
    {
        private readonly List<byte> _bytes = new();

        public StringBuilder Text { get; } = new();

        public void Byte(byte value)
        {
            Flush();
            _bytes.Add(value);
        }

        public byte[] ToArray()
        {
            Flush();
            return _bytes.ToArray();
        }

        private void Flush()
        {
            if (Text.Length == 0)
                return;
            foreach (byte b in Utf8Text.Encode(Text.ToString()))
                _bytes.Add(b);
            Text.Clear();
        }
    }
}
