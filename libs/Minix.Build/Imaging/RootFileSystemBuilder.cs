using Minix.Build.Elf;
using Minix.Build.Linking;
using Minix.Build.Pipeline;
using Minix.Servers.Mfs;
using Minix.Servers.Vfs;

namespace Minix.Build.Imaging;

/// <summary>
/// Builds an image's root file system with the file server's own code: /bin holds the image's user programs as ELF
/// executables, /etc and the rest the host files the project lists, /dev the standard special files
/// (<see cref="DeviceTable"/>), /tmp is world-writable, and /mnt is there to mount on.
/// </summary>
public static class RootFileSystemBuilder
{
    /// <summary>Builds the root image.</summary>
    /// <param name="spec">What the project asked for.</param>
    /// <param name="programs">The image's user programs, by name, linked.</param>
    /// <returns>The image's bytes.</returns>
    /// <exception cref="ToolchainException">A file is missing or does not fit (the message names it).</exception>
    public static byte[] Build(RootFileSystemSpec spec, IEnumerable<(string Name, LinkedImage Image)> programs)
    {
        var builder = new DiskImageBuilder { BlockSize = spec.BlockSize, Size = spec.Size, Inodes = spec.Inodes };
        try
        {
            builder.AddDirectory("/bin");
            builder.AddDirectory("/etc");
            builder.AddDirectory("/dev");
            builder.AddDirectory("/mnt");
            builder.AddDirectory("/tmp", 0x3FF); // 01777: sticky and world-writable
            foreach (var (name, image) in programs)
                builder.AddFile(ElfExecutableWriter.Write(image), "/bin/" + name, 0x1ED);
            foreach (RootFile file in spec.Files)
                builder.AddFile(file.Source, file.Path, file.Mode);
            foreach (var (name, block, major, minor) in DeviceTable.StandardNodes)
                builder.AddDevice("/dev/" + name, block, major, minor);
            return builder.Build();
        }
        catch (DiskImageException e)
        {
            throw new ToolchainException("image", "the root file system: " + e.Message);
        }
    }
}
