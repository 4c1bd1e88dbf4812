using System.Text;

namespace System;

public sealed partial class String
{
    /// <summary>A composite format ("{0}", "{1,8:F2}", "{{" for a brace) filled with one argument.</summary>
    /// <param name="format">The format.</param>
    /// <param name="arg0">The argument.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is malformed or names a missing argument.</exception>
    public static string Format(string format, object arg0) => Format(null, format, new[] { arg0 });

    /// <summary>A composite format filled with two arguments.</summary>
    /// <param name="format">The format.</param>
    /// <param name="arg0">The first argument.</param>
    /// <param name="arg1">The second argument.</param>
    /// <returns>The text.</returns>
    public static string Format(string format, object arg0, object arg1) => Format(null, format, new[] { arg0, arg1 });

    /// <summary>A composite format filled with three arguments.</summary>
    /// <param name="format">The format.</param>
    /// <param name="arg0">The first argument.</param>
    /// <param name="arg1">The second argument.</param>
    /// <param name="arg2">The third argument.</param>
    /// <returns>The text.</returns>
    public static string Format(string format, object arg0, object arg1, object arg2) => Format(null, format, new[] { arg0, arg1, arg2 });

    /// <summary>A composite format filled with any number of arguments.</summary>
    /// <param name="format">The format.</param>
    /// <param name="args">The arguments.</param>
    /// <returns>The text.</returns>
    public static string Format(string format, params object[] args) => Format(null, format, args);

    /// <summary>A composite format filled with one argument (invariant: the provider is ignored).</summary>
    /// <param name="provider">Ignored.</param>
    /// <param name="format">The format.</param>
    /// <param name="arg0">The argument.</param>
    /// <returns>The text.</returns>
    public static string Format(IFormatProvider provider, string format, object arg0) => Format(provider, format, new[] { arg0 });

    /// <summary>A composite format filled with two arguments (invariant).</summary>
    /// <param name="provider">Ignored.</param>
    /// <param name="format">The format.</param>
    /// <param name="arg0">The first argument.</param>
    /// <param name="arg1">The second argument.</param>
    /// <returns>The text.</returns>
    public static string Format(IFormatProvider provider, string format, object arg0, object arg1) => Format(provider, format, new[] { arg0, arg1 });

    /// <summary>A composite format filled with any number of arguments (invariant).</summary>
    /// <param name="provider">Ignored.</param>
    /// <param name="format">The format.</param>
    /// <param name="args">The arguments.</param>
    /// <returns>The text.</returns>
    public static string Format(IFormatProvider provider, string format, params object[] args)
    {
        ArgumentNullException.ThrowIfNull(format, nameof(format));
        ArgumentNullException.ThrowIfNull(args, nameof(args));
        var text = new StringBuilder(format.Length + 16 * args.Length);
        AppendFormatted(text, provider, format, args);
        return text.ToString();
    }

    // .NET's composite-format parser (ValueStringBuilder.AppendFormatHelper): the same items, and a malformed format
    // fails at the same offset with the same reason.
    internal static void AppendFormatted(StringBuilder text, IFormatProvider provider, string format, object[] args)
    {
        int pos = 0;
        while (true)
        {
            if ((uint)pos >= (uint)format.Length)
                return;
            int brace = pos;
            while (brace < format.Length && format[brace] != '{' && format[brace] != '}')
                brace++;
            text.Append(format, pos, brace - pos);
            if (brace == format.Length)
                return;
            pos = brace;
            char c = format[pos];
            char next = MoveNext(format, ref pos);
            if (c == next)
            {
                text.Append(next);
                pos++;
                continue;
            }

            if (c != '{')
                throw BadFormat(pos, "Unexpected closing brace without a corresponding opening brace.");
            int width = 0;
            bool leftAlign = false;
            string itemFormat = null;
            int index = next - '0';
            if ((uint)index >= 10u)
                throw BadFormat(pos, "Expected an ASCII digit.");
            next = MoveNext(format, ref pos);
            if (next != '}')
            {
                while (char.IsAsciiDigit(next) && index < 1000000)
                {
                    index = index * 10 + next - '0';
                    next = MoveNext(format, ref pos);
                }

                while (next == ' ')
                    next = MoveNext(format, ref pos);
                if (next == ',')
                {
                    do
                        next = MoveNext(format, ref pos);
                    while (next == ' ');
                    if (next == '-')
                    {
                        leftAlign = true;
                        next = MoveNext(format, ref pos);
                    }

                    width = next - '0';
                    if ((uint)width >= 10u)
                        throw BadFormat(pos, "Expected an ASCII digit.");
                    next = MoveNext(format, ref pos);
                    while (char.IsAsciiDigit(next) && width < 1000000)
                    {
                        width = width * 10 + next - '0';
                        next = MoveNext(format, ref pos);
                    }

                    while (next == ' ')
                        next = MoveNext(format, ref pos);
                }

                if (next != '}')
                {
                    if (next != ':')
                        throw BadFormat(pos, "Format item ends prematurely.");
                    int formatStart = pos;
                    while (true)
                    {
                        char f = MoveNext(format, ref pos);
                        if (f == '}')
                            break;
                        if (f == '{')
                            throw BadFormat(pos, "Format item ends prematurely.");
                    }

                    itemFormat = format.Substring(formatStart + 1, pos - formatStart - 1);
                }
            }

            pos++;
            if ((uint)index >= (uint)args.Length)
                throw new FormatException("Index (zero based) must be greater than or equal to zero and less than the size of the argument list.");
            object arg = args[index];
            string value = (arg is IFormattable formattable ? formattable.ToString(itemFormat, provider) : arg?.ToString()) ?? "";
            AppendAligned(text, value, leftAlign ? -width : width);
        }
    }

    // The next character of a format item; running off the end is an unclosed item.
    private static char MoveNext(string format, ref int pos)
    {
        pos++;
        if ((uint)pos >= (uint)format.Length)
            throw BadFormat(pos, "Format item ends prematurely.");
        return format[pos];
    }

    /// <summary>The text an interpolated string handler built (<c>string.Create(CultureInfo.InvariantCulture, $"...")</c>).</summary>
    /// <param name="provider">Ignored (invariant).</param>
    /// <param name="handler">The handler the compiler filled.</param>
    /// <returns>The text.</returns>
    public static string Create(IFormatProvider provider, [System.Runtime.CompilerServices.InterpolatedStringHandlerArgument(nameof(provider))] ref System.Runtime.CompilerServices.DefaultInterpolatedStringHandler handler) =>
        handler.ToStringAndClear();

    internal static void AppendAligned(StringBuilder text, string value, int alignment)
    {
        if (alignment > 0 && value.Length < alignment)
            text.Append(' ', alignment - value.Length);
        text.Append(value);
        if (alignment < 0 && value.Length < -alignment)
            text.Append(' ', -alignment - value.Length);
    }

    private static FormatException BadFormat(int offset, string reason) =>
        new("Input string was not in a correct format. Failure to parse near offset " + offset.ToString() + ". " + reason);
}
