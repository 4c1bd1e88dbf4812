using System.Collections.Generic;
using System.Text;
using Minix.Runtime.Posix;

namespace System.IO;

/// <summary>Whole-file operations: read and write text, lines and bytes, test, delete, copy, move and open.</summary>
public static class File
{
    /// <summary>Whether <paramref name="path"/> names something that is not a directory.</summary>
    /// <param name="path">The path (null or "" is false).</param>
    /// <returns>True if it exists.</returns>
    public static bool Exists(string path)
    {
        if (string.IsNullOrEmpty(path) || path.IndexOf('\0') >= 0)
            return false;
        string full = Path.GetFullPath(path);
        // A trailing separator names a directory, which is not a file.
        if (full.Length > 1 && Path.EndsInDirectorySeparator(path))
            return false;
        int type = PosixCalls.TypeOf(full);
        return type != 0 && type != PosixAbi.ModeDirectory;
    }

    /// <summary>Deletes the file; a file that does not exist is not an error (a missing directory is).</summary>
    /// <param name="path">The file.</param>
    public static void Delete(string path)
    {
        ArgumentNullException.ThrowIfNull(path, nameof(path));
        string full = Path.GetFullPath(path);
        long result = PosixCalls.PathCall(0, full);
        if (result >= 0)
            return;
        if (result == PosixAbi.NotFound)
        {
            string directory = Path.GetDirectoryName(full);
            if (directory is not null && directory.Length > 0 && PosixCalls.TypeOf(directory) != PosixAbi.ModeDirectory)
                throw PosixCalls.ExceptionFor(PosixAbi.NotFound, full, true);
            return;
        }

        throw PosixCalls.ExceptionFor(result == PosixAbi.IsDirectory ? PosixAbi.AccessDenied : (int)result, full, false);
    }

    /// <summary>Opens the file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="mode">How.</param>
    /// <returns>The stream.</returns>
    public static FileStream Open(string path, FileMode mode) => new(path, mode);

    /// <summary>Opens the file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="mode">How.</param>
    /// <param name="access">What for.</param>
    /// <returns>The stream.</returns>
    public static FileStream Open(string path, FileMode mode, FileAccess access) => new(path, mode, access);

    /// <summary>Opens the file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="mode">How.</param>
    /// <param name="access">What for.</param>
    /// <param name="share">What others may do (not enforced).</param>
    /// <returns>The stream.</returns>
    public static FileStream Open(string path, FileMode mode, FileAccess access, FileShare share) => new(path, mode, access, share);

    /// <summary>Opens an existing file for reading.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The stream.</returns>
    public static FileStream OpenRead(string path) => new(path, FileMode.Open, FileAccess.Read, FileShare.Read);

    /// <summary>Opens or creates the file for writing.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The stream.</returns>
    public static FileStream OpenWrite(string path) => new(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.None);

    /// <summary>Creates (or truncates) the file for reading and writing.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The stream.</returns>
    public static FileStream Create(string path) => new(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None);

    /// <summary>A UTF-8 reader on an existing file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The reader.</returns>
    public static StreamReader OpenText(string path) => new(path);

    /// <summary>A UTF-8 writer on a new (or truncated) file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The writer.</returns>
    public static StreamWriter CreateText(string path) => new(path, false);

    /// <summary>A UTF-8 writer appending to the file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The writer.</returns>
    public static StreamWriter AppendText(string path) => new(path, true);

    /// <summary>The whole file as text (UTF-8; a byte order mark is skipped).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The text.</returns>
    public static string ReadAllText(string path) => ReadAllText(path, null);

    /// <summary>The whole file as text.</summary>
    /// <param name="path">The file.</param>
    /// <param name="encoding">The encoding (null: UTF-8).</param>
    /// <returns>The text.</returns>
    public static string ReadAllText(string path, Encoding encoding)
    {
        CheckPath(path);
        using var reader = new StreamReader(path, encoding, true);
        return reader.ReadToEnd();
    }

    /// <summary>Writes <paramref name="contents"/> as the whole file, in UTF-8 without a byte order mark.</summary>
    /// <param name="path">The file.</param>
    /// <param name="contents">The text (null: an empty file).</param>
    public static void WriteAllText(string path, string contents) => WriteAllText(path, contents, UTF8Encoding.WithoutPreamble);

    /// <summary>Writes <paramref name="contents"/> as the whole file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="contents">The text (null: an empty file).</param>
    /// <param name="encoding">The encoding.</param>
    public static void WriteAllText(string path, string contents, Encoding encoding)
    {
        CheckPath(path);
        using var writer = new StreamWriter(path, false, encoding);
        writer.Write(contents);
    }

    /// <summary>Appends <paramref name="contents"/> to the file (creating it), in UTF-8.</summary>
    /// <param name="path">The file.</param>
    /// <param name="contents">The text.</param>
    public static void AppendAllText(string path, string contents)
    {
        CheckPath(path);
        using var writer = new StreamWriter(path, true);
        writer.Write(contents);
    }

