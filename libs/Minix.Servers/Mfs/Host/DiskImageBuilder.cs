using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Minix.Posix.Abi;

namespace Minix.Servers.Mfs;

/// <summary>
/// Builds a MINIX v3 disk image on the host from host files and folders (<c>minix mkfs</c>, and an image project's
/// root file system): everything is checked first, the image is made in memory, and the file is written only when
/// all of it worked, so a bad source never leaves a half-written image behind.
/// </summary>
public sealed class DiskImageBuilder
{
    private readonly List<Item> _items = new();

    /// <summary>Creates an empty builder; set its properties and add what goes in.</summary>
    public DiskImageBuilder()
    {
    }

    /// <summary>Bytes per block (1024 unless set).</summary>
    public int BlockSize { get; init; } = DiskFormat.MinBlockSize;

    /// <summary>The image's size in bytes; 0 picks one with room to spare for what goes in.</summary>
    public long Size { get; init; }

    /// <summary>Inodes; 0 for the default (one per 3 KiB), but never fewer than the entries that go in plus room to spare.</summary>
    public long Inodes { get; init; }

    /// <summary>The time stamped on everything (the host's clock if 0).</summary>
    public int Time { get; init; }

    /// <summary>Adds the contents of a host folder under <paramref name="imagePath"/>, recursively, with the files' permission bits.</summary>
    /// <param name="hostFolder">The folder.</param>
    /// <param name="imagePath">Where its contents go.</param>
    /// <exception cref="DiskImageException">The folder is missing, or holds something an image cannot (a link, a device, a name over 60 bytes).</exception>
    public void AddFolder(string hostFolder, string imagePath = "/")
    {
        if (!Directory.Exists(hostFolder))
            throw new DiskImageException($"{hostFolder}: no such folder");
        AddDirectory(imagePath);
        foreach (FileSystemInfo entry in new DirectoryInfo(hostFolder).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            string target = Join(imagePath, entry.Name);
            if (entry.LinkTarget is not null)
                throw new DiskImageException($"{entry.FullName}: symbolic links cannot go into a MINIX image (the file server has none)");
            if (entry is DirectoryInfo directory)
                AddFolder(directory.FullName, target);
            else if (entry is FileInfo file && (file.Attributes & FileAttributes.Device) == 0)
                AddFile(file.FullName, target, HostMode(file));
            else
                throw new DiskImageException($"{entry.FullName}: not a regular file or folder");
        }
    }

    /// <summary>Adds a host file as <paramref name="imagePath"/>.</summary>
    /// <param name="hostFile">The file.</param>
    /// <param name="imagePath">Its path in the image.</param>
    /// <param name="mode">Permission bits.</param>
    public void AddFile(string hostFile, string imagePath, int mode = 0x1A4)
    {
        if (!File.Exists(hostFile))
            throw new DiskImageException($"{hostFile}: no such file");
        long length = new FileInfo(hostFile).Length;
        if (length > DiskFormat.MaxFileSize)
            throw new DiskImageException($"{hostFile}: {length} bytes is more than a MINIX file can hold ({DiskFormat.MaxFileSize})");
        CheckPath(imagePath, hostFile);
        _items.Add(new Item(ItemKind.File, imagePath, hostFile, mode, false, 0, 0, length));
    }

    /// <summary>Adds a file with the given contents as <paramref name="imagePath"/>.</summary>
    /// <param name="contents">Its bytes.</param>
    /// <param name="imagePath">Its path in the image.</param>
    /// <param name="mode">Permission bits.</param>
    public void AddFile(byte[] contents, string imagePath, int mode = 0x1A4)
    {
        CheckPath(imagePath, imagePath);
        _items.Add(new Item(ItemKind.File, imagePath, null, mode, false, 0, 0, contents.Length) { Contents = contents });
    }

    /// <summary>Adds a directory (and its parents).</summary>
    /// <param name="imagePath">The directory.</param>
    /// <param name="mode">Permission bits.</param>
    public void AddDirectory(string imagePath, int mode = 0x1ED)
    {
        CheckPath(imagePath, imagePath);
        _items.Add(new Item(ItemKind.Directory, imagePath, null, mode, false, 0, 0, 0));
    }

    /// <summary>Adds a character or block special file.</summary>
    /// <param name="imagePath">Its path.</param>
    /// <param name="block">A block device (else a character device).</param>
    /// <param name="major">The major number.</param>
    /// <param name="minor">The minor number.</param>
    /// <param name="mode">Permission bits.</param>
    public void AddDevice(string imagePath, bool block, int major, int minor, int mode = 0x1B6)
    {
        CheckPath(imagePath, imagePath);
        _items.Add(new Item(ItemKind.Device, imagePath, null, mode, block, major, minor, 0));
    }

