namespace Minix.Commands.Shell;

/// <summary>printf's arguments, taken in turn and read as C reads numbers, a bad one reported as dash reports it.</summary>
public sealed partial class PrintfBuiltin
{
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
}
