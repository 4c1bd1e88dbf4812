using System.Text;

namespace Minix.Kernel;

/// <summary>Conversions between <see cref="ProcessName"/> and .NET strings, for host tools and tests.</summary>
public static class ProcessNameText
{
    /// <summary>Builds a name from a string.</summary>
    /// <param name="text">At most 16 bytes of UTF-8.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentException">The text is too long.</exception>
    public static ProcessName From(string text) => ProcessName.FromUtf8(Encoding.UTF8.GetBytes(text));

    /// <summary>The name as a string.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The text.</returns>
    public static string ToText(in ProcessName name) => Encoding.UTF8.GetString(ProcessName.Bytes(name));
}