    /// <summary>Builds the image in memory.</summary>
    /// <returns>Its bytes.</returns>
    /// <exception cref="DiskImageException">It does not fit, or a source could not be read.</exception>
    public byte[] Build()
    {
        long size = Size > 0 ? Size : SuggestedSize();
        if (size > int.MaxValue)
            throw new DiskImageException($"an image of {size} bytes is too large to build in memory (2 GiB at most)");
        var bytes = new byte[size];
        long inodes = Inodes > 0 ? Inodes : Math.Max(size / 3072, _items.Count * 2 + 64);
        FileClock clock = Time != 0 ? new FixedClock(Time) : new HostClock();
        // A size the caller chose is named by its value, so a too-small one says which number to raise.
        string name = Size > 0 ? $"an image of {size} bytes" : "the image";
        DiskImage.Format(bytes, new FormatOptions { BlockSize = BlockSize, Inodes = inodes, Time = clock.Now() }, name);
        using var image = DiskImage.Open(bytes, name, writable: true, clock);
        foreach (Item item in _items)
        {
            try
            {
                switch (item.Kind)
                {
                    case ItemKind.Directory:
                        image.MakeDirectory(item.ImagePath, item.Mode);
                        break;
                    case ItemKind.File:
                        image.MakeDirectory(Parent(item.ImagePath));
                        image.WriteFile(item.ImagePath, item.Contents ?? File.ReadAllBytes(item.HostPath!), item.Mode);
                        break;
                    default:
                        image.MakeDirectory(Parent(item.ImagePath));
                        image.MakeDevice(item.ImagePath, item.Block, item.Major, item.Minor, item.Mode);
                        break;
                }
            }
            catch (DiskImageException e)
            {
                string what = item.HostPath ?? item.ImagePath;
                throw new DiskImageException($"{what}: {e.Message} (the image is {size} bytes with {inodes} inodes; give a larger --size or more --inodes)");
            }
        }

        return bytes;
    }

    /// <summary>
    /// Builds the image and writes it to <paramref name="path"/> whole or not at all: the bytes go to
    /// <c>PATH.partial</c>, which replaces the image once written; a failed write removes it and leaves the old image
    /// as it was. A path that cannot be an image file is refused, naming it, before anything is built.
    /// </summary>
    /// <param name="path">The image file.</param>
    /// <exception cref="DiskImageException">The path is a folder or in a missing folder, or the files do not fit.</exception>
    /// <exception cref="IOException">The write failed (nothing is left behind).</exception>
    /// <exception cref="UnauthorizedAccessException">The file or its folder may not be written (nothing is left behind).</exception>
    public void WriteTo(string path)
    {
        CheckImagePath(path);
        byte[] bytes = Build();
        string temporary = path + ".partial";
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>Checks that <paramref name="path"/> can name an image file to write.</summary>
    /// <param name="path">The image file.</param>
    /// <exception cref="DiskImageException">It is a folder, or its folder does not exist.</exception>
    public static void CheckImagePath(string path)
    {
        if (Directory.Exists(path))
            throw new DiskImageException($"{path}: a folder, not an image file (name the file to write)");
        string folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(folder))
            throw new DiskImageException($"{path}: no such folder {folder}");
    }

    /// <summary>Room for every file's blocks and index blocks, a block per directory and device, half as much again, and 256 KiB.</summary>
    public long SuggestedSize()
    {
        long blocks = 0;
        int perIndirect = DiskFormat.ZonesPerIndirect(BlockSize);
        foreach (Item item in _items)
        {
            long data = (item.Length + BlockSize - 1) / BlockSize;
            blocks += data + (data > DiskFormat.DirectZones ? 2 + (data / perIndirect) : 0) + 1;
        }

        long bytes = (blocks * BlockSize * 3 / 2) + (256 << 10);
        bytes = Math.Max(bytes, 1 << 20);
        return (bytes + (64 << 10) - 1) / (64 << 10) * (64 << 10);
    }

    private static void CheckPath(string imagePath, string source)
    {
        foreach (string part in imagePath.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            int length = Encoding.UTF8.GetByteCount(part);
            if (length > DiskFormat.NameLength)
                throw new DiskImageException($"{source}: the name '{part}' is {length} bytes; MINIX names hold at most {DiskFormat.NameLength}");
            if (part.Contains('\0'))
                throw new DiskImageException($"{source}: a name holds a NUL byte");
        }
    }

    private static int HostMode(FileInfo file)
    {
        if (OperatingSystem.IsWindows())
            return 0x1A4;
        return (int)file.UnixFileMode & 0xFFF;
    }

    private static string Join(string folder, string name) => folder.TrimEnd('/') + "/" + name;

    private static string Parent(string path)
    {
        string trimmed = path.TrimEnd('/');
        int slash = trimmed.LastIndexOf('/');
        return slash <= 0 ? "/" : trimmed.Substring(0, slash);
    }

    private enum ItemKind
    {
        File,
        Directory,
        Device,
    }

    private sealed record Item(ItemKind Kind, string ImagePath, string? HostPath, int Mode, bool Block, int Major, int Minor, long Length)
    {
        public byte[]? Contents { get; init; }
    }
}
