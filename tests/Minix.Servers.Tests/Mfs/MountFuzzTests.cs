using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using Minix.Ipc;
using Minix.Posix.Abi;
using Minix.Servers.Mfs;
using Xunit.Abstractions;

namespace Minix.Servers.Tests.Mfs;

/// <summary>
/// Mount, lookup and a little writing on 10,000 mutated images: the file server's code must answer every one with a
/// status, never an exception, and quickly.
/// </summary>
public class MountFuzzTests(ITestOutputHelper output)
{
    private const int Images = 10_000;
    private const int DiskBytes = 192 << 10;

    [Fact]
    public void Ten_thousand_mutated_images_are_mounted_walked_read_and_written_without_a_crash_or_a_hang()
    {
        byte[] pristine = BaseImage();
        var cache = new BufferCache(256 << 10);
        var inodes = new InodeTable(64);
        var disk = new byte[DiskBytes];
        var memory = new ArrayMemory(new byte[4096]);
        var outcomes = new Dictionary<Status, int>();
        int current = -1;
        long slowest = 0;
        Exception? crash = null;

        var worker = new Thread(() =>
        {
            try
            {
                for (current = 0; current < Images; current++)
                {
                    long start = Stopwatch.GetTimestamp();
                    pristine.CopyTo(disk, 0);
                    Mutate(disk, new Random(current));
                    var volume = new Volume(cache, inodes, new FixedClock(0));
                    Status status = volume.Mount(new MemoryDisk(disk), readOnly: false);
                    if (status == Status.Ok)
                    {
                        status = Walk(volume, DiskFormat.RootInode, 0, memory);
                        Status changed = Change(volume, memory);
                        volume.Unmount();
                        if (status == Status.Ok)
                            status = changed;
                    }

                    outcomes[status] = outcomes.GetValueOrDefault(status) + 1;
                    slowest = Math.Max(slowest, Stopwatch.GetTimestamp() - start);
                }
            }
            catch (Exception e)
            {
                crash = e;
            }
        }, 16 << 20);
        worker.Start();
        bool finished = worker.Join(TimeSpan.FromMinutes(4));
        Assert.True(finished, $"image {current} (seed {current}) did not finish: a hang");
        Assert.True(crash is null, $"image {current} (seed {current}) crashed the file-system code: {crash}");
        output.WriteLine(string.Join(", ", outcomes.OrderByDescending(o => o.Value).Select(o => $"{StatusInfo.Name(o.Key)} {o.Value}")));
        output.WriteLine($"slowest image: {Stopwatch.GetElapsedTime(0, slowest).TotalMilliseconds:F1} ms");
        Assert.True(outcomes.GetValueOrDefault(Status.Ok) > Images / 10, "too few mutated images mounted to exercise lookup");
        Assert.True(Stopwatch.GetElapsedTime(0, slowest) < TimeSpan.FromSeconds(2), "one image took over 2 s");
    }

    /// <summary>Lists every directory and reads every file (the first 4 KiB), to a depth of 6.</summary>
    private static Status Walk(Volume volume, uint directory, int depth, ArrayMemory memory)
    {
        Status first = Status.Ok;
        long position = 0;
        for (int rounds = 0; rounds < 64; rounds++)
        {
            Status status = volume.ReadDirectory(directory, position, 512, memory, out int filled, out long next);
            if (status != Status.Ok)
                return status;
            if (filled == 0)
                break;
            var names = new List<byte[]>();
            for (int at = 0; at + DirectoryEntryLayout.NameOffset < filled;)
            {
                int length = BitConverter.ToUInt16(memory.Bytes, at + DirectoryEntryLayout.LengthOffset);
                var name = memory.Bytes.AsSpan(at + DirectoryEntryLayout.NameOffset);
                names.Add(name.Slice(0, name.IndexOf((byte)0)).ToArray());
                at += Math.Max(length, 8);
            }

            foreach (byte[] name in names)
            {
                if (name.AsSpan().SequenceEqual("."u8) || name.AsSpan().SequenceEqual(".."u8))
                    continue;
                Status found = volume.Lookup(directory, name, out uint inode);
                if (found != Status.Ok)
                {
                    first = first == Status.Ok ? found : first;
                    continue;
                }

                if (volume.GetInode(inode, out int slot) == Status.Ok)
                {
                    bool isDirectory = volume.Node(slot).IsDirectory;
                    Status read = isDirectory ? (depth < 6 ? Walk(volume, inode, depth + 1, memory) : Status.Ok) : volume.Read(slot, 0, 4096, memory, out _);
                    first = first == Status.Ok ? read : first;
                    volume.Stat(inode, 0, out _);
                    volume.PutInode(inode);
                }

                volume.PutInode(inode);
            }

            position = next;
        }

        return first;
    }

