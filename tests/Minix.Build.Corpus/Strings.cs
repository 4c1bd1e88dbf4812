using System;

namespace Minix.Build.Corpus;

/// <summary>UTF-16 strings: literals (frozen objects), comparison, concatenation, characters.</summary>
public static class Strings
{
    private static int Fnv(string s)
    {
        uint hash = 2166136261;
        foreach (char c in s)
            hash = (hash ^ c) * 16777619;
        return (int)hash;
    }

    public static int LiteralLength(int i)
    {
        string s = (i & 3) switch { 0 => "", 1 => "a", 2 => "hello, world", _ => "Minix# runs C# in ring 3" };
        return s.Length;
    }

    public static int CharAt(int i) => "abcdefghij"[i];

    public static bool EqualsLiteral(int i)
    {
        string a = i > 0 ? "same" : "other";
        return a == "same";
    }

    public static int ConcatLength(int n)
    {
        string s = "x";
        for (int i = 0; i < (n & 15); i++)
            s = s + "ab";
        return s.Length;
    }

    public static int ConcatHash(int n)
    {
        string a = (n & 1) == 0 ? "even" : "odd";
        string b = (n & 2) == 0 ? "-small" : "-large";
        return Fnv(a + b + "!");
    }

    public static int CountChar(int n)
    {
        string text = "the quick brown fox jumps over the lazy dog";
        char target = (char)('a' + (n & 15));
        int count = 0;
        foreach (char c in text)
        {
            if (c == target)
                count++;
        }

        return count;
    }

    public static int Substring(int start, int length) => Fnv("0123456789abcdef".Substring(start, length));

    public static int IndexOfChar(int c) => "minix kernel".IndexOf((char)(c & 0x7F));

    public static int FromChars(int n)
    {
        Span<char> chars = stackalloc char[(n & 15) + 1];
        for (int i = 0; i < chars.Length; i++)
            chars[i] = (char)('A' + i);
        return Fnv(new string(chars));
    }

    public static int Repeat(int n) => Fnv(new string('z', n & 63));

    public static int NullLength(int n)
    {
        string s = n > 100 ? "long" : null;
        return s.Length;
    }

    public static bool IsNullOrEmpty(int n) => string.IsNullOrEmpty((n & 3) switch { 0 => null, 1 => "", _ => "x" });

    public static int Compare(int a, int b)
    {
        string x = a.GetHashCode() % 2 == 0 ? "driver" : "server";
        string y = b.GetHashCode() % 2 == 0 ? "driver" : "server";
        return string.Equals(x, y) ? 1 : 0;
    }

    public static int CaseFold(int n)
    {
        string s = "Hello World MINIX";
        Span<char> lower = stackalloc char[s.Length];
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            lower[i] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
        }

        return Fnv(new string(lower)) ^ n;
    }

    public static int ParseDecimal(int n)
    {
        string text = (n & 3) switch { 0 => "12345", 1 => "-77", 2 => "0", _ => "2147483647" };
        int sign = 1, i = 0, value = 0;
        if (text[0] == '-')
        {
            sign = -1;
            i = 1;
        }

        for (; i < text.Length; i++)
            value = value * 10 + (text[i] - '0');
        return sign * value;
    }

    public static int FormatDecimalLength(int v)
    {
        Span<char> buffer = stackalloc char[12];
        int pos = buffer.Length;
        long x = v < 0 ? -(long)v : v;
        do
        {
            buffer[--pos] = (char)('0' + x % 10);
            x /= 10;
        }
        while (x != 0);
        if (v < 0)
            buffer[--pos] = '-';
        return Fnv(new string(buffer.Slice(pos)));
    }

    public static int SpanOfString(int i)
    {
        ReadOnlySpan<char> s = "kernel call";
        return s.Slice(i & 7, 3)[1];
    }

    public static int Switch(int n)
    {
        string name = (n & 7) switch { 0 => "pm", 1 => "vfs", 2 => "rs", 3 => "ds", 4 => "tty", 5 => "memory", 6 => "log", _ => "unknown" };
        switch (name)
        {
            case "pm": return 0;
            case "vfs": return 1;
            case "rs": return 2;
            case "ds": return 3;
            case "tty": return 4;
            case "memory": return 5;
            case "log": return 6;
            case "sched": return 7;
            default: return -1;
        }
    }

    public static int EmptyString(int n) => string.Empty.Length + n;

    public static int StringInArrayChecksum(int n)
    {
        var words = new string[(n & 7) + 1];
        for (int i = 0; i < words.Length; i++)
            words[i] = new string((char)('a' + i), i + 1);
        int h = 0;
        foreach (string w in words)
            h = h * 31 + Fnv(w);
        return h;
    }
}
