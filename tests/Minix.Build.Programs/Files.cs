using System;
using System.IO;
using System.Linq;
using System.Text;

namespace Minix.Build.Programs;

/// <summary>File-system scenarios inside a directory the test gives; paths are printed relative to it.</summary>
public static class Files
{
    private static string s_root;

    public static int Run(string root)
    {
        s_root = root;
        string text = Path.Combine(root, "text.txt");
        File.WriteAllText(text, "first line\nsecond line\r\nthird");
        Console.WriteLine("exists " + File.Exists(text) + " length " + new FileInfoLike(text).Length);
        Console.WriteLine("read [" + File.ReadAllText(text).Replace("\r", "\\r").Replace("\n", "\\n") + "]");
        string[] lines = File.ReadAllLines(text);
        Console.WriteLine("lines " + lines.Length + ": " + string.Join("|", lines));
        File.AppendAllText(text, "\nappended é");
        Console.WriteLine("after append " + File.ReadAllLines(text).Last());

        string bytesPath = Path.Combine(root, "data.bin");
        var bytes = new byte[10000];
        for (int i = 0; i < bytes.Length; i++)
            bytes[i] = (byte)(i * 7);
        File.WriteAllBytes(bytesPath, bytes);
        byte[] back = File.ReadAllBytes(bytesPath);
        Console.WriteLine("bytes " + back.Length + " same " + back.SequenceEqual(bytes));

        string linesPath = Path.Combine(root, "lines.txt");
        File.WriteAllLines(linesPath, new[] { "alpha", "", "gamma" });
        Console.WriteLine("written lines [" + File.ReadAllText(linesPath).Replace("\n", "\\n") + "]");
        Console.WriteLine("read lines " + string.Join(",", File.ReadLines(linesPath).Select(l => "<" + l + ">")));

        string bom = Path.Combine(root, "bom.txt");
        File.WriteAllText(bom, "with mark ü", Encoding.UTF8);
        Console.WriteLine("bom bytes " + File.ReadAllBytes(bom).Length + " first " + File.ReadAllBytes(bom)[0] + " text [" + File.ReadAllText(bom) + "]");

        string copy = Path.Combine(root, "copy.txt");
        File.Copy(text, copy);
        Console.WriteLine("copy same " + (File.ReadAllText(copy) == File.ReadAllText(text)));
        string moved = Path.Combine(root, "moved.txt");
        File.Move(copy, moved);
        Console.WriteLine("moved " + File.Exists(copy) + " " + File.Exists(moved));
        File.Delete(moved);
        File.Delete(moved);
        Console.WriteLine("deleted " + File.Exists(moved));

        using (var writer = new StreamWriter(Path.Combine(root, "writer.txt")))
        {
            writer.Write("number ");
            writer.Write(12.5);
            writer.WriteLine();
            writer.WriteLine("format {0}", 7);
            for (int i = 0; i < 2000; i++)
                writer.Write((char)('a' + i % 26));
        }

        using (var reader = new StreamReader(Path.Combine(root, "writer.txt")))
        {
            Console.WriteLine("peek " + (char)reader.Peek());
            Console.WriteLine("line1 " + reader.ReadLine());
            Console.WriteLine("line2 " + reader.ReadLine());
            string rest = reader.ReadToEnd();
            Console.WriteLine("rest " + rest.Length + " " + rest.Substring(0, 5) + " eos " + reader.EndOfStream);
            Console.WriteLine("after end " + (reader.ReadLine() ?? "<null>") + " " + reader.Read());
        }

        using (var writer = File.AppendText(Path.Combine(root, "writer.txt")))
            writer.Write("!tail");
        Console.WriteLine("appended tail " + File.ReadAllText(Path.Combine(root, "writer.txt")).EndsWith("z!tail"));
        Console.WriteLine("exists dir as file " + File.Exists(root) + " missing " + File.Exists(Path.Combine(root, "nope")) + " null " + File.Exists(null) + " empty " + File.Exists(""));
        return 0;
    }

