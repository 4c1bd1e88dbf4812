using Minix.Posix;

namespace Minix.Commands.Shell;

/// <summary>
/// The printf builtin, as dash's: printf FORMAT [ARGUMENT]... writes FORMAT with its escapes (\\ \a \b \e \f \n \r
/// \t \v and \NNN octal; any other backslash stays) and its conversions (%d %i %o %u %x %X %c %s %b %f %F %e %E %g
/// %G %a %A and %%, with flags # - + space 0, width and precision, either of them * for the next argument), reusing
/// FORMAT while arguments are left and it took one. A missing argument is 0 or empty. Numbers are read as C's
/// strtoimax, strtoumax and strtod read them ('c or "c is c's byte value); a bad one is reported and makes the status
/// 1, the rest still printed. A bad directive or a format ending in its middle is an error (status 2) that ends
/// printf; %b's \c ends it quietly. Widths and precisions count bytes, as C's printf does.
/// </summary>
public sealed partial class PrintfBuiltin
{
    private const string Flags = "#-+ 0";
    private const string WidthCharacters = "*0123456789";

    private readonly BuiltinCall _call;
    private readonly List<string> _texts = new();
    private readonly List<byte[]> _arguments = new();
    private readonly List<byte> _output = new();
    private int _next;
    private int _status;

    private PrintfBuiltin(BuiltinCall call) => _call = call;

    /// <summary>Runs printf.</summary>
    /// <param name="call">The builtin's call.</param>
    /// <returns>0, 1 after a bad number, 2 after a bad format.</returns>
    public static int Run(BuiltinCall call)
    {
        List<string> operands = call.Operands;
        int first = 0;
        if (operands.Count > 0 && operands[0].Length > 1 && operands[0][0] == '-')
        {
            if (operands[0] != "--")
                return call.Fail("Illegal option -" + operands[0][1].ToString(), 2);
            first = 1;
        }

        if (first >= operands.Count)
            return call.Fail("usage: printf format [arg ...]", 2);
        var printf = new PrintfBuiltin(call);
        for (int i = first + 1; i < operands.Count; i++)
        {
            printf._texts.Add(operands[i]);
            printf._arguments.Add(Utf8Text.Encode(operands[i]));
        }

        string? error = printf.Format(Utf8Text.Encode(operands[first]));
        int status = printf.Flush();
        if (error is not null)
            return call.Fail(error, 2);
        return status;
    }

    /// <summary>Writes the format until the arguments are used; an error's message, or null.</summary>
    private string? Format(byte[] format)
    {
        do
        {
            int i = 0;
            while (i < format.Length)
            {
                byte c = format[i++];
                if (c == '\\')
                {
                    i = Escape(format, i, _output, inArgument: false);
                    continue;
                }

                if (c != '%')
                {
                    _output.Add(c);
                    continue;
                }

                if (i < format.Length && format[i] == '%')
                {
                    _output.Add((byte)'%');
                    i++;
                    continue;
                }

                if (!Directive(format, i - 1, ref i, out string? error))
                    return error;
            }
        }
        while (_next > 0 && _next < _arguments.Count);
        return null;
    }

