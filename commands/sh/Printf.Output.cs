using Minix.Commands.Libc;

namespace Minix.Commands.Shell;

/// <summary>printf's output: numbers' digits, padding to a width, precision's cut, and the write at the end.</summary>
public sealed partial class PrintfBuiltin
{
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
