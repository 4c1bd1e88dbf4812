namespace Minix.Kernel.Arch;

/// <summary>Bits of an x86-64 page-table entry.</summary>
[Flags, KernelInternal]
public enum PageFlags : ulong
{
    /// <summary>No access: not mapped.</summary>
    None = 0,

    /// <summary>Mapped.</summary>
    Present = 1,

    /// <summary>Writable.</summary>
    Writable = 2,

    /// <summary>Reachable from ring 3.</summary>
    User = 4,

    /// <summary>A 2 MiB page (in a page directory).</summary>
    Large = 0x80,

    /// <summary>A bit the hardware ignores: the frame belongs to this address space and is freed with it (device memory and boot modules mapped in are not).</summary>
    Owned = 0x200,

    /// <summary>Not executable.</summary>
    NoExecute = 1UL << 63,
}

/// <summary>
/// Builds 4-level page tables in physical memory: one root per address space, the kernel's half (the top 256 root
/// entries) shared by all of them and reachable only from ring 0, each process's half private.
/// </summary>
/// <param name="memory">The window onto physical memory the tables are built in.</param>
/// <param name="frames">Where table pages (and the frames of <see cref="MapNew"/>) come from.</param>
[KernelInternal]
public sealed class PageTable(PhysicalMemory memory, FrameAllocator frames)
{
    private const ulong AddressMask = 0x000F_FFFF_FFFF_F000;
    private const ulong Page = 4096;

    /// <summary>Makes a new root whose kernel half copies <paramref name="kernelRoot"/>'s.</summary>
    /// <param name="kernelRoot">The kernel's root (0: leave the kernel half empty).</param>
    /// <param name="root">The new root's physical address.</param>
    /// <returns>False if out of memory.</returns>
    public bool CreateRoot(ulong kernelRoot, out ulong root)
    {
        if (!NewTable(out root))
            return false;
        if (kernelRoot != 0)
            memory.Bytes(kernelRoot + 256 * 8, 256 * 8).CopyTo(memory.Bytes(root + 256 * 8, 256 * 8));
        return true;
    }

    /// <summary>Maps one 4 KiB page.</summary>
    /// <param name="root">The address space's root.</param>
    /// <param name="virtualAddress">The page's virtual address.</param>
    /// <param name="physicalAddress">The frame.</param>
    /// <param name="flags">Access bits (Present is added).</param>
    /// <returns>False if out of memory for a table page.</returns>
    public bool Map(ulong root, ulong virtualAddress, ulong physicalAddress, PageFlags flags)
    {
        ulong table = root;
        // Intermediate entries allow everything; the leaf decides.
        const ulong Through = (ulong)(PageFlags.Present | PageFlags.Writable | PageFlags.User);
        for (int level = 3; level > 0; level--)
        {
            ref ulong entry = ref Entry(table, Index(virtualAddress, level));
            if ((entry & (ulong)PageFlags.Present) == 0)
            {
                if (!NewTable(out ulong next))
                    return false;
                entry = next | Through;
            }

            table = entry & AddressMask;
        }

        Entry(table, Index(virtualAddress, 0)) = (physicalAddress & AddressMask) | (ulong)(flags | PageFlags.Present);
        return true;
    }

    /// <summary>The physical address and flags a virtual address maps to, by walking the tables.</summary>
    /// <param name="root">The root.</param>
    /// <param name="virtualAddress">The address.</param>
    /// <param name="physicalAddress">Its physical address.</param>
    /// <param name="flags">The leaf's flags.</param>
    /// <returns>False if not mapped.</returns>
    public bool Translate(ulong root, ulong virtualAddress, out ulong physicalAddress, out PageFlags flags)
    {
        physicalAddress = 0;
        flags = PageFlags.None;
        ulong table = root;
        for (int level = 3; level >= 0; level--)
        {
            ulong entry = memory.ReadEntry(table + ((ulong)Index(virtualAddress, level) * sizeof(ulong)));
            if ((entry & (ulong)PageFlags.Present) == 0)
                return false;
            // The leaf: a 4 KiB page, or a 2 MiB one in a page directory.
            ulong offsetMask = level == 0 ? Page - 1 : level == 1 && (entry & (ulong)PageFlags.Large) != 0 ? 0x1FFFFFUL : 0;
            if (offsetMask != 0)
            {
                physicalAddress = (entry & AddressMask & ~offsetMask) + (virtualAddress & offsetMask);
                flags = (PageFlags)(entry & ~AddressMask);
                return true;
            }

            table = entry & AddressMask;
        }

        return false;
    }

