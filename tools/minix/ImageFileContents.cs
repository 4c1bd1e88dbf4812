using Minix.Posix.Abi;
using Minix.Servers.Mfs;

namespace Minix.Tool;

/// <summary>
/// A regular file's contents read out of a disk image whole, for <c>minix fs cat</c> and <c>get</c>: its size comes
/// from its inode, which a damaged image may say anything in, so a size no file of the file system can have, or
/// more than one array holds, is refused naming the image and the path rather than allocated.
/// </summary>
public static class ImageFileContents
{
    /// <summary>Reads the file <paramref name="path"/>.</summary>
    /// <param name="image">The opened image.</param>
    /// <param name="imageFile">The image's file name, for messages.</param>
    /// <param name="path">The file's path in the image.</param>
    /// <returns>Its bytes.</returns>
    /// <exception cref="DiskImageException">No such file, a directory, a damaged inode, or too large to copy out (the message names the image and the path).</exception>
    public static byte[] Read(DiskImage image, string imageFile, string path)
    {
        FileStatus stat = image.Stat(path);
        long size = stat.SizeInBytes;
        long limit = image.Volume.Super.FileSizeLimit;
        if ((stat.Mode & FileModeBits.TypeMask) == FileModeBits.Regular && (size < 0 || size > limit))
            throw new DiskImageException($"{imageFile}: {path}: its inode gives a size of {size} bytes, which no file of this file system has (0 to {limit}): the image is damaged");
        if (size > Array.MaxLength)
            throw new DiskImageException($"{imageFile}: {path}: {size} bytes is more than minix fs copies out ({Array.MaxLength})");
        return image.ReadFile(path);
    }
}