    public static int Directories(string root)
    {
        s_root = root;
        string tree = Path.Combine(root, "tree");
        var info = Directory.CreateDirectory(Path.Combine(tree, "a", "b", "c"));
        Console.WriteLine("created " + Relative(info.FullName) + " name " + info.Name + " exists " + info.Exists);
        Directory.CreateDirectory(Path.Combine(tree, "a", "b", "c"));
        Directory.CreateDirectory(Path.Combine(tree, "d"));
        File.WriteAllText(Path.Combine(tree, "one.txt"), "1");
        File.WriteAllText(Path.Combine(tree, "two.cs"), "2");
        File.WriteAllText(Path.Combine(tree, "a", "three.txt"), "3");
        File.WriteAllText(Path.Combine(tree, "a", "b", "c", "four.txt"), "4");
        Show("files", Directory.GetFiles(tree));
        Show("txt", Directory.GetFiles(tree, "*.txt"));
        Show("t?o", Directory.GetFiles(tree, "t?o.*"));
        Show("all txt", Directory.GetFiles(tree, "*.txt", SearchOption.AllDirectories));
        Show("dirs", Directory.GetDirectories(tree));
        Show("all dirs", Directory.GetDirectories(tree, "*", SearchOption.AllDirectories));
        Show("enumerate", Directory.EnumerateFiles(Path.Combine(tree, "a")).ToArray());
        Console.WriteLine("exists " + Directory.Exists(tree) + " " + Directory.Exists(Path.Combine(tree, "one.txt")) + " " + Directory.Exists(Path.Combine(tree, "zz")));
        Directory.Delete(Path.Combine(tree, "d"));
        Console.WriteLine("deleted d " + Directory.Exists(Path.Combine(tree, "d")));
        try
        {
            Directory.Delete(Path.Combine(tree, "a"));
        }
        catch (IOException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + Relative(e.Message));
        }

