using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Image.Commands.Ordinary;

/// <summary>
/// ordinary: a C# program as anyone writes one, run from /bin by the commands image. <c>show WORDS...</c> prints its
/// arguments, writes a file on the root file system and reads it back, counts words with a dictionary and exits 7;
/// <c>garbage MIB</c> allocates that much in total while keeping a small live set; <c>keep</c> keeps every allocation
/// live until the heap's limit throws OutOfMemoryException, catches it and exits 42; <c>upper</c> copies standard input
/// to standard output in capitals, line by line, and exits with the number of lines it read; <c>throw</c> leaves an
/// exception unhandled, which the runtime reports on standard error with the C# stack; <c>faults</c> dereferences null
/// and divides by zero (processor faults) and catches the exceptions they become.
/// </summary>
public static class Program
{
    /// <summary>The exit status of <c>show</c>, which the parent's wait must see.</summary>
    public const int ShowStatus = 7;

    /// <summary>The exit status of <c>keep</c> after it caught OutOfMemoryException.</summary>
    public const int OutOfMemoryStatus = 42;

    /// <summary>Runs the mode the first argument names.</summary>
    /// <param name="args">The mode and its arguments.</param>
    /// <returns>The exit status.</returns>
    public static int Main(string[] args)
    {
        string mode = args.Length > 0 ? args[0] : "";
        switch (mode)
        {
            case "show":
                return Show(args.Skip(1).ToArray());
            case "garbage":
                return Garbage(args.Length > 1 ? int.Parse(args[1]) : 64);
            case "keep":
                return Keep();
            case "upper":
                return Upper();
            case "throw":
                return Throw(args.Length);
            case "faults":
                return Faults(args.Length - 1);
            default:
                Console.Error.WriteLine("usage: ordinary show WORDS... | garbage MIB | keep | upper | throw | faults");
                return 2;
        }
    }

    private static int Show(string[] words)
    {
        Console.WriteLine($"args: {words.Length} [{string.Join("] [", words)}]");
        Console.WriteLine("command line: " + Environment.CommandLine);

        string folder = "/tmp/ordinary";
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, "words.txt");
        var text = new StringBuilder();
        foreach (string word in words)
            text.Append(word.ToUpperInvariant()).Append(',').Append(word.Length).Append('\n');
        File.WriteAllText(path, text.ToString());

        var lengths = new Dictionary<string, int>();
        foreach (string line in File.ReadAllLines(path))
        {
            string[] fields = line.Split(',');
            lengths[fields[0]] = int.Parse(fields[1]);
        }

        var ordered = new List<string>(lengths.Keys);
        ordered.Sort(string.CompareOrdinal);
        Console.WriteLine("read back: " + string.Join(" ", ordered.Select(k => k + "=" + lengths[k])));
        Console.WriteLine($"file: {Path.GetFileName(path)} {new FileInfoLength(path).Bytes} bytes, exists {File.Exists(path)}, in {string.Join(" ", Directory.GetFiles(folder).Select(Path.GetFileName))}");
        File.Delete(path);
        Console.WriteLine($"deleted: {!File.Exists(path)}");
        return ShowStatus;
    }

    private static int Faults(int zero)
    {
        int caught = 0;
        try
        {
            Console.WriteLine(LengthOf(zero == 0 ? null : "text"));
        }
        catch (NullReferenceException e)
        {
            Console.WriteLine("faults: caught " + e.GetType().Name);
            caught++;
        }

        try
        {
            Console.WriteLine(1000 / zero);
        }
        catch (DivideByZeroException e)
        {
            Console.WriteLine("faults: caught " + e.GetType().Name);
            caught++;
        }

        Console.WriteLine($"faults: {caught} caught, still running");
        return 0;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static int LengthOf(string text) => text.Length;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static int Throw(int count)
    {
        if (count > 0)
            throw new InvalidOperationException("ordinary gave up on purpose");
        return count;
    }

    private static int Upper()
    {
        int lines = 0;
        string line;
        while ((line = Console.ReadLine()) != null)
        {
            lines++;
            Console.WriteLine($"{lines}: {line.ToUpperInvariant()}");
        }

        return lines;
    }

    private static int Garbage(int megabytes)
    {
        var live = new int[64][];
        long total = 0, target = (long)megabytes << 20;
        int round = 0;
        while (total < target)
        {
            var block = new int[1024 + round % 1024];
            block[0] = round;
            block[block.Length - 1] = round;
            total += block.Length * 4L;
            int slot = round % live.Length;
            if (live[slot] is { } old && (old[0] != old[old.Length - 1] || old[0] % live.Length != slot))
            {
                Console.WriteLine($"garbage: live data damaged at round {round}");
                return 1;
            }

            live[slot] = block;
            round++;
        }

        Console.WriteLine($"garbage: {total >> 20} MiB allocated, live data intact, {(GC.CollectionCount(0) > 0 ? "collected" : "never collected")}");
        return 0;
    }

    private static int Keep()
    {
        var kept = new List<byte[]>();
        try
        {
            while (true)
            {
                var block = new byte[1 << 20];
                block[0] = (byte)kept.Count;
                kept.Add(block);
            }
        }
        catch (OutOfMemoryException)
        {
            int count = kept.Count;
            kept = null;
            Console.WriteLine($"keep: OutOfMemoryException after {count} MiB");
            return OutOfMemoryStatus;
        }
    }

    // The size of a file through FileStream, as .NET programs often ask for it.
    private readonly struct FileInfoLength(string path)
    {
        public long Bytes
        {
            get
            {
                using var stream = File.OpenRead(path);
                return stream.Length;
            }
        }
    }
}
