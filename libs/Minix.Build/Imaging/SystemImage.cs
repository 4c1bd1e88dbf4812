using Minix.Build.Linking;

namespace Minix.Build.Imaging;

/// <summary>A built system image.</summary>
/// <param name="MultibootFile">The Multiboot kernel file (<c>qemu-system-x86_64 -kernel</c>).</param>
/// <param name="DiskFile">The raw BIOS disk image (<c>-drive format=raw</c>), or empty when the image is too large for the BIOS loader (32 MiB).</param>
/// <param name="Kernel">The linked kernel (segments and symbol map).</param>
/// <param name="Modules">Each module's name and linked image.</param>
public sealed record SystemImage(string MultibootFile, string DiskFile, LinkedImage Kernel, IReadOnlyList<(string Name, LinkedImage Image)> Modules);
