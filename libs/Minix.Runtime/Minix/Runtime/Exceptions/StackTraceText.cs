using System;

namespace Minix.Runtime.Exceptions;

// A stack trace as .NET prints it, one frame a line: "   at Namespace.Type.Method in File.cs:line 12", named from
// the linker's source map (an address where the image carries none).
internal static unsafe class StackTraceText
{
    public static string Format(nint[] frames, int count)
    {
        string text = "";
        for (int i = 0; i < count; i++)
        {
            string frame = Frame(frames[i]);
            if (frame is null)
                continue;
            if (text.Length > 0)
                text += "\n";
            text += frame;
        }

        return text.Length == 0 ? null : text;
    }

    // One frame's line, or null for start-up code the map names with an empty name.
    private static string Frame(nint address)
    {
        byte* method = SourceMap.MethodAt(address);
        if (method != null && *method == 0)
            return null;
        string line = "   at " + (method == null ? Hex(address) : Utf8Text.FromNullTerminated(method));
        if (SourceMap.LineAt(address, out byte* file, out int number))
            line += " in " + Utf8Text.FromNullTerminated(file) + ":line " + number.ToString();
        return line;
    }

    private static string Hex(nint value)
    {
        char* digits = stackalloc char[18];
        digits[0] = '0';
        digits[1] = 'x';
        for (int i = 0; i < 16; i++)
        {
            int nibble = (int)((ulong)value >> (60 - 4 * i)) & 15;
            digits[2 + i] = (char)(nibble < 10 ? '0' + nibble : 'a' + nibble - 10);
        }

        return new string(new ReadOnlySpan<char>(digits, 18));
    }
}
