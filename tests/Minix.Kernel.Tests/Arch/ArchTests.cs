using Minix.Kernel.Arch;

namespace Minix.Kernel.Tests.Arch;

public class FrameAllocatorTests
{
    [Fact]
    public void Runs_are_contiguous_and_freed_runs_merge_with_their_neighbours()
    {
        var frames = new FrameAllocator(0x200000);
        frames.Add(0x100000, 0x110000);
        Assert.Equal(16UL, frames.FreePages);
        Assert.True(frames.Allocate(4, out ulong a));
        Assert.True(frames.Allocate(4, out ulong b));
        Assert.True(frames.Allocate(8, out ulong c));
        Assert.Equal([0x100000UL, 0x104000, 0x108000], new[] { a, b, c });
        Assert.False(frames.Allocate(1, out _));

        frames.Free(a, 4);
        frames.Free(c, 8);
        Assert.False(frames.Allocate(9, out _));
        frames.Free(b, 4);
        Assert.True(frames.Allocate(16, out ulong all));
        Assert.Equal(0x100000UL, all);
    }

    [Fact]
    public void The_lowest_free_run_that_fits_is_taken_whatever_was_allocated_and_freed_before()
    {
        var frames = new FrameAllocator(0x400000);
        frames.Add(0x200000, 0x240000);
        ulong[] pages = new ulong[64];
        for (int i = 0; i < 64; i++)
            Assert.True(frames.Allocate(1, out pages[i]));
        Assert.Equal(Enumerable.Range(0, 64).Select(i => 0x200000UL + (ulong)i * 0x1000), pages);

        frames.Free(pages[40], 1);
        frames.Free(pages[10], 1);
        frames.Free(pages[20], 3);
        Assert.True(frames.Allocate(2, out ulong two));
        Assert.Equal(pages[20], two);
        Assert.True(frames.Allocate(1, out ulong one));
        Assert.Equal(pages[10], one);
        Assert.True(frames.Allocate(1, out one));
        Assert.Equal(pages[22], one);
        Assert.True(frames.Allocate(1, out one));
        Assert.Equal(pages[40], one);
        Assert.False(frames.Allocate(1, out _));

        // A run added below everything handed out so far is found too.
        frames.Add(0x100000, 0x102000);
        Assert.True(frames.Allocate(2, out ulong low));
        Assert.Equal(0x100000UL, low);
    }

    [Fact]
    public void Ranges_are_trimmed_to_whole_pages()
    {
        var frames = new FrameAllocator(0x100000);
        frames.Add(0x1001, 0x4FFF);
        Assert.Equal(2UL, frames.FreePages);
        Assert.True(frames.Allocate(2, out ulong start));
        Assert.Equal(0x2000UL, start);
    }
}

public class PageTableTests
{
    [Fact]
    public void A_mapped_page_translates_with_its_flags_and_the_kernel_half_is_shared()
    {
        var memory = new ArrayPhysicalMemory(0x100000);
        var frames = new FrameAllocator(0x100000);
        frames.Add(0x10000, 0x100000);
        var tables = new PageTable(memory, frames);

        Assert.True(tables.CreateRoot(0, out ulong kernel));
        Assert.True(tables.Map(kernel, 0xFFFF_FFFF_8010_0000, 0x5000, PageFlags.Writable));
        Assert.True(tables.CreateRoot(kernel, out ulong process));
        Assert.True(tables.Map(process, 0x400000, 0x7000, PageFlags.User | PageFlags.NoExecute));

        Assert.True(tables.Translate(process, 0x400123, out ulong physical, out PageFlags flags));
        Assert.Equal(0x7123UL, physical);
        Assert.Equal(PageFlags.Present | PageFlags.User | PageFlags.NoExecute, flags & (PageFlags.Present | PageFlags.User | PageFlags.NoExecute | PageFlags.Writable));
        Assert.True(tables.Translate(process, 0xFFFF_FFFF_8010_0008, out physical, out flags));
        Assert.Equal(0x5008UL, physical);
        Assert.Equal(PageFlags.None, flags & PageFlags.User);
        Assert.False(tables.Translate(process, 0, out _, out _));
        Assert.False(tables.Translate(kernel, 0x400000, out _, out _));
    }

    [Fact]
    public void Freeing_an_address_space_returns_its_table_pages()
    {
        var memory = new ArrayPhysicalMemory(0x100000);
        var frames = new FrameAllocator(0x100000);
        frames.Add(0x10000, 0x100000);
        var tables = new PageTable(memory, frames);
        ulong before = frames.FreePages;
        tables.CreateRoot(0, out ulong root);
        tables.Map(root, 0x400000, 0x9000, PageFlags.User);
        tables.Map(root, 0x7FFF_F000, 0x9000, PageFlags.User);
        Assert.True(frames.FreePages < before);
        tables.FreeUserHalf(root);
        Assert.Equal(before, frames.FreePages);
    }

    [Fact]
    public void Owned_pages_come_zeroed_are_freed_with_their_space_and_mapped_in_memory_is_not()
    {
        var memory = new ArrayPhysicalMemory(0x100000);
        var frames = new FrameAllocator(0x100000);
        frames.Add(0x10000, 0x100000);
        var tables = new PageTable(memory, frames);
        ulong before = frames.FreePages;
        memory.Bytes(0x10000, 0xF0000).Fill(0xAA); // every free frame dirty, as a dead process leaves them
        tables.CreateRoot(0, out ulong root);
        Assert.True(tables.MapNew(root, 0x400000, PageFlags.User | PageFlags.Writable, out ulong frame));
        Assert.True(memory.Bytes(frame, 4096).IndexOfAnyExcept((byte)0) < 0);
        Assert.False(tables.MapNew(root, 0x400000, PageFlags.User, out _));
        Assert.True(tables.Map(root, 0xB8000_000, 0xB8000, PageFlags.User | PageFlags.Writable));

        tables.FreeUserHalf(root);
        Assert.Equal(before, frames.FreePages);
    }