    /// <summary>Maps a fresh zeroed frame the address space owns at <paramref name="virtualAddress"/>; false if out of memory or the page is already mapped.</summary>
    /// <param name="root">The address space's root.</param>
    /// <param name="virtualAddress">The page's virtual address.</param>
    /// <param name="flags">Access bits (Present and Owned are added).</param>
    /// <param name="physicalAddress">The frame it got.</param>
    /// <returns>Whether the page was mapped.</returns>
    public bool MapNew(ulong root, ulong virtualAddress, PageFlags flags, out ulong physicalAddress)
    {
        if (Translate(root, virtualAddress, out physicalAddress, out _) || !NewTable(out physicalAddress))
            return false;
        if (Map(root, virtualAddress, physicalAddress, flags | PageFlags.Owned))
            return true;
        frames.Free(physicalAddress, 1);
        return false;
    }

    /// <summary>Frees the private half of an address space: the frames it owns, its table pages and the root.</summary>
    /// <param name="root">The root.</param>
    public void FreeUserHalf(ulong root)
    {
        for (int i = 0; i < 256; i++)
            FreeTree(Entry(root, i), 3);
        frames.Free(root, 1);
    }

    /// <summary>
    /// Gives <paramref name="to"/> (a fresh root) a copy of <paramref name="from"/>'s private half, as fork needs: a new
    /// frame with the same bytes for every owned page, the same frame for pages mapped in (device memory).
    /// </summary>
    /// <param name="from">The parent's root.</param>
    /// <param name="to">The child's root.</param>
    /// <returns>False if memory ran out (what was copied stays mapped in <paramref name="to"/>, for the caller to free).</returns>
    public bool CopyUserHalf(ulong from, ulong to) => CopyTree(from, to, 3, 0, 256);

    private bool CopyTree(ulong from, ulong to, int level, ulong virtualBase, int entries)
    {
        for (int i = 0; i < entries; i++)
        {
            ulong entry = Entry(from, i);
            if ((entry & (ulong)PageFlags.Present) == 0)
                continue;
            ulong address = virtualBase + ((ulong)i << (12 + 9 * level));
            ulong frame = entry & AddressMask;
            var flags = (PageFlags)(entry & ~AddressMask & ~(ulong)(PageFlags.Present | PageFlags.Owned));
            bool copied = level > 0 ? CopyTree(frame, to, level - 1, address, 512)
                : (entry & (ulong)PageFlags.Owned) == 0 ? Map(to, address, frame, flags)
                : MapCopy(to, address, frame, flags);
            if (!copied)
                return false;
        }

        return true;
    }

    /// <summary>Maps a new frame the address space owns at <paramref name="address"/>, holding a copy of <paramref name="frame"/>'s bytes.</summary>
    private bool MapCopy(ulong root, ulong address, ulong frame, PageFlags flags)
    {
        if (!MapNew(root, address, flags, out ulong copy))
            return false;
        memory.Bytes(frame, (int)Page).CopyTo(memory.Bytes(copy, (int)Page));
        return true;
    }

    private void FreeTree(ulong entry, int level)
    {
        if ((entry & (ulong)PageFlags.Present) == 0 || (level > 0 && (entry & (ulong)PageFlags.Large) != 0))
            return;
        for (int i = 0; level > 0 && i < 512; i++)
            FreeTree(Entry(entry & AddressMask, i), level - 1);
        if (level > 0 || (entry & (ulong)PageFlags.Owned) != 0)
            frames.Free(entry & AddressMask, 1);
    }

    private bool NewTable(out ulong table)
    {
        if (!frames.Allocate(1, out table))
            return false;
        memory.Bytes(table, (int)Page).Clear();
        return true;
    }

    private ref ulong Entry(ulong table, int index) =>
        ref MemoryMarshal.Cast<byte, ulong>(memory.Bytes(table, (int)Page))[index];

    private static int Index(ulong virtualAddress, int level) => (int)((virtualAddress >> (12 + 9 * level)) & 511);
}
