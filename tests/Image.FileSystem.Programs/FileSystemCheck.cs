using Minix.DriverKit;
using Minix.Ipc;
using Minix.Posix;
using Minix.Posix.Abi;

namespace Image.FileSystem.Programs;

/// <summary>
/// The file-system image's checking program, an ordinary user program that only makes POSIX calls: each scenario
/// the boot parameter <c>fscheck.do</c> names (separated by commas) prints one <c>fscheck: NAME = RESULT</c> line per
/// step, RESULT being the call's value or its errno name.
/// </summary>
internal static unsafe class FileSystemCheck
{
    private const int Chunk = 64 << 10;
    private static readonly byte[] Buffer = PinnedMemory.Allocate(Chunk);
    private static readonly byte[] Other = PinnedMemory.Allocate(Chunk);

    public static int Run()
    {
        Span<byte> steps = stackalloc byte[200];
        if (!BootParameters.TryGet("fscheck.do"u8, steps, out int length))
            return 0;
        ReadOnlySpan<byte> rest = steps.Slice(0, length);
        while (rest.Length > 0)
        {
            int comma = rest.IndexOf((byte)',');
            ReadOnlySpan<byte> step = comma < 0 ? rest : rest.Slice(0, comma);
            rest = comma < 0 ? default : rest.Slice(comma + 1);
            if (step.SequenceEqual("basic"u8))
                Basic();
            else if (step.SequenceEqual("pipes"u8))
                Pipes();
            else if (step.SequenceEqual("large"u8))
                Large("/big"u8, (16 << 20) + (512 << 10), crash: false);
            else if (step.SequenceEqual("crash"u8))
                Large("/tmp/copy"u8, 4 << 20, crash: true);
            else if (step.SequenceEqual("blocksizes"u8))
                BlockSizes();
            else if (step.SequenceEqual("foreign"u8))
                Foreign();
            else
                Say("unknown step"u8, (long)Status.InvalidArgument);
        }

        Say("sync"u8, Posix.Sync());
        Say("done"u8, 0);
        return 0;
    }

    private static void Basic()
    {
        Say("mkdir /home"u8, Posix.MakeDirectory("/home"u8, 0x1ED));
        long fd = Posix.Open("/home/notes"u8, OpenFlags.ReadWrite | OpenFlags.Create, 0x1A4);
        Say("open /home/notes"u8, fd);
        Say("write"u8, Posix.Write((int)fd, "three servers and a kernel"u8));
        Say("lseek"u8, Posix.Seek((int)fd, 6, SeekFrom.Start));
        long n = Posix.Read((int)fd, Buffer.AsSpan(0, 64));
        Say("read"u8, n);
        SayText("text"u8, Buffer.AsSpan(0, (int)Math.Max(0, n)));
        Say("close"u8, Posix.Close((int)fd));
        Say("rename to /tmp/notes"u8, Posix.Rename("/home/notes"u8, "/tmp/notes"u8));
        Say("stat the old name"u8, Posix.Stat("/home/notes"u8, out _));
        Say("stat the new name"u8, Posix.Stat("/tmp/notes"u8, out FileStatus stat));
        Say("size"u8, stat.SizeInBytes);
        Say("chdir /tmp"u8, Posix.ChangeDirectory("/tmp"u8));
        n = Posix.GetWorkingDirectory(Buffer.AsSpan(0, 64));
        SayText("getcwd"u8, Buffer.AsSpan(0, (int)Math.Max(0, n)));
        Say("unlink notes"u8, Posix.Unlink("notes"u8));
        Say("stat after unlink"u8, Posix.Stat("notes"u8, out _));
        Say("mkdir /home/d"u8, Posix.MakeDirectory("/home/d"u8));
        Say("rmdir /home"u8, Posix.RemoveDirectory("/home"u8));
        Say("rmdir /home/d"u8, Posix.RemoveDirectory("/home/d"u8));
        Say("rmdir /home again"u8, Posix.RemoveDirectory("/home"u8));
        Say("name of 61 bytes"u8, Posix.Open("/tmp/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"u8, OpenFlags.WriteOnly | OpenFlags.Create));
        List("ls /etc"u8, "/etc"u8);
        List("ls /bin"u8, "/bin"u8);
        fd = Posix.Open("/etc/motd"u8, OpenFlags.ReadOnly);
        n = Posix.Read((int)fd, Buffer.AsSpan(0, 200));
        SayText("cat /etc/motd"u8, Buffer.AsSpan(0, (int)Math.Max(0, n - 1)));
        Posix.Close((int)fd);
    }

