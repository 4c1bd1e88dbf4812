namespace Minix.Kernel.Arch;

/// <summary>
/// Hands out physical memory in runs of contiguous pages (a process's memory is one run, so checking and copying
/// it is a bounds test and an offset) and takes them back, merging free neighbours. First fit over a fixed table of
/// free extents: no allocation of its own.
/// </summary>
[KernelInternal]
public sealed class FrameAllocator
{
    /// <summary>Most free extents tracked; fragmentation beyond it makes frees fail loudly rather than leak silently.</summary>
    public const int MaxExtents = 128;

    private const ulong Page = 4096;
    private readonly ulong[] _start = new ulong[MaxExtents];
    private readonly ulong[] _pages = new ulong[MaxExtents];
    private int _count;

    /// <summary>Creates an empty pool; <see cref="Add"/> gives it memory.</summary>
    public FrameAllocator()
    {
    }

    /// <summary>Pages currently free.</summary>
    public ulong FreePages { get; private set; }

    /// <summary>Adds a range of physical memory (page-aligned inward) to the pool.</summary>
    /// <param name="start">First byte.</param>
    /// <param name="end">One past the last byte.</param>
    /// <returns>False if the table of extents is full.</returns>
    public bool Add(ulong start, ulong end)
    {
        start = (start + Page - 1) & ~(Page - 1);
        end &= ~(Page - 1);
        return end <= start || Free(start, (end - start) / Page);
    }

    /// <summary>Takes <paramref name="pages"/> contiguous pages.</summary>
    /// <param name="pages">How many.</param>
    /// <param name="start">The first page's physical address.</param>
    /// <returns>False if no run is long enough.</returns>
    public bool Allocate(ulong pages, out ulong start)
    {
        start = 0;
        if (pages == 0)
            return false;
        for (int i = 0; i < _count; i++)
        {
            if (_pages[i] < pages)
                continue;
            start = _start[i];
            _start[i] += pages * Page;
            _pages[i] -= pages;
            if (_pages[i] == 0)
                Remove(i);
            FreePages -= pages;
            return true;
        }

        return false;
    }

    /// <summary>Returns a run, merging it with free neighbours.</summary>
    /// <param name="start">First page (page-aligned).</param>
    /// <param name="pages">How many pages.</param>
    /// <returns>False if the table of extents is full (the run is then not reusable).</returns>
    public bool Free(ulong start, ulong pages)
    {
        if (pages == 0)
            return true;
        ulong end = start + pages * Page;
        int at = 0;
        while (at < _count && _start[at] < start)
            at++;
        bool joinsPrevious = at > 0 && _start[at - 1] + _pages[at - 1] * Page == start;
        bool joinsNext = at < _count && _start[at] == end;
        if (joinsPrevious && joinsNext)
        {
            _pages[at - 1] += pages + _pages[at];
            Remove(at);
        }
        else if (joinsPrevious)
        {
            _pages[at - 1] += pages;
        }
        else if (joinsNext)
        {
            _start[at] = start;
            _pages[at] += pages;
        }
        else
        {
            if (_count == MaxExtents)
                return false;
            for (int i = _count; i > at; i--)
            {
                _start[i] = _start[i - 1];
                _pages[i] = _pages[i - 1];
            }

            _start[at] = start;
            _pages[at] = pages;
            _count++;
        }

        FreePages += pages;
        return true;
    }

    private void Remove(int index)
    {
        for (int i = index; i < _count - 1; i++)
        {
            _start[i] = _start[i + 1];
            _pages[i] = _pages[i + 1];
        }

        _count--;
    }
}
