using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Minix.Servers.Mfs;

namespace Minix.Tool;

/// <summary><c>minix mkfs [--block-size N] [--size SIZE] [--inodes N] SOURCE-FOLDER IMAGE</c>: a MINIX v3 disk image holding a folder.</summary>
public static class MkfsCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var blockSize = new Option<int>("--block-size")
        {
            Description = "Bytes per block: 1024 (the default, what util-linux reads), 2048, 4096, 8192 ... 32768.",
            DefaultValueFactory = _ => 1024,
            CustomParser = ParseBlockSize,
        };
        var size = new Option<string?>("--size") { Description = "The image's size: bytes, or with K, M or G (e.g. 16M). Default: what the folder needs, half as much again, and 256 KiB." };
        var inodes = new Option<int>("--inodes")
        {
            Description = "How many inodes (files, directories and devices) the file system has room for. Default: one per 3 KiB.",
            DefaultValueFactory = _ => 0,
            CustomParser = result => ToolOptions.AtLeastOne(result, "--inodes", "inodes"),
        };
        var source = new Argument<string>("SOURCE-FOLDER") { Description = "The folder whose contents become the file system (files keep their permission bits; owner root)." };
        var image = new Argument<string>("IMAGE") { Description = "The image file to write (replaced if it exists)." };
        var command = new Command("mkfs", "Make a MINIX v3 file system image from a folder, on any OS.") { blockSize, size, inodes, source, image };
        command.SetAction(parse =>
        {
            string imagePath = parse.GetValue(image)!;
            try
            {
                var builder = new DiskImageBuilder
                {
                    BlockSize = parse.GetValue(blockSize),
                    Size = ParseSize(parse.GetValue(size)),
                    Inodes = parse.GetValue(inodes),
                };
                DiskImageBuilder.CheckImagePath(imagePath);
                builder.AddFolder(parse.GetValue(source)!);
                builder.WriteTo(imagePath);
                using var made = DiskImage.Open(imagePath, writable: false);
                ref readonly SuperBlock super = ref made.Volume.Super;
                Console.Out.WriteLine($"{imagePath}: {(long)super.Zones * super.BlockSize} bytes, {super.BlockSize}-byte blocks, {super.Zones} zones, {super.Inodes} inodes, first data zone {super.FirstDataZone}");
                return 0;
            }
            catch (Exception e) when (e is DiskImageException or IOException or UnauthorizedAccessException or FormatException)
            {
                Console.Error.WriteLine($"minix mkfs: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    /// <summary>Parses a size: a number of bytes, or a number followed by K, M or G (powers of 1024).</summary>
    /// <param name="text">The size, or null for 0.</param>
    /// <returns>Bytes.</returns>
    /// <exception cref="FormatException">Not a size.</exception>
    public static long ParseSize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return 0;
        string t = text.Trim().ToUpperInvariant();
        long unit = t[^1] switch { 'K' => 1L << 10, 'M' => 1L << 20, 'G' => 1L << 30, _ => 1 };
        if (unit != 1)
            t = t[..^1];
        if (!long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out long number) || number <= 0)
            throw new FormatException($"--size {text}: expected bytes, or a number with K, M or G");
        if (number > long.MaxValue / unit)
            throw new FormatException($"--size {text}: too large");
        return number * unit;
    }

    private static int ParseBlockSize(ArgumentResult result)
    {
        string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int bytes) && DiskFormat.IsSupportedBlockSize(bytes))
            return bytes;
        result.AddError($"--block-size {text}: give a power of two from {DiskFormat.MinBlockSize} to {DiskFormat.MaxBlockSize}");
        return DiskFormat.MinBlockSize;
    }
}