    /// <summary>Creates, writes, renames and removes a file and a directory.</summary>
    private static Status Change(Volume volume, ArrayMemory memory)
    {
        Status status = volume.MakeDirectory(1, "new"u8, 0x1ED, 0, 0, out uint dir);
        if (status != Status.Ok)
            return status;
        status = volume.Create(dir, "f"u8, 0x1A4, 0, 0, 0, out uint file);
        if (status != Status.Ok)
            return status;
        if (volume.GetInode(file, out int slot) == Status.Ok)
        {
            status = volume.Write(slot, 0, 4096, memory, out _);
            volume.Truncate(slot, 100);
            volume.PutInode(file);
        }

        volume.PutInode(file);
        volume.Rename(dir, "f"u8, 1, "g"u8);
        volume.Unlink(1, "g"u8);
        volume.RemoveDirectory(1, "new"u8);
        return status;
    }

    private static byte[] BaseImage()
    {
        var disk = new byte[DiskBytes];
        DiskImage.Format(disk, new FormatOptions { BlockSize = 1024, Inodes = 64 }, "fuzz base");
        using (var image = DiskImage.Open(disk, "fuzz base", writable: true, new FixedClock(1)))
        {
            image.MakeDirectory("/bin");
            image.MakeDirectory("/etc/rc.d/deep/deeper");
            image.WriteFile("/etc/passwd", Encoding.UTF8.GetBytes("root:x:0:0::/:/bin/sh\n"));
            image.WriteFile("/bin/big", VolumeTests.Pattern(300 << 10 >> 3, 9)); // indirect zones
            image.WriteFile("/etc/rc.d/deep/deeper/f", new byte[9000]);
            for (int i = 0; i < 20; i++)
                image.WriteFile("/bin/p" + i, new byte[i * 100]);
            image.MakeDevice("/tty", block: false, major: 4, minor: 0);
        }

        return disk;
    }

    /// <summary>One to eight mutations, mostly in the superblock, bitmaps and inode table (the first 12 KiB) and the first data blocks: bit flips, interesting 32-bit values, copied ranges.</summary>
    private static void Mutate(byte[] disk, Random random)
    {
        int metadataEnd = 64 << 10;
        uint[] interesting = [0, 1, 2, 7, 63, 64, 255, 256, 1023, 1024, 0x7FFF, 0xFFFF, 0x10000, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 0xFFFFFFC0];
        int count = 1 + random.Next(8);
        for (int i = 0; i < count; i++)
        {
            int at = random.Next(4) == 0 ? random.Next(disk.Length - 4) : random.Next(2) == 0 ? random.Next(12 << 10) : random.Next(metadataEnd - 4);
            switch (random.Next(4))
            {
                case 0:
                    disk[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    MemoryMarshal.Write(disk.AsSpan(at & ~3), interesting[random.Next(interesting.Length)]);
                    break;
                case 2:
                    disk[at] = (byte)random.Next(256);
                    break;
                default:
                    int from = random.Next(metadataEnd - 64);
                    disk.AsSpan(from, 64).CopyTo(disk.AsSpan(Math.Min(at, disk.Length - 64)));
                    break;
            }
        }
    }
}
