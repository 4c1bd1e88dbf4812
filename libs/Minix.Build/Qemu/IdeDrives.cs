using System.Collections.Generic;
using System.IO;

namespace Minix.Build.Qemu;

/// <summary>
/// Raw disk images attached to the guest as IDE disks, in order: the first on the primary channel's master
/// (/dev/c0d0 for the ATA driver), then its slave (c0d1), the secondary master (c1d0) and slave (c1d1). A boot from
/// the raw BIOS disk takes the first position itself, and the images follow it. Each file is checked before QEMU
/// starts, so a mistake is reported with the file's name rather than as QEMU's failure.
/// </summary>
public static class IdeDrives
{
    /// <summary>IDE positions on the PC's two channels.</summary>
    public const int Positions = 4;

    /// <summary>The QEMU arguments that attach <paramref name="files"/> (<c>-drive file=...,format=raw,if=ide,index=N</c>).</summary>
    /// <param name="files">Raw disk images, in the order they become disks.</param>
    /// <param name="bootDiskFirst">Whether the boot disk already takes index 0.</param>
    /// <returns>The arguments (none for no files).</returns>
    /// <exception cref="IdeDriveException">A file is missing, is not a regular file, cannot be read or written, or there are more than fit.</exception>
    public static IReadOnlyList<string> Arguments(IReadOnlyList<string> files, bool bootDiskFirst)
    {
        var arguments = new List<string>();
        int first = bootDiskFirst ? 1 : 0;
        for (int i = 0; i < files.Count; i++)
        {
            string file = files[i];
            if (first + i >= Positions)
            {
                throw new IdeDriveException(file, $"too many drives: the IDE channels take {Positions} disks" +
                    (bootDiskFirst ? " and the boot disk takes the first" : "") + $", so '{file}' (drive {i + 1}) has no place");
            }

            Check(file);
            // QEMU's option syntax doubles a comma inside a value.
            arguments.Add("-drive");
            arguments.Add($"file={Path.GetFullPath(file).Replace(",", ",,")},format=raw,if=ide,index={first + i}");
        }

        return arguments;
    }

    /// <summary>Checks that <paramref name="file"/> can be a guest's disk: an existing regular file the user may read and write.</summary>
    /// <param name="file">The file.</param>
    /// <exception cref="IdeDriveException">It cannot, and why.</exception>
    public static void Check(string file)
    {
        if (string.IsNullOrWhiteSpace(file))
            throw new IdeDriveException(file, "a drive needs a file name");
        if (Directory.Exists(file))
            throw new IdeDriveException(file, $"'{file}' is a directory, not a disk image");
        if (!File.Exists(file))
            throw new IdeDriveException(file, $"'{file}' does not exist (make an empty disk with e.g. `truncate -s 64M {file}`)");
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
            if (stream.Length == 0)
                throw new IdeDriveException(file, $"'{file}' is empty: a disk needs at least one 512-byte sector");
        }
        catch (UnauthorizedAccessException e)
        {
            throw new IdeDriveException(file, $"'{file}' cannot be read and written: {e.Message}");
        }
        catch (IOException e)
        {
            throw new IdeDriveException(file, $"'{file}' cannot be opened: {e.Message}");
        }
    }
}

/// <summary>A disk image cannot be attached; the message names the file and why.</summary>
public sealed class IdeDriveException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="file">The file at fault.</param>
    /// <param name="message">What is wrong, naming the file.</param>
    public IdeDriveException(string file, string message)
        : base(message)
    {
        File = file;
    }

    /// <summary>The file at fault.</summary>
    public string File { get; }
}
