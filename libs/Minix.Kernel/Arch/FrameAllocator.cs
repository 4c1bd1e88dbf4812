namespace Minix.Kernel.Arch;

/// <summary>
/// Hands out physical memory in runs of contiguous pages (a process's memory is one run, so checking and copying
/// it is a bounds test and an offset) and takes them back: first fit over a bitmap with one bit per page, set for
/// pages in use or not there, searched from the lowest page that may be free.
/// </summary>
[KernelInternal]
public sealed class FrameAllocator
{
    private const ulong Page = 4096;
    private readonly ulong[] _used;

    // Every page below it is in use: a search starts there, so a fork's thousand one-page allocations do not each walk
    // the kernel's and the boot modules' memory from page 0.
    private ulong _lowestFree;

    /// <summary>Creates a pool that can manage physical memory up to <paramref name="bytes"/>; <see cref="Add"/> gives it memory.</summary>
    /// <param name="bytes">The highest physical address it will manage.</param>
    public FrameAllocator(ulong bytes)
    {
        _used = new ulong[(bytes / Page + 63) / 64];
        _used.AsSpan().Fill(ulong.MaxValue);
    }

    /// <summary>Pages currently free.</summary>
    public ulong FreePages { get; private set; }

    private ulong Capacity => (ulong)_used.Length * 64;

    /// <summary>Adds a range of physical memory (page-aligned inward, clipped to the capacity) to the pool.</summary>
    /// <param name="start">First byte.</param>
    /// <param name="end">One past the last byte.</param>
    public void Add(ulong start, ulong end) => Mark((start + Page - 1) / Page, Math.Min(end / Page, Capacity), used: false);

    /// <summary>Takes <paramref name="pages"/> contiguous pages.</summary>
    /// <param name="pages">How many.</param>
    /// <param name="start">The first page's physical address.</param>
    /// <returns>False if no run is long enough.</returns>
    public bool Allocate(ulong pages, out ulong start)
    {
        start = 0;
        ulong run = 0, firstFree = ulong.MaxValue;
        for (ulong page = _lowestFree; page < Capacity && pages > 0; page++)
        {
            if (run == 0 && _used[page / 64] == ulong.MaxValue)
            {
                page += 63 - page % 64;
                continue;
            }

            run = (_used[page / 64] & (1UL << (int)(page % 64))) != 0 ? 0 : run + 1;
            firstFree = run == 1 && firstFree == ulong.MaxValue ? page : firstFree;
            if (run == pages)
            {
                Mark(page + 1 - pages, page + 1, used: true);
                _lowestFree = firstFree == page + 1 - pages ? page + 1 : firstFree;
                start = (page + 1 - pages) * Page;
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns a run.</summary>
    /// <param name="start">First page (page-aligned).</param>
    /// <param name="pages">How many pages.</param>
    public void Free(ulong start, ulong pages) => Mark(start / Page, start / Page + pages, used: false);

    private void Mark(ulong first, ulong end, bool used)
    {
        for (ulong page = first; page < end; page++)
        {
            ref ulong word = ref _used[page / 64];
            ulong bit = 1UL << (int)(page % 64);
            if (((word & bit) != 0) == used)
                continue;
            word ^= bit;
            FreePages = used ? FreePages - 1 : FreePages + 1;
            _lowestFree = used ? _lowestFree : Math.Min(_lowestFree, page);
        }
    }
}
