using System;
using System.Globalization;
using System.Text;

namespace Minix.Build.Corpus;

/// <summary>String members, StringBuilder, formatting and interpolation (invariant), char classification.</summary>
public static class TextProcessing
{
    private static readonly string[] Samples =
    {
        "", "a", "Hello, World", "  padded text \t", "a,b,,c,", "MiXeD cAsE 123", "tab\tseparated\tvalues", "x=1;y=2;z=3",
        "ÄÖÜ äöü ß", "line1\nline2\r\nline3", "   ", "repeat repeat repeat", "São Paulo", "ΑΒΓ αβγ", "émigré", "Zürich",
    };

    private static string Pick(int n) => Samples[n & 15];

    public static int SplitOnChar(int n) => Text.Hash(string.Join("|", Pick(n).Split(',')));

    public static int SplitRemoveEmpty(int n) => Text.Hash(string.Join("|", Pick(n).Split(new[] { ',', ' ', ';' }, StringSplitOptions.RemoveEmptyEntries)));

    public static int SplitTrimEntries(int n) => Text.Hash(string.Join("|", Pick(n).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)));

    public static int SplitOnString(int n) => Text.Hash(string.Join("|", Pick(n).Split(" repeat", StringSplitOptions.None)));

    public static int SplitWithCount(int n) => Text.Hash(string.Join("|", "a,b,c,d,e".Split(',', (n & 3) + 1)));

    public static int SplitWhiteSpace(int n) => Text.Hash(string.Join("|", Pick(n).Split((char[])null, StringSplitOptions.RemoveEmptyEntries)));

    public static int JoinAndConcat(int n) =>
        Text.Hash(string.Join(", ", new[] { "x", Pick(n), "z" }) + string.Concat("a", "b", "c", Pick(n + 1)) + string.Concat(new object[] { 1, "two", 3.5, null }));

    public static int JoinEnumerable(int n)
    {
        var numbers = new System.Collections.Generic.List<int>();
        for (int i = 0; i < (n & 7); i++)
            numbers.Add(i * i);
        return Text.Hash(string.Join<int>("+", numbers));
    }

    public static int SubstringAndIndexOf(int n)
    {
        string s = Pick(n);
        int at = s.IndexOf(' ');
        return at < 0 ? Text.Hash(s) : Text.Hash(s.Substring(0, at)) ^ Text.Hash(s.Substring(at + 1)) ^ at;
    }

    public static int IndexOfVariants(int n)
    {
        string s = "the cat sat on the mat";
        return s.IndexOf("at") + s.IndexOf("at", (n & 15)) * 100 + s.LastIndexOf("the") * 10000 + s.IndexOf('z') * 1000000
            + s.IndexOfAny(new[] { 'm', 's' }) * 7 + s.LastIndexOf('a');
    }

    public static int IndexOfIgnoreCase(int n) =>
        Pick(n).IndexOf("WORLD", StringComparison.OrdinalIgnoreCase) * 10 + (Pick(n).Contains("case", StringComparison.OrdinalIgnoreCase) ? 1 : 0);

    public static int ContainsStartsEnds(int n)
    {
        string s = Pick(n);
        return (s.Contains("e") ? 1 : 0) + (s.StartsWith("Hel") ? 10 : 0) + (s.EndsWith("3") ? 100 : 0) + (s.StartsWith('a') ? 1000 : 0)
            + (s.EndsWith("values", StringComparison.Ordinal) ? 10000 : 0) + (s.Contains('\t') ? 100000 : 0);
    }

    public static int TrimVariants(int n)
    {
        string s = Pick(n);
        return Text.Hash(s.Trim()) ^ Text.Hash(s.TrimStart()) * 3 ^ Text.Hash(s.TrimEnd(',', ' ')) * 7 ^ Text.Hash("xxhixx".Trim('x'));
    }

    public static int ReplaceVariants(int n)
    {
        string s = Pick(n);
        return Text.Hash(s.Replace(' ', '_')) ^ Text.Hash(s.Replace("repeat", "R")) ^ Text.Hash(s.Replace("l", "")) ^ Text.Hash(s.Replace("HELLO", "bye", StringComparison.OrdinalIgnoreCase));
    }

    public static int CaseMapping(int n) => Text.Hash(Pick(n).ToUpperInvariant() + "|" + Pick(n).ToLowerInvariant());

    public static int CaseMappingOfRange(int n)
    {
        int start = (n & 255) * 256;
        int h = 0;
        for (int c = start; c < start + 256; c++)
            h = h * 31 + char.ToUpperInvariant((char)c) - 2 * char.ToLowerInvariant((char)c);
        return h;
    }

    public static int CategoriesOfRange(int n)
    {
        int start = (n & 255) * 256;
        int h = 0;
        for (int c = start; c < start + 256; c++)
            h = h * 31 + (int)char.GetUnicodeCategory((char)c);
        return h;
    }

    public static int ClassificationOfRange(int n)
    {
        int start = (n & 255) * 256;
        int h = 0;
        for (int c = start; c < start + 256; c++)
        {
            char ch = (char)c;
            int bits = (char.IsLetter(ch) ? 1 : 0) | (char.IsDigit(ch) ? 2 : 0) | (char.IsWhiteSpace(ch) ? 4 : 0) | (char.IsUpper(ch) ? 8 : 0)
                | (char.IsLower(ch) ? 16 : 0) | (char.IsPunctuation(ch) ? 32 : 0) | (char.IsSymbol(ch) ? 64 : 0) | (char.IsLetterOrDigit(ch) ? 128 : 0)
                | (char.IsControl(ch) ? 256 : 0) | (char.IsSeparator(ch) ? 512 : 0) | (char.IsNumber(ch) ? 1024 : 0) | (char.IsSurrogate(ch) ? 2048 : 0);
            h = h * 31 + bits;
        }

        return h;
    }

    public static int CompareOrdinalAndEquals(int n)
    {
        string a = Pick(n), b = Pick(n + 1);
        return Math.Sign(string.CompareOrdinal(a, b)) * 100 + (string.Equals(a, a.ToUpperInvariant(), StringComparison.OrdinalIgnoreCase) ? 10 : 0)
            + Math.Sign(string.Compare(a, b, StringComparison.OrdinalIgnoreCase)) + Math.Sign(string.Compare(a, b, StringComparison.Ordinal)) * 1000;
    }

    public static int PadAndInsertRemove(int n)
    {
        string s = (n & 255).ToString();
        return Text.Hash(s.PadLeft(6) + "|" + s.PadRight(6, '.') + "|" + "abcdef".Insert(n & 3, "XY") + "|" + "abcdef".Remove(1, n & 3) + "|" + "abcdef".Remove(n & 3));
    }

    public static int CharArraysAndStrings(int n)
    {
        char[] letters = Pick(n).ToCharArray();
        Array.Reverse(letters);
        return Text.Hash(new string(letters)) ^ Text.Hash(new string('*', n & 15)) ^ Text.Hash(new string(letters, 0, letters.Length / 2));
    }

    public static int NullOrWhiteSpace(int n) =>
        (string.IsNullOrEmpty(Pick(n)) ? 1 : 0) + (string.IsNullOrWhiteSpace(Pick(n)) ? 10 : 0) + (string.IsNullOrEmpty(null) ? 100 : 0);

    public static int StringBuilderAppends(int n)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < (n & 31); i++)
            sb.Append(i).Append(',').Append((char)('a' + (i % 26))).Append(i * 0.5).AppendLine();
        sb.Append(true).Append(12345678901L).Append('x', 3).Append("tail", 1, 2);
        return Text.Hash(sb.ToString()) + sb.Length;
    }

    public static int StringBuilderEdits(int n)
    {
        var sb = new StringBuilder("hello world");
        sb.Insert(0, "[").Append(']');
        sb.Replace("world", "there").Replace('o', '0');
        sb.Remove(1, n & 3);
        sb[0] = '{';
        sb.Length = sb.Length - 1;
        return Text.Hash(sb.ToString() + sb.ToString(1, 3));
    }

    public static int StringBuilderAppendFormat(int n)
    {
        var sb = new StringBuilder();
        sb.AppendFormat("{0}-{1:D4}-{2,6}|", n & 255, n & 1023, "x");
        sb.AppendJoin(";", new[] { "a", "b" });
        return Text.Hash(sb.ToString());
    }

    public static int InterpolationBasic(int n) => Text.Hash($"n={n}, half={n / 2}, flag={(n & 1) == 1}, ch={(char)('A' + (n & 15))}");

    public static int InterpolationAlignmentAndFormat(int n) =>
        Text.Hash(string.Create(CultureInfo.InvariantCulture, $"[{n,8}][{n,-8}][{n & 0xFFFF:X4}][{n & 1023:D5}][{(n & 1023) / 7.0:F3}][{n & 63,6:N1}]"));

    public static int FormatComposite(int n) =>
        Text.Hash(string.Format(CultureInfo.InvariantCulture, "{0} + {1} = {2}; {{braces}}; {3:F2}; {0,5}|{1,-5}|", n & 255, 7, (n & 255) + 7, (n & 1023) / 3.0));

    public static int FormatBadCaught(int n)
    {
        try
        {
            return Text.Hash(string.Format((n & 1) == 0 ? "{0} {1}" : "{0", "a"));
        }
        catch (FormatException e)
        {
            return Text.Hash(e.Message);
        }
    }

    public static int StringEnumerationAsSequence(int n)
    {
        int h = 0;
        foreach (char c in System.Linq.Enumerable.Where(Pick(n), char.IsLetter))
            h = h * 31 + c;
        return h;
    }

    public static int SurrogatesAndCodePoints(int n)
    {
        string s = char.ConvertFromUtf32(0x1F600 + (n & 15)) + "x";
        return s.Length * 100000 + char.ConvertToUtf32(s[0], s[1]) - 0x1F600 + (char.IsSurrogatePair(s[0], s[1]) ? 1000 : 0);
    }

    public static int CharParseAndToString(int n)
    {
        char c = (char)('0' + (n & 7));
        return Text.Hash(c.ToString() + char.Parse("q")) + (char.IsAsciiDigit(c) ? 1 : 0) + (int)char.GetNumericValue(c);
    }
}