    /// <summary>The whole file's bytes.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The bytes.</returns>
    public static byte[] ReadAllBytes(string path)
    {
        CheckPath(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        long length = stream.CanSeek ? stream.Length : 0;
        if (length > int.MaxValue)
            throw new IOException("The file is too long. This operation is currently limited to supporting files less than 2 gigabytes in size.");
        if (length > 0)
        {
            var bytes = new byte[length];
            int total = 0;
            while (total < bytes.Length)
            {
                int read = stream.Read(bytes, total, bytes.Length - total);
                if (read == 0)
                    break;
                total += read;
            }

            // The file may have grown since its length was read: what follows comes after.
            byte[] rest = ReadRest(stream);
            if (total == bytes.Length && rest.Length == 0)
                return bytes;
            Array.Resize(ref bytes, total);
            return Concat(bytes, rest);
        }

        return ReadRest(stream);
    }

    /// <summary>Writes <paramref name="bytes"/> as the whole file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="bytes">The bytes.</param>
    public static void WriteAllBytes(string path, byte[] bytes)
    {
        CheckPath(path);
        ArgumentNullException.ThrowIfNull(bytes, nameof(bytes));
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1);
        stream.Write(bytes, 0, bytes.Length);
    }

    /// <summary>The file's lines (UTF-8).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The lines, without terminators.</returns>
    public static string[] ReadAllLines(string path)
    {
        CheckPath(path);
        var lines = new List<string>();
        using var reader = new StreamReader(path);
        string line;
        while ((line = reader.ReadLine()) is not null)
            lines.Add(line);
        return lines.ToArray();
    }

    /// <summary>The file's lines, read as they are enumerated.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The lines.</returns>
    public static IEnumerable<string> ReadLines(string path)
    {
        CheckPath(path);
        return ReadLinesIterator(new StreamReader(path));
    }

    /// <summary>Writes the lines, each followed by "\n", as the whole file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="contents">The lines.</param>
    public static void WriteAllLines(string path, IEnumerable<string> contents)
    {
        CheckPath(path);
        ArgumentNullException.ThrowIfNull(contents, nameof(contents));
        using var writer = new StreamWriter(path, false);
        foreach (string line in contents)
            writer.WriteLine(line);
    }

    /// <summary>Writes the lines, each followed by "\n", as the whole file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="contents">The lines.</param>
    public static void WriteAllLines(string path, string[] contents) => WriteAllLines(path, (IEnumerable<string>)contents);

    /// <summary>Appends the lines, each followed by "\n".</summary>
    /// <param name="path">The file.</param>
    /// <param name="contents">The lines.</param>
    public static void AppendAllLines(string path, IEnumerable<string> contents)
    {
        CheckPath(path);
        ArgumentNullException.ThrowIfNull(contents, nameof(contents));
        using var writer = new StreamWriter(path, true);
        foreach (string line in contents)
            writer.WriteLine(line);
    }

    /// <summary>Copies a file; the destination must not exist.</summary>
    /// <param name="sourceFileName">The file.</param>
    /// <param name="destFileName">The copy.</param>
    public static void Copy(string sourceFileName, string destFileName) => Copy(sourceFileName, destFileName, false);

    /// <summary>Copies a file.</summary>
    /// <param name="sourceFileName">The file.</param>
    /// <param name="destFileName">The copy.</param>
    /// <param name="overwrite">Whether an existing destination is replaced.</param>
    public static void Copy(string sourceFileName, string destFileName, bool overwrite)
    {
        CheckPath(sourceFileName, nameof(sourceFileName));
        CheckPath(destFileName, nameof(destFileName));
        using var source = new FileStream(sourceFileName, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        using var target = new FileStream(destFileName, overwrite ? FileMode.Create : FileMode.CreateNew, FileAccess.Write, FileShare.None, 1);
        source.CopyTo(target);
    }

    /// <summary>Moves (renames) a file; the destination must not exist.</summary>
    /// <param name="sourceFileName">The file.</param>
    /// <param name="destFileName">The new name.</param>
    public static void Move(string sourceFileName, string destFileName) => Move(sourceFileName, destFileName, false);

    /// <summary>Moves (renames) a file.</summary>
    /// <param name="sourceFileName">The file.</param>
    /// <param name="destFileName">The new name.</param>
    /// <param name="overwrite">Whether an existing destination is replaced.</param>
    public static void Move(string sourceFileName, string destFileName, bool overwrite)
    {
        CheckPath(sourceFileName, nameof(sourceFileName));
        CheckPath(destFileName, nameof(destFileName));
        string from = Path.GetFullPath(sourceFileName);
        string to = Path.GetFullPath(destFileName);
        if (!Exists(from))
            throw new FileNotFoundException("Could not find file '" + from + "'.", from);
        if (!overwrite && PosixCalls.TypeOf(to) != 0)
            throw PosixCalls.ExceptionFor(PosixAbi.AlreadyExists, to, false);
        PosixCalls.Check(PosixCalls.Rename(from, to), from);
    }

    private static void CheckPath(string path, string name = "path")
    {
        ArgumentNullException.ThrowIfNull(path, name);
        if (path.Length == 0)
            throw new ArgumentException("The value cannot be an empty string.", name);
    }

    private static byte[] ReadRest(Stream stream)
    {
        var chunks = new List<byte>();
        var buffer = new byte[4096];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            for (int i = 0; i < read; i++)
                chunks.Add(buffer[i]);
        }

        return chunks.ToArray();
    }

    private static byte[] Concat(byte[] first, byte[] second)
    {
        var all = new byte[first.Length + second.Length];
        Array.Copy(first, all, first.Length);
        Array.Copy(second, 0, all, first.Length, second.Length);
        return all;
    }

    private static IEnumerable<string> ReadLinesIterator(StreamReader reader)
    {
        using (reader)
        {
            string line;
            while ((line = reader.ReadLine()) is not null)
                yield return line;
        }
    }
}
