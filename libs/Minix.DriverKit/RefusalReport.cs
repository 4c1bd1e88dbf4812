using Minix.Ipc;
using Minix.Kernel.Calls;

namespace Minix.DriverKit;

/// <summary>
/// The text of a refusal a driver did not handle: where in its C# it asked, what it asked the kernel for (as the
/// driver trace writes it), the kernel's answer by name, and the system.conf line that would have allowed it. It is
/// the message of the exception DriverKit throws, so the fault hook prints it on the console when the process ends:
/// <code>
/// printer: unhandled refusal at Printer.cs:57: SYS_DEVIO out b 0x80 0x0 -> EPORTDENIED (I/O port outside the caller's ranges)
/// printer:   system.conf would allow it with: io 80:1;
/// </code>
/// Built in a stack buffer, so the same code runs on the image and on the host.
/// </summary>
internal static class RefusalReport
{
    private const int Capacity = 320;

    /// <summary>A refused SYS_DEVIO.</summary>
    public static string DevIo(PortAccess access, ushort port, uint value, Status status, string callerFile, int callerLine)
    {
        var text = new LogText(stackalloc byte[Capacity]);
        Start(ref text, callerFile, callerLine);
        bool input = PortAccessInfo.IsInput(access);
        text.Append(input ? "SYS_DEVIO in "u8 : "SYS_DEVIO out "u8).Append(DriverTrace.WidthLetter(access)).Append(" "u8).AppendHex(port);
        if (!input)
            text.Append(" "u8).AppendHex(value);
        Answer(ref text, status);
        WouldAllow(ref text, status, port, PortAccessInfo.Width(access));

        Call(ref text, status, "DEVIO"u8);
        return Widen(text.Text);
    }

    /// <summary>A refused SYS_VDEVIO (the kernel does not say which port of the batch it refused).</summary>
    public static string VDevIo(PortAccess access, ReadOnlySpan<PortValuePair> pairs, Status status, string callerFile, int callerLine)
    {
        var text = new LogText(stackalloc byte[Capacity]);
        Start(ref text, callerFile, callerLine);
        text.Append(PortAccessInfo.IsInput(access) ? "SYS_VDEVIO in "u8 : "SYS_VDEVIO out "u8).Append(DriverTrace.WidthLetter(access));
        for (int i = 0; i < pairs.Length; i++)
            text.Append(" "u8).AppendHex(pairs[i].Port).Append(":"u8).AppendHex(pairs[i].Value);
        Answer(ref text, status);
        if (status == Status.PortNotAllowed)
        {
            text.Append("\n  system.conf would allow it with io ranges covering:"u8);
            for (int i = 0; i < pairs.Length; i++)
            {
                if (!SeenBefore(pairs, i))
                {
                    text.Append(" "u8);
                    Range(ref text, pairs[i].Port, PortAccessInfo.Width(access));
                }
            }

            text.Append(";"u8);
        }

        Call(ref text, status, "VDEVIO"u8);
        return Widen(text.Text);
    }

    /// <summary>A refused SYS_VDEVIO string call: <paramref name="count"/> values for one port.</summary>
    public static string StringDevIo(PortAccess access, ushort port, int count, Status status, string callerFile, int callerLine)
    {
        var text = new LogText(stackalloc byte[Capacity]);
        Start(ref text, callerFile, callerLine);
        text.Append(PortAccessInfo.IsInput(access) ? "SYS_VDEVIO in "u8 : "SYS_VDEVIO out "u8).Append(DriverTrace.WidthLetter(access))
            .Append(" "u8).AppendHex(port).Append(" x"u8).Append(count);
        Answer(ref text, status);
        WouldAllow(ref text, status, port, PortAccessInfo.Width(access));

        Call(ref text, status, "VDEVIO"u8);
        return Widen(text.Text);
    }

    private static void WouldAllow(ref LogText text, Status status, ushort port, int width)
    {
        if (status != Status.PortNotAllowed)
            return;
        text.Append("\n  system.conf would allow it with: io "u8);
        Range(ref text, port, width);
        text.Append(";"u8);
    }

    private static void Start(ref LogText text, string callerFile, int callerLine)
    {
        text.Append("unhandled refusal"u8);
        if (callerLine > 0)
        {
            text.Append(" at "u8);
            FileName(ref text, callerFile);
            text.Append(":"u8).Append(callerLine);
        }

        text.Append(": "u8);
    }

    private static void Answer(ref LogText text, Status status)
    {
        text.Append(" -> "u8).Append(status).Append(" ("u8);
        Ascii(ref text, StatusInfo.Message(status));
        text.Append(")"u8);
    }

    // A call missing from the call mask: the system line names it.
    private static void Call(ref LogText text, Status status, ReadOnlySpan<byte> call)
    {
        if (status == Status.CallDenied)
            text.Append("\n  system.conf would allow it with: system "u8).Append(call).Append(";"u8);
    }

    // system.conf's io syntax: hexadecimal base without 0x, a colon, the number of ports.
    private static void Range(ref LogText text, int port, int width)
    {
        Span<byte> digits = stackalloc byte[4];
        int count = 0;
        for (int shift = 12; shift >= 0; shift -= 4)
        {
            int nibble = (port >> shift) & 0xF;
            if (nibble != 0 || count > 0 || shift == 0)
                digits[count++] = (byte)(nibble < 10 ? '0' + nibble : 'a' + nibble - 10);
        }

        text.Append(digits.Slice(0, count)).Append(":"u8).Append(width);
    }

    private static bool SeenBefore(ReadOnlySpan<PortValuePair> pairs, int index)
    {
        for (int i = 0; i < index; i++)
        {
            if (pairs[i].Port == pairs[index].Port)
                return true;
        }

        return false;
    }

    // [CallerFilePath] is the full path the compiler saw: the file name is what the reader needs.
    private static void FileName(ref LogText text, string path)
    {
        int start = 0;
        for (int i = 0; i < path.Length; i++)
        {
            if (path[i] == '/' || path[i] == '\\')
                start = i + 1;
        }

        Ascii(ref text, path.AsSpan(start));
    }

    private static void Ascii(ref LogText text, ReadOnlySpan<char> chars)
    {
        Span<byte> one = stackalloc byte[1];
        for (int i = 0; i < chars.Length; i++)
        {
            one[0] = chars[i] < 0x80 ? (byte)chars[i] : (byte)'?';
            text.Append(one);
        }
    }

    private static string Widen(ReadOnlySpan<byte> utf8)
    {
        Span<char> chars = stackalloc char[utf8.Length];
        for (int i = 0; i < utf8.Length; i++)
            chars[i] = (char)utf8[i];
        return new string(chars);
    }
}
