namespace Minix.Posix;

/// <summary>
/// The block of arguments and environment a program hands exec, laid out as the new program's initial stack (the
/// System V x86-64 process entry: argc, argv pointers, 0, envp pointers, 0, an AT_NULL auxiliary pair, then the
/// strings), except that every pointer is an offset from the block's start. The process manager checks it, copies it
/// to the top of the new stack and adds the block's address there to every pointer, as MINIX's exec does.
/// </summary>
public static class ArgumentFrame
{
    /// <summary>The largest frame exec takes (ARG_MAX); a larger one is E2BIG.</summary>
    public const int MaxLength = 128 * 1024;

    /// <summary>The bytes <see cref="Build"/> needs for these strings.</summary>
    /// <param name="arguments">argv.</param>
    /// <param name="environment">envp.</param>
    /// <returns>The frame's length (a multiple of 16).</returns>
    public static int LengthOf(ReadOnlySpan<string> arguments, ReadOnlySpan<string> environment)
    {
        int length = 8 * (1 + arguments.Length + 1 + environment.Length + 1 + 2);
        foreach (string s in arguments)
            length += Utf8Text.Length(s) + 1;
        foreach (string s in environment)
            length += Utf8Text.Length(s) + 1;
        return (length + 15) & ~15;
    }

    /// <summary>Writes the frame for <paramref name="arguments"/> and <paramref name="environment"/> into <paramref name="frame"/>.</summary>
    /// <param name="arguments">argv.</param>
    /// <param name="environment">envp.</param>
    /// <param name="frame">At least <see cref="LengthOf"/> bytes.</param>
    /// <returns>The frame's length.</returns>
    public static int Build(ReadOnlySpan<string> arguments, ReadOnlySpan<string> environment, Span<byte> frame)
    {
        int length = LengthOf(arguments, environment);
        frame.Slice(0, length).Clear();
        WriteWord(frame, 0, (ulong)arguments.Length);
        int slot = 8;
        int text = 8 * (1 + arguments.Length + 1 + environment.Length + 1 + 2);
        foreach (string s in arguments)
        {
            WriteWord(frame, slot, (ulong)text);
            (slot, text) = (slot + 8, text + Utf8Text.Write(s, frame.Slice(text)) + 1);
        }

        slot += 8;
        foreach (string s in environment)
        {
            WriteWord(frame, slot, (ulong)text);
            (slot, text) = (slot + 8, text + Utf8Text.Write(s, frame.Slice(text)) + 1);
        }

        return length;
    }

    /// <summary>
    /// Checks a frame a program sent (argc, the two pointer lists each ending in 0, the auxiliary pair, every string
    /// inside the frame and NUL-terminated) and turns its offsets into addresses for a frame placed at <paramref name="at"/>.
    /// </summary>
    /// <param name="frame">The frame, changed in place.</param>
    /// <param name="at">Where it will sit in the new program.</param>
    /// <returns>True if the frame was well formed (and is now relocated); false if not (it is then left unusable).</returns>
    public static bool Relocate(Span<byte> frame, ulong at)
    {
        if (frame.Length < 8 || frame.Length > MaxLength)
            return false;
        ulong argc = ReadWord(frame, 0);
        if (argc > (ulong)frame.Length / 8)
            return false;
        int slot = 8;
        for (int list = 0; list < 2; list++)
        {
            for (ulong n = 0; ; n++)
            {
                if (slot + 8 > frame.Length)
                    return false;
                ulong offset = ReadWord(frame, slot);
                if (offset == 0 && (list == 1 || n == argc))
                    break;
                if ((list == 0 && n >= argc) || offset >= (ulong)frame.Length || frame.Slice((int)offset).IndexOf((byte)0) < 0)
                    return false;
                WriteWord(frame, slot, at + offset);
                slot += 8;
            }

            slot += 8;
        }

        return slot + 16 <= frame.Length && ReadWord(frame, slot) == 0;
    }

    private static ulong ReadWord(ReadOnlySpan<byte> frame, int at)
    {
        ulong value = 0;
        for (int i = 7; i >= 0; i--)
            value = (value << 8) | frame[at + i];
        return value;
    }

    private static void WriteWord(Span<byte> frame, int at, ulong value)
    {
        for (int i = 0; i < 8; i++)
            frame[at + i] = (byte)(value >> (8 * i));
    }
}
