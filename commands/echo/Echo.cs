using Minix.Commands.Libc;

namespace Minix.Commands.Echo;

/// <summary>echo, as GNU coreutils': options only while every letter is one of n, e, E; escapes only with -e.</summary>
public static class Echo
{
    /// <summary>Runs echo.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0, or 1 after a write error.</returns>
    public static int Main(string[] args)
    {
        var command = new Command("echo");
        bool newline = true, escapes = false;
        int first = 0;
        for (; first < args.Length && IsOption(args[first]); first++)
        {
            foreach (char c in args[first].AsSpan(1))
            {
                if (c == 'n')
                    newline = false;
                else
                    escapes = c == 'e';
            }
        }

        for (int i = first; i < args.Length; i++)
        {
            if (i > first)
                command.Out.Write((byte)' ');
            if (!escapes)
            {
                command.Out.Write(args[i]);
                continue;
            }

            if (!WriteEscaped(command.Out, args[i]))
                return command.Finish();
        }

        if (newline)
            command.Out.Write((byte)'\n');
        return command.Finish();
    }

    private static bool IsOption(string argument)
    {
        if (argument.Length < 2 || argument[0] != '-')
            return false;
        foreach (char c in argument.AsSpan(1))
        {
            if (c != 'n' && c != 'e' && c != 'E')
                return false;
        }

        return true;
    }

    /// <summary>Writes <paramref name="text"/> with -e's escapes.</summary>
    /// <returns>False after <c>\c</c>, which ends all output.</returns>
    private static bool WriteEscaped(OutputBuffer output, string text)
    {
        byte[] bytes = Minix.Posix.Utf8Text.Encode(text);
        for (int i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] != (byte)'\\' || i + 1 == bytes.Length)
            {
                output.Write(bytes[i]);
                continue;
            }

            byte c = bytes[++i];
            switch (c)
            {
                case (byte)'a': output.Write(7); break;
                case (byte)'b': output.Write(8); break;
                case (byte)'c': return false;
                case (byte)'e': output.Write(27); break;
                case (byte)'f': output.Write(12); break;
                case (byte)'n': output.Write(10); break;
                case (byte)'r': output.Write(13); break;
                case (byte)'t': output.Write(9); break;
                case (byte)'v': output.Write(11); break;
                case (byte)'\\': output.Write((byte)'\\'); break;
                case (byte)'x' when i + 1 < bytes.Length && HexDigit(bytes[i + 1]) >= 0:
                {
                    int value = 0;
                    for (int n = 0; n < 2 && i + 1 < bytes.Length && HexDigit(bytes[i + 1]) >= 0; n++)
                        value = value * 16 + HexDigit(bytes[++i]);
                    output.Write((byte)value);
                    break;
                }

                case (byte)'0':
                {
                    int value = 0;
                    for (int n = 0; n < 3 && i + 1 < bytes.Length && bytes[i + 1] >= (byte)'0' && bytes[i + 1] <= (byte)'7'; n++)
                        value = value * 8 + (bytes[++i] - '0');
                    output.Write((byte)value);
                    break;
                }

                case >= (byte)'1' and <= (byte)'7':
                {
                    int value = c - '0';
                    for (int n = 0; n < 2 && i + 1 < bytes.Length && bytes[i + 1] >= (byte)'0' && bytes[i + 1] <= (byte)'7'; n++)
                        value = value * 8 + (bytes[++i] - '0');
                    output.Write((byte)value);
                    break;
                }

                default:
                    output.Write((byte)'\\');
                    output.Write(c);
                    break;
            }
        }

        return true;
    }

    private static int HexDigit(byte b) =>
        b >= (byte)'0' && b <= (byte)'9' ? b - '0' : b >= (byte)'a' && b <= (byte)'f' ? b - 'a' + 10 : b >= (byte)'A' && b <= (byte)'F' ? b - 'A' + 10 : -1;
}
