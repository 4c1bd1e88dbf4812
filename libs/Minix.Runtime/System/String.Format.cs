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
        int i = 0;
        while (i < format.Length)
        {
            char c = format[i++];
            if (c == '}')
            {
                if (i < format.Length && format[i] == '}')
                {
                    text.Append('}');
                    i++;
                    continue;
                }

                throw BadFormat();
            }

            if (c != '{')
            {
                text.Append(c);
                continue;
            }

            if (i < format.Length && format[i] == '{')
            {
                text.Append('{');
                i++;
                continue;
            }

            int index = ReadNumber(format, ref i);
            if (index < 0)
                throw BadFormat();
            if (index >= args.Length)
                throw new FormatException("Index (zero based) must be greater than or equal to zero and less than the size of the argument list.");
            int alignment = 0;
            SkipSpaces(format, ref i);
            if (i < format.Length && format[i] == ',')
            {
                i++;
                SkipSpaces(format, ref i);
                bool left = i < format.Length && format[i] == '-';
                if (left)
                    i++;
                alignment = ReadNumber(format, ref i);
                if (alignment < 0)
                    throw BadFormat();
                if (left)
                    alignment = -alignment;
                SkipSpaces(format, ref i);
            }

            string itemFormat = null;
            if (i < format.Length && format[i] == ':')
            {
                int start = ++i;
                while (i < format.Length && format[i] != '}')
                {
                    if (format[i] == '{')
                        throw BadFormat();
                    i++;
                }

                itemFormat = format.Substring(start, i - start);
            }

            if (i >= format.Length || format[i] != '}')
                throw BadFormat();
            i++;
            object arg = args[index];
            string value = arg is IFormattable formattable ? formattable.ToString(itemFormat, provider) : arg?.ToString() ?? "";
            AppendAligned(text, value, alignment);
        }

        return text.ToString();
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

    private static int ReadNumber(string format, ref int i)
    {
        int start = i, value = 0;
        while (i < format.Length && char.IsAsciiDigit(format[i]) && value < 1_000_000)
            value = value * 10 + (format[i++] - '0');
        return i == start ? -1 : value;
    }

    private static void SkipSpaces(string format, ref int i)
    {
        while (i < format.Length && format[i] == ' ')
            i++;
    }

    private static FormatException BadFormat() => new("Input string was not in a correct format.");
}
