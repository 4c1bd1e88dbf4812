using Minix.Ipc;
using Minix.Kernel.Calls;

namespace Image.Programs;

/// <summary>Lines for the kernel log (SYS_DIAGCTL): a <see cref="Utf8Line"/> plus statuses and the write.</summary>
internal static class Print
{
    /// <summary>Appends a short ASCII string (such as a status name; up to 32 characters).</summary>
    public static Utf8Line Ascii(this Utf8Line line, string text)
    {
        Span<byte> bytes = stackalloc byte[Math.Min(text.Length, 32)];
        for (int i = 0; i < bytes.Length; i++)
            bytes[i] = (byte)text[i];
        return line.Text(bytes);
    }

    /// <summary>Appends a status as "number NAME", e.g. "-300 EPORTDENIED".</summary>
    public static Utf8Line Status(this Utf8Line line, Status status) => line.Decimal((int)status).Text(" "u8).Ascii(StatusInfo.Name(status));

    /// <summary>Writes the line to the kernel log.</summary>
    public static void Line(this Utf8Line line) => Sys.DiagCtl(line.Written);
}
