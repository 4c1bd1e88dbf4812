namespace Minix.Commands.Grep.Patterns;

/// <summary>The POSIX character classes of the C locale ([:alpha:] and the rest), and GNU's \w and \s.</summary>
public static class CharacterClasses
{
    /// <summary>The bytes of class <paramref name="name"/>.</summary>
    /// <param name="name">The name between "[:" and ":]".</param>
    /// <param name="set">The bytes, if the name is known.</param>
    /// <returns>False for an unknown name.</returns>
    public static bool TryGet(string name, out ByteSet set)
    {
        set = new ByteSet();
        switch (name)
        {
            case "alpha": set.AddRange('A', 'Z'); set.AddRange('a', 'z'); break;
            case "digit": set.AddRange('0', '9'); break;
            case "alnum": set.AddRange('A', 'Z'); set.AddRange('a', 'z'); set.AddRange('0', '9'); break;
            case "upper": set.AddRange('A', 'Z'); break;
            case "lower": set.AddRange('a', 'z'); break;
            case "space": set.AddRange('\t', '\r'); set.Add(' '); break;
            case "blank": set.Add('\t'); set.Add(' '); break;
            case "cntrl": set.AddRange(0, 31); set.Add(127); break;
            case "print": set.AddRange(32, 126); break;
            case "graph": set.AddRange(33, 126); break;
            case "punct": set.AddRange(33, 47); set.AddRange(58, 64); set.AddRange(91, 96); set.AddRange(123, 126); break;
            case "xdigit": set.AddRange('0', '9'); set.AddRange('A', 'F'); set.AddRange('a', 'f'); break;
            default: return false;
        }

        return true;
    }

    /// <summary>Whether a byte is a word constituent (letter, digit or underscore), for -w and \&lt; \&gt; \b \B.</summary>
    /// <param name="b">The byte.</param>
    /// <returns>True for a word byte.</returns>
    public static bool IsWordByte(byte b) => (b >= (byte)'a' && b <= (byte)'z') || (b >= (byte)'A' && b <= (byte)'Z') || (b >= (byte)'0' && b <= (byte)'9') || b == (byte)'_';

    /// <summary>\w: letters, digits and underscore.</summary>
    public static ByteSet Word
    {
        get
        {
            TryGet("alnum", out ByteSet set);
            set.Add('_');
            return set;
        }
    }

    /// <summary>\s: the space class.</summary>
    public static ByteSet Space
    {
        get
        {
            TryGet("space", out ByteSet set);
            return set;
        }
    }
}
