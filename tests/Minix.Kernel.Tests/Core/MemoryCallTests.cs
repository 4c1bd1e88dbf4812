using Minix.Ipc;
using Minix.Kernel.Calls;
using Minix.Kernel.Core;
using Minix.Kernel.Privileges;

namespace Minix.Kernel.Tests.Core;

public class MemoryCallTests
{
    private const ulong Vga = 0xB8000;

    private readonly KernelFixture f = new(
        KernelFixture.Service(2, "rs", p => { p.Flags |= PrivilegeFlags.PrivilegeManager; p.CallMask = KernelCallMask.All; return p; }),
        KernelFixture.Service(5, "tty", p =>
        {
            p.Flags |= PrivilegeFlags.CheckMemory;
            p.AddMemoryRange(new MemoryRange { Base = Vga, Limit = Vga + 0x8000 - 1 });
            p.CallMask |= KernelCallMask.Of(KernelCall.MapPhys);
            return p;
        }),
        KernelFixture.Service(6, "other", p => { p.Flags |= PrivilegeFlags.CheckMemory; p.CallMask |= KernelCallMask.Of(KernelCall.MapPhys); return p; }),
        KernelFixture.UserProgram(7, "user"));

    [Fact]
    public void A_driver_maps_the_device_memory_its_mem_range_allows_and_learns_where_it_is()
    {
        Assert.Equal(Status.Ok, f.Call(f.P(5), KernelCall.MapPhys, new MapPhysRequest { Physical = Vga, Length = 4000, Writable = 1 }));
        Assert.Equal(0x4000_0000_0000UL, f.Reply<MapPhysReply>(f.P(5)).Address);
        Assert.Equal((5, Vga, 4096UL, true), f.Machine.Mapped.Single());
    }

    [Fact]
    public void Memory_outside_the_ranges_unaligned_or_empty_and_callers_without_the_call_are_refused()
    {
        Assert.Equal(Status.MemoryNotAllowed, f.Call(f.P(5), KernelCall.MapPhys, new MapPhysRequest { Physical = Vga + 0x8000, Length = 4096 }));
        Assert.Equal(Status.MemoryNotAllowed, f.Call(f.P(5), KernelCall.MapPhys, new MapPhysRequest { Physical = Vga + 0x7000, Length = 0x2000 }));
        Assert.Equal(Status.InvalidArgument, f.Call(f.P(5), KernelCall.MapPhys, new MapPhysRequest { Physical = Vga + 1, Length = 4096 }));
        Assert.Equal(Status.InvalidArgument, f.Call(f.P(5), KernelCall.MapPhys, new MapPhysRequest { Physical = Vga, Length = 0 }));
        Assert.Equal(Status.MemoryNotAllowed, f.Call(f.P(6), KernelCall.MapPhys, new MapPhysRequest { Physical = Vga, Length = 4096 }));
        Assert.Equal(Status.CallDenied, f.Call(f.P(7), KernelCall.MapPhys, new MapPhysRequest { Physical = Vga, Length = 4096 }));
        Assert.Empty(f.Machine.Mapped);
    }
}
