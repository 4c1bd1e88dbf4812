using Minix.DriverKit;
using Minix.Ipc;
using Minix.Posix.Abi;
using static Minix.Posix.Posix;

namespace Minix.Samples.Notes;

/// <summary>
/// What notes does, with POSIX calls only, one log line per step: mounts the first IDE disk (<c>/dev/c0d0</c>) on
/// /mnt, lists it, prints <c>/mnt/notes.txt</c>, appends a line to it, makes the directory <c>/mnt/guest</c> with a
/// new file in it, renames <c>/mnt/draft.txt</c> to <c>/mnt/final.txt</c>, and unmounts the disk, which writes every
/// changed block back. The tutorial "Look inside the file system" reads the result on the host.
/// </summary>
public static class Notebook
{
    /// <summary>The disk, as the root file system's /dev names it.</summary>
    public static ReadOnlySpan<byte> Disk => "/dev/c0d0"u8;

    /// <summary>The line appended to /mnt/notes.txt.</summary>
    public static ReadOnlySpan<byte> AppendedLine => "a line appended in the guest\n"u8;

    /// <summary>The contents of /mnt/guest/hello.txt.</summary>
    public static ReadOnlySpan<byte> Greeting => "Hello from the guest: VFS and MFS wrote this file.\n"u8;

    private const int BufferBytes = 4096;

    /// <summary>Runs every step.</summary>
    /// <returns>0 if each step worked, 1 if one failed (the log says which).</returns>
    public static int Run()
    {
        byte[] buffer = new byte[BufferBytes];
        if (!Step("mount /dev/c0d0 on /mnt"u8, Mount(Disk, "/mnt"u8)))
            return 1;
        bool ok = List("/mnt"u8, buffer);
        ok &= Show("/mnt/notes.txt"u8, buffer);
        ok &= Append("/mnt/notes.txt"u8, AppendedLine);
        ok &= Step("mkdir /mnt/guest"u8, MakeDirectory("/mnt/guest"u8, 0x1ED));
        ok &= Create("/mnt/guest/hello.txt"u8, Greeting);
        ok &= Step("rename /mnt/draft.txt to /mnt/final.txt"u8, Rename("/mnt/draft.txt"u8, "/mnt/final.txt"u8));
        ok &= List("/mnt"u8, buffer);
        ok &= Step("umount /mnt"u8, Unmount("/mnt"u8));
        return ok ? 0 : 1;
    }

    /// <summary>Logs <c>WHAT: ok</c> or <c>WHAT: ERRNO</c>.</summary>
    private static bool Step(ReadOnlySpan<byte> what, long result)
    {
        var line = new LogText(stackalloc byte[160]);
        line.Append(what).Append(": "u8);
        if (result < 0)
            line.Append((Status)result);
        else
            line.Append("ok"u8);
        Log.Write(line.Text);
        return result >= 0;
    }

    /// <summary>Logs the names in a directory, as getdents returns them.</summary>
    private static bool List(ReadOnlySpan<byte> directory, byte[] buffer)
    {
        long fd = Open(directory, OpenFlags.ReadOnly | OpenFlags.Directory);
        if (fd < 0)
            return Step(directory, fd);
        var line = new LogText(stackalloc byte[200]);
        line.Append("ls "u8).Append(directory).Append(":"u8);
        long n;
        while ((n = GetDirectoryEntries((int)fd, buffer)) > 0)
        {
            for (int at = 0; at + DirectoryEntryLayout.NameOffset < n;)
            {
                Span<byte> record = buffer.AsSpan(at, (int)n - at);
                int length = record[DirectoryEntryLayout.LengthOffset] | (record[DirectoryEntryLayout.LengthOffset + 1] << 8);
                Span<byte> name = record.Slice(DirectoryEntryLayout.NameOffset, length - DirectoryEntryLayout.NameOffset);
                name = name.Slice(0, name.IndexOf((byte)0));
                if (!name.SequenceEqual("."u8) && !name.SequenceEqual(".."u8))
                    line.Append(" "u8).Append(name);
                at += length;
            }
        }

        Close((int)fd);
        Log.Write(line.Text);
        return n == 0 || Step(directory, n);
    }

    /// <summary>Logs a text file line by line, each after <c>| </c>.</summary>
    private static bool Show(ReadOnlySpan<byte> path, byte[] buffer)
    {
        long fd = Open(path, OpenFlags.ReadOnly);
        long n = fd < 0 ? fd : Read((int)fd, buffer);
        if (fd >= 0)
            Close((int)fd);
        if (n < 0)
            return Step(path, n);
        var header = new LogText(stackalloc byte[120]);
        header.Append("cat "u8).Append(path).Append(" ("u8).Append(n).Append(" bytes):"u8);
        Log.Write(header.Text);
        ReadOnlySpan<byte> rest = buffer.AsSpan(0, (int)n);
        Span<byte> text = stackalloc byte[200];
        while (rest.Length > 0)
        {
            int end = rest.IndexOf((byte)'\n');
            var line = new LogText(text);
            line.Append("| "u8).Append(end < 0 ? rest : rest.Slice(0, end));
            Log.Write(line.Text);
            rest = end < 0 ? default : rest.Slice(end + 1);
        }

        return true;
    }

    /// <summary>Appends <paramref name="text"/> to a file (O_APPEND: each write goes to the end).</summary>
    private static bool Append(ReadOnlySpan<byte> path, ReadOnlySpan<byte> text) =>
        WriteFile("append "u8, path, OpenFlags.WriteOnly | OpenFlags.Append, text);

    /// <summary>Creates (or empties) a file and writes <paramref name="text"/> to it.</summary>
    private static bool Create(ReadOnlySpan<byte> path, ReadOnlySpan<byte> text) =>
        WriteFile("write "u8, path, OpenFlags.WriteOnly | OpenFlags.Create | OpenFlags.Truncate, text);

    /// <summary>Opens a file with <paramref name="flags"/>, writes <paramref name="text"/>, closes it, and logs the step.</summary>
    private static bool WriteFile(ReadOnlySpan<byte> verb, ReadOnlySpan<byte> path, OpenFlags flags, ReadOnlySpan<byte> text)
    {
        long fd = Open(path, flags, 0x1A4);
        long n = fd < 0 ? fd : Write((int)fd, text);
        if (fd >= 0)
            Close((int)fd);
        var what = new LogText(stackalloc byte[120]);
        what.Append(verb).Append(text.Length).Append(" bytes to "u8).Append(path);
        return Step(what.Text, n);
    }
}
