using Minix.Build.Elf;
using Minix.Build.Linking;
using Minix.Kernel.Arch;
using Minix.Kernel.Boot;

namespace Minix.Build.Imaging;

/// <summary>Links the kernel's object with its arch code (the kernel's own Iced pieces) at its high address.</summary>
public static class KernelImageLinker
{
    /// <summary>Links.</summary>
    /// <param name="kernelObject">ILC's object of the kernel project.</param>
    /// <returns>The linked kernel.</returns>
    public static LinkedImage Link(string kernelObject)
    {
        var request = new LinkRequest { BaseAddress = MemoryLayout.KernelVirtualOffset + MemoryLayout.KernelPhysical, EntrySymbol = KernelEntryCode.Entry };
        request.Objects.Add(ElfObjectReader.Read(kernelObject));
        foreach (ArchPiece piece in KernelEntryCode.Code())
            request.Code.Add(new CodeBlob(piece.Symbol, piece.Description, (a, s) => piece.Emit(a, s.AddressOf), Keep: true));
        foreach (ArchData data in KernelEntryCode.Data())
            request.Data.Add(new DataBlob(data.Symbol, data.Description, data.Size, Keep: true) { Alignment = 4096 });
        ImageTarget.Kernel(KernelEntryCode.Entry).Apply(request);
        return ImageLinker.Link(request);
    }
}
