using Minix.Build.Elf;

namespace Minix.Build.Linking;

/// <summary>
/// Everything one link needs: ELF objects from ILC, Iced code and data blobs (stubs, runtime helpers, arch code),
/// where the image goes and where it starts. Build one per image: the kernel (high address, arch code) or a boot
/// process (fixed user address).
/// </summary>
public sealed class LinkRequest
{
    /// <summary>Creates an empty request; set its properties.</summary>
    public LinkRequest()
    {
    }

    /// <summary>The virtual address of the first segment (page aligned), e.g. 0xFFFFFFFF80100000 for the kernel
    /// or 0x400000 for a process.</summary>
    public required ulong BaseAddress { get; init; }

    /// <summary>The symbol execution starts at.</summary>
    public required string EntrySymbol { get; init; }

    /// <summary>The objects to link.</summary>
    public IList<ElfObject> Objects { get; init; } = new List<ElfObject>();

    /// <summary>Code assembled with Iced: stubs and arch code. Only referenced (or kept) blobs are placed.</summary>
    public IList<CodeBlob> Code { get; init; } = new List<CodeBlob>();

    /// <summary>Data and zero-filled regions. Only referenced (or kept) blobs are placed.</summary>
    public IList<DataBlob> Data { get; init; } = new List<DataBlob>();

    /// <summary>
    /// When set, the linker builds an unwind table (see <see cref="Unwinding.UnwindTableWriter"/>) from the objects'
    /// <c>.eh_frame</c> and the leaf code blobs, and places it read-only under this symbol: what a runtime with
    /// catchable exceptions walks the stack with. Null (the default) leaves the call-frame information out.
    /// </summary>
    public string? UnwindTableSymbol { get; set; }

    /// <summary>Segment alignment (4096: each segment gets its own pages and permissions).</summary>
    public ulong PageSize { get; init; } = 4096;

    /// <summary>Sections dropped from every object: unwind tables nothing at run time reads, and thread-local
    /// templates (the image has no TLS; a reference into one is an error).</summary>
    public ISet<string> DroppedSections { get; init; } =
        new HashSet<string>(StringComparer.Ordinal) { ".eh_frame", ".tdata", ".tbss", ".comment", ".note.GNU-stack" };
}
