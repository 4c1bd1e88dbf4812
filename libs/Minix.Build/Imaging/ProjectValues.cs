using System.Globalization;
using Minix.Build.Pipeline;

namespace Minix.Build.Imaging;

/// <summary>
/// Reads the values an image project writes as text (properties and item metadata): a bad one is a
/// <see cref="ToolchainException"/> whose message names the project, the item and the property or metadata and
/// quotes what was written, never a .NET parse exception.
/// </summary>
internal static class ProjectValues
{
    /// <summary>A true/false flag; empty reads as <paramref name="empty"/>.</summary>
    /// <param name="text">The value as written.</param>
    /// <param name="empty">The value when nothing is written.</param>
    /// <param name="where">What holds it, for the message (e.g. "P.csproj: MinixProcess 'rs'").</param>
    /// <param name="name">The property or metadata.</param>
    /// <returns>The flag.</returns>
    public static bool Flag(string text, bool empty, string where, string name)
    {
        if (text.Trim().Length == 0)
            return empty;
        if (bool.TryParse(text.Trim(), out bool value))
            return value;
        throw new ToolchainException("image", $"{where}: {name} '{text}' is not true or false");
    }

    /// <summary>A number of bytes, at least 1: digits, and with <paramref name="units"/> a K, M or G (powers of 1024) after them.</summary>
    /// <param name="text">The value as written (not empty).</param>
    /// <param name="units">Whether K, M and G are allowed.</param>
    /// <param name="where">What holds it, for the message.</param>
    /// <param name="name">The property or metadata.</param>
    /// <returns>The bytes.</returns>
    public static long Bytes(string text, bool units, string where, string name)
    {
        string t = text.Trim();
        long unit = !units || t.Length == 0 ? 1 : t[^1] switch { 'K' or 'k' => 1L << 10, 'M' or 'm' => 1L << 20, 'G' or 'g' => 1L << 30, _ => 1 };
        string digits = unit == 1 ? t : t[..^1];
        string expected = units ? "a number of bytes, or one with K, M or G" : "a number of bytes";
        bool number = digits.Length > 0 && digits.All(char.IsAsciiDigit);
        if (number && !long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            throw new ToolchainException("image", $"{where}: {name} '{text}' is too large");
        if (!number || !long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out long value) || value <= 0)
            throw new ToolchainException("image", $"{where}: {name} '{text}' is not {expected}, at least 1");
        if (value > long.MaxValue / unit)
            throw new ToolchainException("image", $"{where}: {name} '{text}' is too large");
        return value * unit;
    }
}
