using System.Collections.Generic;
using Minix.Kernel.Boot;

namespace Minix.Build.Boot;

/// <summary>
/// Writes the two forms of a bootable image: a Multiboot kernel file for <c>qemu-system-x86_64 -kernel</c> (or any
/// Multiboot loader), and a raw BIOS disk image (our boot sector and loader, then the same bytes) for
/// <c>-drive format=raw</c>. Both put the trampoline at 1 MiB, the kernel's segments behind it, and the boot archive
/// after the kernel.
/// </summary>
public static class BootImageWriter
{
    /// <summary>Lays out the image bytes as they must sit in memory from <see cref="MemoryLayout.ImagePhysical"/>.</summary>
    /// <param name="kernel">The kernel's segments (linked at <see cref="MemoryLayout.KernelVirtualOffset"/> + physical).</param>
    /// <param name="kernelEntry">Virtual address of the kernel's 64-bit entry.</param>
    /// <param name="archive">The boot archive.</param>
    /// <returns>The Multiboot kernel file.</returns>
    /// <exception cref="ArgumentException">A segment lies outside the kernel's physical window.</exception>
    public static byte[] Multiboot(IReadOnlyList<ImageSegment> kernel, ulong kernelEntry, byte[] archive)
    {
        ulong archiveAt = ArchivePhysical(kernel);
        ulong loadEnd = archiveAt + (ulong)archive.Length;
        var image = new byte[loadEnd - MemoryLayout.ImagePhysical];
        LongModeTrampoline.Build(loadEnd, loadEnd, kernelEntry, archiveAt).CopyTo(image, 0);
        foreach (ImageSegment segment in kernel)
            segment.Bytes.CopyTo(image, (int)(Physical(segment.VirtualAddress) - MemoryLayout.ImagePhysical));
        archive.CopyTo(image, (int)(archiveAt - MemoryLayout.ImagePhysical));
        return image;
    }

    /// <summary>
    /// The physical address both loaders put the boot archive at, behind the kernel: what an image builder adds to an
    /// archive offset to learn where a boot data module will sit in memory.
    /// </summary>
    /// <param name="kernel">The kernel's segments.</param>
    /// <returns>The archive's physical address (page-aligned).</returns>
    /// <exception cref="ArgumentException">A segment lies outside the kernel's physical window.</exception>
    public static ulong ArchivePhysical(IReadOnlyList<ImageSegment> kernel)
    {
        ulong end = MemoryLayout.KernelPhysical;
        foreach (ImageSegment segment in kernel)
        {
            ulong physical = Physical(segment.VirtualAddress);
            if (physical < MemoryLayout.KernelPhysical || segment.MemorySize < (ulong)segment.Bytes.Length)
                throw new ArgumentException($"kernel segment at 0x{segment.VirtualAddress:x} is not inside the kernel's window (physical 0x{MemoryLayout.KernelPhysical:x} up)", nameof(kernel));
            end = Math.Max(end, physical + segment.MemorySize);
        }

        return Align(end, MemoryLayout.PageSize);
    }

    /// <summary>Wraps a Multiboot image into a raw BIOS disk image.</summary>
    /// <param name="multiboot">The output of <see cref="Multiboot"/>.</param>
    /// <param name="commandLine">The command line the loader hands to the kernel.</param>
    /// <returns>The disk image, a whole number of sectors.</returns>
    public static byte[] BiosDisk(byte[] multiboot, string commandLine)
    {
        int sectors = (multiboot.Length + 511) / 512;
        var disk = new byte[(BiosLoader.ImageLba + sectors) * 512];
        BiosLoader.BootSectorCode().CopyTo(disk, 0);
        // Like a Multiboot loader, ours puts the kernel's name first: the kernel skips the first word.
        BiosLoader.LoaderCode(sectors, "minix.img " + commandLine).CopyTo(disk, 512);
        multiboot.CopyTo(disk, BiosLoader.ImageLba * 512);
        return disk;
    }

    private static ulong Physical(ulong virtualAddress) => virtualAddress - MemoryLayout.KernelVirtualOffset;

    private static ulong Align(ulong value, ulong alignment) => (value + alignment - 1) & ~(alignment - 1);
}