    /// <summary>Prints a directory's names in directory order.</summary>
    private static void List(ReadOnlySpan<byte> what, ReadOnlySpan<byte> path)
    {
        long fd = Posix.Open(path, OpenFlags.ReadOnly | OpenFlags.Directory);
        long n = Posix.GetDirectoryEntries((int)fd, Buffer.AsSpan(0, 1024));
        var names = new LogText(stackalloc byte[200]);
        for (int at = 0; at + DirectoryEntryLayout.NameOffset < n;)
        {
            Span<byte> record = Buffer.AsSpan(at, (int)n - at);
            int recordLength = record[DirectoryEntryLayout.LengthOffset] | (record[DirectoryEntryLayout.LengthOffset + 1] << 8);
            Span<byte> name = record.Slice(DirectoryEntryLayout.NameOffset, recordLength - DirectoryEntryLayout.NameOffset);
            names.Append(name.Slice(0, name.IndexOf((byte)0))).Append(" "u8);
            at += recordLength;
        }

        SayText(what, names.Text);
        Posix.Close((int)fd);
    }

    private static void Pipes()
    {
        Say("pipe"u8, Posix.Pipe(out int r, out int w));
        Say("write 5000"u8, Posix.Write(w, Buffer.AsSpan(0, 5000)));
        Say("read 3000"u8, Posix.Read(r, Other.AsSpan(0, 3000)));
        Say("close the write end"u8, Posix.Close(w));
        Say("read the rest"u8, Posix.Read(r, Other.AsSpan(0, 3000)));
        Say("end of file"u8, Posix.Read(r, Other.AsSpan(0, 3000)));
        Say("close the read end"u8, Posix.Close(r));
        Posix.Pipe(out r, out w);
        Posix.Close(r);
        Say("write with no reader"u8, Posix.Write(w, Buffer.AsSpan(0, 10)));
        Posix.Close(w);
    }

    /// <summary>Writes a file of a known pattern in 64 KiB pieces (with <paramref name="crash"/>, the disk driver is made to crash half way), then reads it back and compares.</summary>
    private static void Large(ReadOnlySpan<byte> path, int size, bool crash)
    {
        long fd = Posix.Open(path, OpenFlags.ReadWrite | OpenFlags.Create | OpenFlags.Truncate, 0x1A4);
        Say("open for writing"u8, fd);
        ulong start = Alarm.Uptime();
        long written = 0;
        for (int at = 0; at < size; at += Chunk)
        {
            if (crash && at == size / 2)
            {
                Say("ask the disk driver to crash"u8, (long)Misbehave.Request("ramdisk"u8, Misbehaviour.NullDereference, afterRequests: 5));
                Say("sync, to reach the driver"u8, Posix.Sync());
            }

            Fill(Buffer, at);
            long n = Posix.Write((int)fd, Buffer.AsSpan(0, Math.Min(Chunk, size - at)));
            if (n < 0)
            {
                Say("write"u8, n);
                break;
            }

            written += n;
        }

        Say("written"u8, written);
        Say("sync"u8, Posix.Sync());
        ulong middle = Alarm.Uptime();
        Say("lseek to 0"u8, Posix.Seek((int)fd, 0, SeekFrom.Start));
        long same = 0;
        for (int at = 0; at < size; at += Chunk)
        {
            long n = Posix.Read((int)fd, Other.AsSpan(0, Math.Min(Chunk, size - at)));
            Fill(Buffer, at);
            if (n > 0 && Other.AsSpan(0, (int)n).SequenceEqual(Buffer.AsSpan(0, (int)n)))
                same += n;
        }

        ulong end = Alarm.Uptime();
        Say("bytes read back identical"u8, same);
        Say("fstat size"u8, Posix.FileStat((int)fd, out FileStatus stat) == 0 ? stat.SizeInBytes : -1);
        Say("close"u8, Posix.Close((int)fd));
        var line = new LogText(stackalloc byte[120]);
        line.Append("ticks to write "u8).Append((long)(middle - start)).Append(", to read "u8).Append((long)(end - middle));
        Log.Write(line.Text);
    }

