using System.Text;

namespace Minix.Commands.Tests;

/// <summary>Generated inputs for the text tools, the same for a given seed: words, numbers, blank lines, repeats, long lines, binary bytes.</summary>
public static class Inputs
{
    private static readonly string[] Words = ["apple", "Banana", "cherry", "date", "elder", "fig", "grape", "  lead", "trail  ", "a\tb", "x", "", "Zeta", "zeta", "10", "9", "-3", "2.5", "+7", " 42", "1e3", "0x10", "007", "-0", "α", "naïve"];

    /// <summary>Text lines: words, numbers, blanks, runs of equal lines.</summary>
    public static string Text(int seed, int lines = 60, bool finalNewline = true)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        string previous = "";
        for (int i = 0; i < lines; i++)
        {
            string line = random.Next(6) == 0 ? previous : string.Join(random.Next(4) == 0 ? "  " : " ",
                Enumerable.Range(0, random.Next(0, 5)).Select(_ => Words[random.Next(Words.Length)]));
            text.Append(line);
            if (i < lines - 1 || finalNewline)
                text.Append('\n');
            previous = line;
        }

        return text.ToString();
    }

    /// <summary>Lines that start with numbers of many shapes, for sort -n.</summary>
    public static string Numbers(int seed, int lines = 60)
    {
        var random = new Random(seed);
        string[] shapes = ["{0}", "{0}.{1}", "-{0}", "-{0}.{1}", " {0}", "{0}abc", "abc", "", "0{0}", "+{0}", "{0},{1}", ".{1}", "-.{1}", "-", "{0}e2"];
        var text = new StringBuilder();
        for (int i = 0; i < lines; i++)
            text.Append(string.Format(shapes[random.Next(shapes.Length)], random.Next(0, 1000), random.Next(0, 100))).Append('\n');
        return text.ToString();
    }

    /// <summary>Random bytes, NULs and high bytes included.</summary>
    public static byte[] Binary(int seed, int length = 3000)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    /// <summary>One line of <paramref name="length"/> bytes (64 KiB and more), then a short one.</summary>
    public static string LongLine(int length = 65536 + 17) => new string('w', length / 2) + " needle " + new string('v', length - length / 2 - 8) + "\nshort needle\n";

    /// <summary>
    /// The standard files of a text tool's test: text (lines of words), nonl (no final newline), bin (random bytes),
    /// long (a 64 KiB line), empty, numbers, a directory dir; "-" reads <see cref="StandardInput"/>.
    /// </summary>
    public static void Populate(Sandbox box, int seed)
    {
        box.Write("text", Text(seed));
        box.Write("nonl", Text(seed + 1000, 7, finalNewline: false));
        box.Write("bin", Binary(seed));
        box.Write("long", LongLine());
        box.Write("empty", "");
        box.Write("numbers", Numbers(seed));
        Directory.CreateDirectory(System.IO.Path.Combine(box.Path, "dir"));
    }

    /// <summary>What a test gives the tools' standard input.</summary>
    public static byte[] StandardInput(int seed) => Encoding.UTF8.GetBytes(Text(seed + 7));
}
