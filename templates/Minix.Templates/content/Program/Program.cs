using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace MyProgram;

/// <summary>Counts the words of the files its arguments name (standard input if none) and prints the most frequent.</summary>
public static class Program
{
    /// <summary>Runs the program.</summary>
    /// <param name="args">The files to read.</param>
    /// <returns>0, or 1 if a file could not be read (the exit status).</returns>
    public static int Main(string[] args)
    {
        var counts = new Dictionary<string, int>();
        int status = 0;
        if (args.Length == 0)
        {
            Count(Console.In.ReadToEnd(), counts);
        }

        foreach (string path in args)
        {
            try
            {
                Count(File.ReadAllText(path), counts);
            }
            catch (IOException e)
            {
                Console.Error.WriteLine($"myprogram: {path}: {e.Message}");
                status = 1;
            }
        }

        var words = new List<KeyValuePair<string, int>>(counts);
        words.Sort((a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : string.CompareOrdinal(a.Key, b.Key));
        var report = new StringBuilder();
        for (int i = 0; i < words.Count && i < 10; i++)
            report.Append(words[i].Value.ToString().PadLeft(7)).Append(' ').Append(words[i].Key).Append('\n');
        Console.Write(report.ToString());
        return status;
    }

    private static void Count(string text, Dictionary<string, int> counts)
    {
        foreach (string word in text.Split(new[] { ' ', '\t', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries))
            counts[word] = counts.TryGetValue(word, out int n) ? n + 1 : 1;
    }
}