    /// <summary>Mounts each extra disk (minors 1 to 3 of the disk driver: 2, 4 and 8 KiB blocks) on /mnt and writes and reads a file there.</summary>
    private static void BlockSizes()
    {
        Span<byte> special = stackalloc byte[16];
        "/dev/ram?"u8.CopyTo(special);
        for (int minor = 1; minor <= 3; minor++)
        {
            special[8] = (byte)('0' + minor);
            ReadOnlySpan<byte> name = special.Slice(0, 9);
            Posix.MakeNode(name, FileModeBits.BlockDevice | 0x1B6, DeviceNumber.Make(1, minor));
            Say("mount"u8, Posix.Mount(name, "/mnt"u8));
            Say("block size"u8, Posix.Stat("/mnt"u8, out FileStatus stat) == 0 ? stat.BlockSize : -1);
            Large("/mnt/file"u8, 1 << 20, crash: false);
            Say("umount"u8, Posix.Unmount("/mnt"u8));
        }
    }

    /// <summary>The disk util-linux's mkfs.minix made (minor 4): mounted, read, written, unmounted, mounted again.</summary>
    private static void Foreign()
    {
        Posix.MakeNode("/dev/ram4"u8, FileModeBits.BlockDevice | 0x1B6, DeviceNumber.Make(1, 4));
        Say("mount the mkfs.minix disk"u8, Posix.Mount("/dev/ram4"u8, "/mnt"u8));
        long fd = Posix.Open("/mnt/from-host"u8, OpenFlags.ReadOnly);
        long n = Posix.Read((int)fd, Buffer.AsSpan(0, 200));
        SayText("cat /mnt/from-host"u8, Buffer.AsSpan(0, (int)Math.Max(0, n - 1)));
        Posix.Close((int)fd);
        Say("mkdir /mnt/guest"u8, Posix.MakeDirectory("/mnt/guest"u8));
        fd = Posix.Open("/mnt/guest/from-guest"u8, OpenFlags.WriteOnly | OpenFlags.Create, 0x1A4);
        Say("write /mnt/guest/from-guest"u8, Posix.Write((int)fd, "written by MFS in the guest\n"u8));
        Posix.Close((int)fd);
        Say("umount"u8, Posix.Unmount("/mnt"u8));
        Say("mount again"u8, Posix.Mount("/dev/ram4"u8, "/mnt"u8));
        fd = Posix.Open("/mnt/guest/from-guest"u8, OpenFlags.ReadOnly);
        n = Posix.Read((int)fd, Buffer.AsSpan(0, 200));
        SayText("cat /mnt/guest/from-guest"u8, Buffer.AsSpan(0, (int)Math.Max(0, n - 1)));
        Posix.Close((int)fd);
        Say("umount"u8, Posix.Unmount("/mnt"u8));
    }

    /// <summary>The test pattern: byte i of the file is a hash of i.</summary>
    private static void Fill(byte[] buffer, int position)
    {
        for (int i = 0; i < buffer.Length; i++)
        {
            uint x = (uint)(position + i) * 2654435761u;
            buffer[i] = (byte)((x >> 24) ^ (x >> 11));
        }
    }

    private static void Say(ReadOnlySpan<byte> what, long result)
    {
        var line = new LogText(stackalloc byte[160]);
        line.Append(what).Append(" = "u8);
        if (result < 0)
            line.Append((Status)result);
        else
            line.Append(result);
        Log.Write(line.Text);
    }

    private static void SayText(ReadOnlySpan<byte> what, ReadOnlySpan<byte> text)
    {
        var line = new LogText(stackalloc byte[200]);
        line.Append(what).Append(" = "u8).Append(text);
        Log.Write(line.Text);
    }
}
