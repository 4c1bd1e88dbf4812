namespace Minix.Build.Qemu;

/// <summary>QEMU's key names (qcodes) for the characters of the US layout.</summary>
public static class QemuKeys
{
    private const string Plain = "`1234567890-=qwertyuiop[]\\asdfghjkl;'zxcvbnm,./";
    private const string Shifted = "~!@#$%^&*()_+QWERTYUIOP{}|ASDFGHJKL:\"ZXCVBNM<>?";

    private static readonly string[] Names =
    [
        "grave_accent", "1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "minus", "equal",
        "q", "w", "e", "r", "t", "y", "u", "i", "o", "p", "bracket_left", "bracket_right", "backslash",
        "a", "s", "d", "f", "g", "h", "j", "k", "l", "semicolon", "apostrophe",
        "z", "x", "c", "v", "b", "n", "m", "comma", "dot", "slash",
    ];

    /// <summary>The key that types <paramref name="c"/>, and whether Shift is held for it.</summary>
    /// <param name="c">An ASCII character, '\n' (Enter), '\t' or ' '.</param>
    /// <returns>The key's name and Shift.</returns>
    /// <exception cref="ArgumentException">No key types it.</exception>
    public static (string Key, bool Shift) Of(char c)
    {
        switch (c)
        {
            case '\n':
                return ("ret", false);
            case '\t':
                return ("tab", false);
            case ' ':
                return ("spc", false);
        }

        int at = Plain.IndexOf(c);
        if (at >= 0)
            return (Names[at], false);
        at = Shifted.IndexOf(c);
        if (at >= 0)
            return (Names[at], true);
        throw new ArgumentException($"no key on the US layout types '{c}' (U+{(int)c:X4})", nameof(c));
    }
}
