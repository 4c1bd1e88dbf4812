using Minix.Commands.Libc;
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
public sealed class PrintfBuiltin
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

    /// <summary>An integer's digits in <paramref name="radix"/>, with C's precision, '#' for %o, zero padding and width.</summary>
    private void IntegerText(ulong magnitude, uint radix, bool upper, string prefix, bool octalZero, int precision, int width, bool left, bool zero)
    {
        string digitSet = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        var digits = new List<byte>();
        for (ulong rest = magnitude; rest != 0; rest /= radix)
            digits.Insert(0, (byte)digitSet[(int)(rest % radix)]);
        if (magnitude == 0 && precision != 0)
            digits.Add((byte)'0');
        while (digits.Count < precision)
            digits.Insert(0, (byte)'0');
        if (octalZero && (digits.Count == 0 || digits[0] != '0'))
            digits.Insert(0, (byte)'0');
        Pad(prefix, digits, width, left, zero && !left && precision < 0);
    }

    /// <summary>Writes prefix and body in <paramref name="width"/> bytes: blanks before (after if <paramref name="left"/>), or zeros between.</summary>
    private void Pad(string prefix, List<byte> body, int width, bool left, bool zeros)
    {
        int fill = width - prefix.Length - body.Count;
        if (!left && !zeros)
            Repeat((byte)' ', fill);
        for (int k = 0; k < prefix.Length; k++)
            _output.Add((byte)prefix[k]);
        if (zeros)
            Repeat((byte)'0', fill);
        _output.AddRange(body);
        if (left)
            Repeat((byte)' ', fill);
    }

    private void Repeat(byte b, int count)
    {
        for (; count > 0; count--)
            _output.Add(b);
    }

    private static List<byte> Truncated(List<byte> text, int precision)
    {
        if (precision >= 0 && precision < text.Count)
            text.RemoveRange(precision, text.Count - precision);
        return text;
    }

    private static List<byte> Ascii(string text)
    {
        var bytes = new List<byte>(text.Length);
        for (int k = 0; k < text.Length; k++)
            bytes.Add((byte)text[k]);
        return bytes;
    }

    /// <summary>The next argument's bytes, or null when all are used.</summary>
    private byte[]? NextArgument() => _next < _arguments.Count ? _arguments[_next++] : null;

    /// <summary>The next argument as an integer (0 when none is left), reporting a bad one.</summary>
    private ulong NextInteger(bool signed)
    {
        byte[]? text = NextArgument();
        if (text is null)
            return 0;
        if (text.Length > 0 && (text[0] == '\'' || text[0] == '"'))
            return text.Length > 1 ? text[1] : 0UL;
        Check(PrintfNumbers.ReadInteger(text, signed, out ulong value));
        return value;
    }

    /// <summary>The next argument as a double's bits (0 when none is left), reporting a bad one.</summary>
    private ulong NextDouble()
    {
        byte[]? text = NextArgument();
        if (text is null)
            return 0;
        if (text.Length > 0 && (text[0] == '\'' || text[0] == '"'))
            return text.Length > 1 ? SmallDouble(text[1]) : 0UL;
        Check(PrintfNumbers.ReadDouble(text, out ulong bits));
        return bits;
    }

    /// <summary>The bits of the double equal to <paramref name="value"/> (a byte's value).</summary>
    private static ulong SmallDouble(uint value)
    {
        if (value == 0)
            return 0;
        int top = 31;
        while ((value >> top) == 0)
            top--;
        return ((ulong)(1023 + top) << 52) | (((ulong)value << (52 - top)) & 0xFFFFFFFFFFFFFUL);
    }

    /// <summary>dash's check_conversion: a message naming the argument, and status 1.</summary>
    private void Check(NumberReading reading)
    {
        if (reading == NumberReading.Whole)
            return;
        string text = _texts[_next - 1];
        string message = reading switch
        {
            NumberReading.NotNumeric => "expected numeric value",
            NumberReading.Partial => "not completely converted",
            _ => "Numerical result out of range",
        };
        _call.Report(text + ": " + message, 1);
        _status = 1;
    }

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

    /// <summary>Writes what was formatted; 1 if it could not be written, else the status so far.</summary>
    private int Flush()
    {
        if (_output.Count == 0)
            return _status;
        byte[] bytes = _output.ToArray();
        long result = Sys.WriteAll(_call.Table[Sys.StandardOutput], bytes);
        return result < 0 ? _call.Fail("write error: " + ErrorText.Of(result), 1) : _status;
    }
}