        Directory.Delete(Path.Combine(tree, "a"), true);
        Console.WriteLine("deleted a " + Directory.Exists(Path.Combine(tree, "a")));
        string before = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(tree);
        Console.WriteLine("cwd " + Relative(Directory.GetCurrentDirectory()) + " relative exists " + File.Exists("one.txt") + " full " + Relative(Path.GetFullPath("one.txt")));
        Directory.SetCurrentDirectory(before);
        Console.WriteLine("cwd restored " + (Directory.GetCurrentDirectory() == before));
        return 0;
    }

    public static int Errors(string root)
    {
        s_root = root;
        string file = Path.Combine(root, "exists.txt");
        File.WriteAllText(file, "x");
        Try("missing file", () => File.ReadAllText(Path.Combine(root, "missing.txt")));
        Try("missing dir", () => File.ReadAllText(Path.Combine(root, "nodir", "missing.txt")));
        Try("write into missing dir", () => File.WriteAllText(Path.Combine(root, "nodir", "x.txt"), "x"));
        Try("create new over existing", () => new FileStream(file, FileMode.CreateNew).Dispose());
        Try("open directory", () => File.ReadAllText(root));
        Try("delete in missing dir", () => File.Delete(Path.Combine(root, "nodir", "x")));
        Try("delete directory as file", () => File.Delete(root));
        Try("delete missing dir", () => Directory.Delete(Path.Combine(root, "nodir")));
        Try("list missing dir", () => Directory.GetFiles(Path.Combine(root, "nodir")));
        Try("create dir over file", () => Directory.CreateDirectory(file));
        Try("read-only mode with truncate", () => new FileStream(file, FileMode.Truncate, FileAccess.Read).Dispose());
        Try("append with read", () => new FileStream(file, FileMode.Append, FileAccess.ReadWrite).Dispose());
        Try("empty path", () => File.ReadAllText(""));
        Try("null path", () => File.ReadAllText(null));
        Try("copy onto existing", () => File.Copy(file, file));
        Try("move missing", () => File.Move(Path.Combine(root, "missing.txt"), Path.Combine(root, "b.txt")));
        Try("write to read stream", () =>
        {
            using var s = File.OpenRead(file);
            s.WriteByte(1);
        });
        Try("read from write stream", () =>
        {
            using var s = File.OpenWrite(file);
            s.ReadByte();
        });
        Try("closed stream", () =>
        {
            var s = File.OpenRead(file);
            s.Dispose();
            s.ReadByte();
        });
        Try("closed writer", () =>
        {
            var w = new StreamWriter(Path.Combine(root, "w.txt"));
            w.Dispose();
            w.Write("x");
        });
        return 0;
    }

    public static int Streams(string root)
    {
        s_root = root;
        string path = Path.Combine(root, "stream.bin");
        using (var s = new FileStream(path, FileMode.Create, FileAccess.ReadWrite))
        {
            Console.WriteLine("new " + s.Length + " " + s.Position + " " + s.CanRead + s.CanWrite + s.CanSeek + " name " + Relative(s.Name));
            for (int i = 0; i < 5000; i++)
                s.WriteByte((byte)i);
            Console.WriteLine("written " + s.Length + " " + s.Position);
            s.Position = 100;
            Console.WriteLine("byte at 100: " + s.ReadByte() + " position " + s.Position);
            var buffer = new byte[300];
            int read = s.Read(buffer, 0, buffer.Length);
            Console.WriteLine("read " + read + " first " + buffer[0] + " last " + buffer[read - 1] + " position " + s.Position);
            s.Write(new byte[] { 9, 9, 9 }, 0, 3);
            Console.WriteLine("after write " + s.Position + " length " + s.Length);
            s.Seek(-10, SeekOrigin.End);
            Console.WriteLine("seek end " + s.Position + " byte " + s.ReadByte());
            s.Seek(2, SeekOrigin.Current);
            Console.WriteLine("seek current " + s.Position);
            s.SetLength(50);
            Console.WriteLine("truncated " + s.Length + " position " + s.Position);
            s.Position = 401;
            Console.WriteLine("read past end " + s.ReadByte() + " read " + s.Read(buffer, 0, 10));
            s.Seek(0, SeekOrigin.Begin);
            s.Write(Encoding.ASCII.GetBytes("HEADER"), 0, 6);
            s.Flush();
        }

        byte[] all = File.ReadAllBytes(path);
        Console.WriteLine("file " + all.Length + " " + Encoding.ASCII.GetString(all, 0, 6) + " tail " + all[49] + " zero " + all[45]);
        using (var append = new FileStream(path, FileMode.Append))
        {
            Console.WriteLine("append at " + append.Position + " can read " + append.CanRead);
            append.WriteByte(77);
            try
            {
                append.Seek(0, SeekOrigin.Begin);
            }
            catch (IOException e)
            {
                Console.WriteLine("IOException: " + e.Message);
            }
        }

        Console.WriteLine("after append " + new FileInfoLike(path).Length);
        using (var input = File.OpenRead(path))
        using (var output = File.Create(Path.Combine(root, "copy.bin")))
            input.CopyTo(output);
        Console.WriteLine("copied " + File.ReadAllBytes(Path.Combine(root, "copy.bin")).SequenceEqual(File.ReadAllBytes(path)));
        using (var s = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1))
        {
            var b = new byte[7];
            Console.WriteLine("unbuffered " + s.Read(b, 0, 7) + " " + Encoding.ASCII.GetString(b, 0, 6));
        }

        return 0;
    }

    private static void Try(string what, Action action)
    {
        try
        {
            action();
            Console.WriteLine(what + ": no exception");
        }
        catch (Exception e)
        {
            Console.WriteLine(what + ": " + e.GetType().FullName + ": " + Relative(e.Message));
        }
    }

    private static void Show(string what, string[] paths)
    {
        Array.Sort(paths, StringComparer.Ordinal);
        Console.WriteLine(what + ": " + string.Join(" ", paths.Select(Relative)));
    }

    private static string Relative(string text) => text.Replace(s_root, "<root>");

    // The length of a file through a stream (FileInfo is not in the image's subset).
    private readonly struct FileInfoLike
    {
        private readonly string _path;

        public FileInfoLike(string path) => _path = path;

        public long Length
        {
            get
            {
                using var s = File.OpenRead(_path);
                return s.Length;
            }
        }
    }
}
