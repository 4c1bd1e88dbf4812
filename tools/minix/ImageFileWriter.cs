using Minix.Servers.Mfs;

namespace Minix.Tool;

/// <summary>
/// Writes a finished image file whole or not at all: the bytes go to <c>IMAGE.partial</c> beside it, which then
/// replaces the image; a write that fails (no room, no permission) removes the partial file and leaves the old image
/// as it was. A path that cannot be an image file is refused before anything is written, naming it.
/// </summary>
public static class ImageFileWriter
{
    /// <summary>Writes <paramref name="bytes"/> as the file <paramref name="path"/>, replacing it if it exists.</summary>
    /// <param name="path">The image file.</param>
    /// <param name="bytes">Its contents.</param>
    /// <exception cref="DiskImageException">The path is a folder, or its folder does not exist.</exception>
    /// <exception cref="IOException">The write failed (nothing is left behind).</exception>
    /// <exception cref="UnauthorizedAccessException">The file or its folder may not be written (nothing is left behind).</exception>
    public static void Write(string path, byte[] bytes)
    {
        Check(path);
        string partial = path + ".partial";
        try
        {
            File.WriteAllBytes(partial, bytes);
            File.Move(partial, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(partial);
            throw;
        }
    }

    /// <summary>Checks that <paramref name="path"/> can name an image file to write.</summary>
    /// <param name="path">The image file.</param>
    /// <exception cref="DiskImageException">It is a folder, or its folder does not exist.</exception>
    public static void Check(string path)
    {
        if (Directory.Exists(path))
            throw new DiskImageException($"{path}: a folder, not an image file (name the file to write)");
        string folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(folder))
            throw new DiskImageException($"{path}: no such folder {folder}");
    }
}