    /// <summary>One conversion, from the '%' at <paramref name="start"/>; false to stop (with an error, or after %b's \c).</summary>
    private bool Directive(byte[] format, int start, ref int i, out string? error)
    {
        error = null;
        bool alternate = false, left = false, plus = false, space = false, zero = false;
        for (; i < format.Length && Flags.IndexOf((char)format[i]) >= 0; i++)
        {
            switch (format[i])
            {
                case (byte)'#': alternate = true; break;
                case (byte)'-': left = true; break;
                case (byte)'+': plus = true; break;
                case (byte)' ': space = true; break;
                default: zero = true; break;
            }
        }

        int width = 0;
        int precision = -1;
        bool malformed = false; // a '*' after digits: C's printf prints such a directive as it is
        if (i < format.Length && format[i] == '*')
        {
            i++;
            width = (int)(long)NextInteger(signed: true);
            if (width < 0)
            {
                left = true;
                width = -width;
            }
        }
        else
        {
            width = Digits(format, ref i, ref malformed);
        }

        if (i < format.Length && format[i] == '.')
        {
            i++;
            if (i < format.Length && format[i] == '*')
            {
                i++;
                precision = (int)(long)NextInteger(signed: true);
                if (precision < 0)
                    precision = -1;
            }
            else
            {
                precision = Digits(format, ref i, ref malformed);
            }
        }

        if (i >= format.Length)
        {
            error = "missing format character";
            return false;
        }

        char conversion = (char)format[i++];
        if (malformed && "bcsdiouxXaAeEfFgG".IndexOf(conversion) >= 0)
        {
            Verbatim(format, start, i, conversion);
            return true;
        }

        switch (conversion)
        {
            case 'b':
                var text = new List<byte>();
                bool stopped = ArgumentEscapes(NextArgument(), text);
                Pad("", Truncated(text, precision), width, left, zeros: false);
                return !stopped;
            case 'c':
                byte[]? argument = NextArgument();
                Pad("", [argument is { Length: > 0 } ? argument[0] : (byte)0], width, left, zeros: false);
                return true;
            case 's':
                Pad("", Truncated(new List<byte>(NextArgument() ?? []), precision), width, left, zeros: false);
                return true;
            case 'd' or 'i':
                ulong number = NextInteger(signed: true);
                bool negative = (long)number < 0;
                string sign = negative ? "-" : plus ? "+" : space ? " " : "";
                IntegerText(negative ? (ulong)0 - number : number, 10, false, sign, false, precision, width, left, zero);
                return true;
            case 'o' or 'u' or 'x' or 'X':
                ulong value = NextInteger(signed: false);
                string prefix = alternate && value != 0 && conversion is 'x' ? "0x" : alternate && value != 0 && conversion is 'X' ? "0X" : "";
                IntegerText(value, conversion == 'o' ? 8u : conversion == 'u' ? 10u : 16u, conversion == 'X', prefix, alternate && conversion == 'o', precision, width, left, zero);
                return true;
            case 'a' or 'A' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
                ulong bits = NextDouble();
                string body = FloatText.Body(bits, conversion, precision, alternate, out bool special);
                string signText = (bits >> 63) != 0 ? "-" : plus ? "+" : space ? " " : "";
                if (!special && conversion is 'a' or 'A')
                    signText += conversion == 'a' ? "0x" : "0X";
                Pad(signText, Ascii(body), width, left, zero && !left && !special);
                return true;
            default:
                error = Utf8Text.Decode(new ReadOnlySpan<byte>(format, start, i - start)) + ": invalid directive";
                return false;
        }
    }

    /// <summary>A width or precision written in the format (digits; a '*' among them marks the directive malformed).</summary>
    private static int Digits(byte[] format, ref int i, ref bool malformed)
    {
        long value = 0;
        for (; i < format.Length && WidthCharacters.IndexOf((char)format[i]) >= 0; i++)
        {
            if (format[i] == '*')
                malformed = true;
            else
                value = Math.Min(value * 10 + (format[i] - '0'), int.MaxValue);
        }

        return (int)value;
    }

    /// <summary>
    /// A directive such as %1*d: dash hands it to C's printf (an integer one with its "l"), which prints it as written;
    /// the argument it would have taken is still used up.
    /// </summary>
    private void Verbatim(byte[] format, int start, int end, char conversion)
    {
        for (int k = start; k < end - 1; k++)
            _output.Add(format[k]);
        if ("diouxX".IndexOf(conversion) >= 0)
        {
            NextInteger(signed: conversion is 'd' or 'i');
            _output.Add((byte)'l');
        }
        else if ("aAeEfFgG".IndexOf(conversion) >= 0)
        {
            NextDouble();
        }
        else
        {
            NextArgument();
        }

        _output.Add((byte)(conversion == 'b' ? 's' : conversion));
    }
}
