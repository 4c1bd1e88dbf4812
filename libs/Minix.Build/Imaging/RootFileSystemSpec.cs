namespace Minix.Build.Imaging;

/// <summary>A file the root file system gets from the host.</summary>
/// <param name="Source">The host file.</param>
/// <param name="Path">Its path in the image, e.g. <c>/etc/rc</c>.</param>
/// <param name="Mode">Its permission bits.</param>
public sealed record RootFile(string Source, string Path, int Mode);

/// <summary>
/// The root file system an image project asks for (<c>MinixRootFileSystem</c>): a MINIX v3 image built on the host
/// and carried as the boot data module <see cref="ModuleName"/>, which the RAM disk serves as the root device.
/// </summary>
public sealed class RootFileSystemSpec
{
    /// <summary>The boot data module's name (system.conf grants it to the RAM disk with <c>mem root;</c>).</summary>
    public const string ModuleName = "root";

    /// <summary>Creates the description; set its properties.</summary>
    public RootFileSystemSpec()
    {
    }

    /// <summary>Bytes per block (<c>MinixRootBlockSize</c>, default 1024).</summary>
    public int BlockSize { get; init; } = 1024;

    /// <summary>The image's size in bytes (<c>MinixRootSize</c>; 0 picks one with room to spare).</summary>
    public long Size { get; init; }

    /// <summary>Inodes (<c>MinixRootInodes</c>; 0 for the default).</summary>
    public long Inodes { get; init; }

    /// <summary>Files from the host (<c>MinixEtcFile</c> items go to /etc, <c>MinixRootFile</c> items where their <c>Path</c> says).</summary>
    public IReadOnlyList<RootFile> Files { get; init; } = Array.Empty<RootFile>();
}