    [Fact]
    public void A_copied_space_has_its_own_frames_with_the_same_bytes_and_shares_mapped_in_memory()
    {
        var memory = new ArrayPhysicalMemory(0x100000);
        var frames = new FrameAllocator(0x100000);
        frames.Add(0x10000, 0x100000);
        var tables = new PageTable(memory, frames);
        tables.CreateRoot(0, out ulong parent);
        Assert.True(tables.MapNew(parent, 0x400000, PageFlags.User | PageFlags.Writable, out ulong data));
        Assert.True(tables.MapNew(parent, 0x7FFF_FFFE_F000, PageFlags.User | PageFlags.NoExecute, out _));
        Assert.True(tables.Map(parent, 0x4000_0000_0000, 0xB8000, PageFlags.User | PageFlags.Writable));
        memory.Bytes(data + 100, 3).Fill(7);

        tables.CreateRoot(0, out ulong child);
        Assert.True(tables.CopyUserHalf(parent, child));
        Assert.True(tables.Translate(child, 0x400064, out ulong copy, out PageFlags flags));
        Assert.NotEqual(data + 100, copy);
        Assert.Equal(new byte[] { 7, 7, 7 }, memory.Bytes(copy, 3).ToArray());
        Assert.Equal(PageFlags.User | PageFlags.Writable | PageFlags.Owned, flags & (PageFlags.User | PageFlags.Writable | PageFlags.Owned | PageFlags.NoExecute));
        Assert.True(tables.Translate(child, 0x7FFF_FFFE_F000, out _, out flags));
        Assert.Equal(PageFlags.NoExecute, flags & (PageFlags.NoExecute | PageFlags.Writable));
        Assert.True(tables.Translate(child, 0x4000_0000_0010, out ulong shared, out flags));
        Assert.Equal(0xB8010UL, shared);
        Assert.Equal(PageFlags.None, flags & PageFlags.Owned);

        ulong beforeChild = frames.FreePages;
        tables.FreeUserHalf(child);
        Assert.True(frames.FreePages > beforeChild);
        Assert.True(tables.Translate(parent, 0x400064, out ulong still, out _));
        Assert.Equal(data + 100, still);
    }
}

public class DescriptorTests
{
    [Fact]
    public void Gdt_has_flat_kernel_and_user_segments_and_a_tss()
    {
        var gdt = new ulong[Descriptors.GdtEntries];
        Descriptors.FillGdt(gdt, 0xFFFF_FFFF_8012_3456, 103);
        Assert.Equal(0x00AF9A000000FFFFUL, gdt[Descriptors.KernelCode >> 3]);
        Assert.Equal(0x00AFFA000000FFFFUL, gdt[(Descriptors.UserCode & ~3) >> 3]);
        Assert.Equal(3, Descriptors.UserCode & 3);
        Assert.Equal(0x89UL, (gdt[5] >> 40) & 0xFF);
        Assert.Equal(0x123456UL, (gdt[5] >> 16) & 0xFFFFFF);
        Assert.Equal(0x80UL, gdt[5] >> 56);
        Assert.Equal(0xFFFFFFFFUL, gdt[6]);
    }

    [Fact]
    public void Gates_carry_handler_ist_and_ring()
    {
        Descriptors.Gate(0xFFFF_FFFF_8010_2030, ist: 1, ring: 3, out ulong low, out ulong high);
        Assert.Equal(0x2030UL, low & 0xFFFF);
        Assert.Equal(0x8010UL, (low >> 48) & 0xFFFF);
        Assert.Equal((ulong)Descriptors.KernelCode, (low >> 16) & 0xFFFF);
        Assert.Equal(1UL, (low >> 32) & 7);
        Assert.Equal(0xEEUL, (low >> 40) & 0xFF);
        Assert.Equal(0xFFFFFFFFUL, high);
    }
}

public class InterruptControllerTests
{
    [Fact]
    public void Lines_are_remapped_masked_and_acknowledged()
    {
        var bus = new RecordingPortBus();
        PortBus.Current = bus;
        try
        {
            var pic = new InterruptController();
            pic.Initialize();
            Assert.Contains(((ushort)0x21, (uint)InterruptController.IrqBase), bus.Writes);
            Assert.Contains(((ushort)0xA1, (uint)InterruptController.IrqBase + 8), bus.Writes);
            Assert.True(pic.IsMasked(7));
            Assert.False(pic.IsMasked(2));
            pic.Unmask(7);
            Assert.Equal(((ushort)0x21, 0x7BU), bus.Writes[^2]);
            pic.Unmask(12);
            Assert.Equal(((ushort)0xA1, 0xEFU), bus.Writes[^1]);
            bus.Writes.Clear();
            InterruptController.Acknowledge(12);
            Assert.Equal([((ushort)0xA0, 0x20U), ((ushort)0x20, 0x20U)], bus.Writes);
        }
        finally
        {
            PortBus.Current = null;
        }
    }

    [Fact]
    public void The_clock_divisor_matches_the_rate()
    {
        var bus = new RecordingPortBus();
        PortBus.Current = bus;
        try
        {
            IntervalTimer.Start(100);
            Assert.Equal([((ushort)0x43, 0x34U), ((ushort)0x40, 0x9CU), ((ushort)0x40, 0x2EU)], bus.Writes);
        }
        finally
        {
            PortBus.Current = null;
        }
    }
}
