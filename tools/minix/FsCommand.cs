using System.CommandLine;
using System.Globalization;
using System.Text;
using Minix.Posix.Abi;
using Minix.Servers.Mfs;

namespace Minix.Tool;

/// <summary><c>minix fs ls|cat|get IMAGE PATH</c>: look inside a MINIX v3 disk image from the host.</summary>
public static class FsCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var command = new Command("fs", "Look inside a MINIX v3 disk image: list a directory, print a file, copy files out.");
        command.Subcommands.Add(Sub("ls", "List a directory (or one file) as ls -l does.", (image, path, _) => List(image, path)));
        command.Subcommands.Add(Sub("cat", "Print a file's contents.", (image, path, _) =>
        {
            byte[] contents = image.ReadFile(path);
            try
            {
                // Text goes through Console.Out (so it follows redirection), anything else byte for byte.
                Console.Out.Write(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(contents));
            }
            catch (DecoderFallbackException)
            {
                Console.Out.Flush();
                using Stream output = Console.OpenStandardOutput();
                output.Write(contents);
            }

            return 0;
        }));
        command.Subcommands.Add(Sub("get", "Copy a file or a directory tree out of the image (into DESTINATION, default: its name in the current folder).", Get, withDestination: true));
        return command;
    }

    private static Command Sub(string name, string description, Func<DiskImage, string, string?, int> action, bool withDestination = false)
    {
        var image = new Argument<string>("IMAGE") { Description = "The disk image file." };
        var path = new Argument<string>("PATH") { Description = "A path in the image, e.g. /etc/rc." };
        var destination = new Argument<string?>("DESTINATION") { Description = "Where to put the copy.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command(name, description) { image, path };
        if (withDestination)
            command.Arguments.Add(destination);
        command.SetAction(parse =>
        {
            try
            {
                using var opened = DiskImage.Open(parse.GetValue(image)!, writable: false);
                return action(opened, parse.GetValue(path)!, withDestination ? parse.GetValue(destination) : null);
            }
            catch (Exception e) when (e is DiskImageException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"minix fs {name}: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    private static int List(DiskImage image, string path)
    {
        FileStatus stat = image.Stat(path);
        IEnumerable<DiskImageEntry> entries = (stat.Mode & FileModeBits.TypeMask) == FileModeBits.Directory
            ? image.List(path)
            : [new DiskImageEntry(path, (uint)stat.Inode, stat.Mode, stat.Links, stat.UserId, stat.GroupId, stat.SizeInBytes, (int)stat.ModifyTime, stat.SpecialDevice)];
        foreach (DiskImageEntry e in entries)
        {
            bool device = (e.Mode & FileModeBits.TypeMask) is FileModeBits.CharacterDevice or FileModeBits.BlockDevice;
            string size = device ? $"{DeviceNumber.Major(e.Device)}, {DeviceNumber.Minor(e.Device)}" : e.Size.ToString(CultureInfo.InvariantCulture);
            string time = DateTimeOffset.FromUnixTimeSeconds(e.ModifyTime).UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            Console.Out.WriteLine($"{ModeText(e.Mode)} {e.Links,3} {e.UserId,5} {e.GroupId,5} {size,10} {time} {e.Name}");
        }

        return 0;
    }

    private static int Get(DiskImage image, string path, string? destination)
    {
        string name = path.TrimEnd('/').Split('/').LastOrDefault(p => p.Length > 0) ?? "root";
        string target = destination ?? name;
        // A file copied to a folder goes into it, under its own name, as cp does.
        if (Directory.Exists(target) && (image.Stat(path).Mode & FileModeBits.TypeMask) == FileModeBits.Regular)
            target = Path.Combine(target, name);
        int copied = Copy(image, path, target);
        Console.Error.WriteLine($"minix fs get: {copied} file(s) copied to {target}");
        return 0;
    }

    private static int Copy(DiskImage image, string path, string target)
    {
        FileStatus stat = image.Stat(path);
        int type = stat.Mode & FileModeBits.TypeMask;
        if (type == FileModeBits.Regular)
        {
            File.WriteAllBytes(target, image.ReadFile(path));
            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(target, (UnixFileMode)(stat.Mode & 0x1FF));
            return 1;
        }

        if (type != FileModeBits.Directory)
        {
            Console.Error.WriteLine($"minix fs get: {path}: a special file, not copied");
            return 0;
        }

        if (File.Exists(target))
            throw new DiskImageException($"{target}: a file is in the way of the directory {path}");
        Directory.CreateDirectory(target);
        int copied = 0;
        foreach (DiskImageEntry entry in image.List(path))
        {
            if (entry.Name is "." or "..")
                continue;
            copied += Copy(image, path.TrimEnd('/') + "/" + entry.Name, Path.Combine(target, entry.Name));
        }

        return copied;
    }

    /// <summary>The mode as ls shows it: the type letter, then rwx three times.</summary>
    /// <param name="mode">The mode.</param>
    /// <returns>E.g. <c>drwxr-xr-x</c>.</returns>
    public static string ModeText(int mode)
    {
        var text = new StringBuilder(10);
        text.Append((mode & FileModeBits.TypeMask) switch
        {
            FileModeBits.Directory => 'd',
            FileModeBits.CharacterDevice => 'c',
            FileModeBits.BlockDevice => 'b',
            FileModeBits.Fifo => 'p',
            FileModeBits.SymbolicLink => 'l',
            _ => '-',
        });
        const string letters = "rwxrwxrwx";
        for (int i = 0; i < 9; i++)
            text.Append((mode & (0x100 >> i)) != 0 ? letters[i] : '-');
        return text.ToString();
    }
}
