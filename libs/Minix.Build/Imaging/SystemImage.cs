using Minix.Build.Linking;

namespace Minix.Build.Imaging;

/// <summary>A built system image.</summary>
public sealed class SystemImage
{
    private readonly Lazy<(LinkedImage Kernel, IReadOnlyList<(string Name, LinkedImage Image)> Modules)> _linked;

    /// <summary>A system image just linked.</summary>
    /// <param name="multibootFile">The Multiboot kernel file (<c>qemu-system-x86_64 -kernel</c>).</param>
    /// <param name="diskFile">The raw BIOS disk image (<c>-drive format=raw</c>), or empty when the image is too large for the BIOS loader (32 MiB).</param>
    /// <param name="kernel">The linked kernel (segments and symbol map).</param>
    /// <param name="modules">Each module's name and linked image.</param>
    public SystemImage(string multibootFile, string diskFile, LinkedImage kernel, IReadOnlyList<(string Name, LinkedImage Image)> modules)
    {
        MultibootFile = multibootFile;
        DiskFile = diskFile;
        _linked = new(() => (kernel, modules));
        _ = _linked.Value;
        Linked = true;
    }

    /// <summary>A system image whose files a build found up to date: its linked images are made again only if asked for.</summary>
    internal SystemImage(string multibootFile, string diskFile, Func<(LinkedImage Kernel, IReadOnlyList<(string Name, LinkedImage Image)> Modules)> link)
    {
        MultibootFile = multibootFile;
        DiskFile = diskFile;
        _linked = new(link);
    }

    /// <summary>The Multiboot kernel file (<c>qemu-system-x86_64 -kernel</c>).</summary>
    public string MultibootFile { get; }

    /// <summary>The raw BIOS disk image (<c>-drive format=raw</c>), or empty when the image is too large for the BIOS loader (32 MiB).</summary>
    public string DiskFile { get; }

    /// <summary>The linked kernel (segments and symbol map).</summary>
    public LinkedImage Kernel => _linked.Value.Kernel;

    /// <summary>Each module's name and linked image.</summary>
    public IReadOnlyList<(string Name, LinkedImage Image)> Modules => _linked.Value.Modules;

    /// <summary>
    /// Whether the build linked the image and wrote its files; false when nothing it is made from had changed since
    /// the last build, which left the files as they are.
    /// </summary>
    public bool Linked { get; }
}
