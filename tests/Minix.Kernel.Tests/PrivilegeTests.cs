using Minix.Ipc;
using Minix.Kernel.Calls;
using Minix.Kernel.Privileges;

namespace Minix.Kernel.Tests;

public class PrivilegeTests
{
    private static Privilege Printer()
    {
        var p = new Privilege { Id = 20, TrapMask = IpcCallMask.All, Flags = PrivilegeFlags.SystemProcess | PrivilegeFlags.CheckIrqs };
        Assert.Equal(Status.Ok, p.AddIoRange(new IoRange(0x378, 0x37B)));
        return p;
    }

    [Theory]
    [InlineData(0x378, 1, Status.Ok)]              // first port of the range
    [InlineData(0x37B, 1, Status.Ok)]              // last port of the range
    [InlineData(0x377, 1, Status.PortNotAllowed)]  // one below
    [InlineData(0x37C, 1, Status.PortNotAllowed)]  // one above
    [InlineData(0x378, 4, Status.Ok)]              // a long access filling the range
    [InlineData(0x37A, 2, Status.Ok)]              // a word at the top edge
    [InlineData(0x37C, 2, Status.PortNotAllowed)]  // a word just past the edge
    [InlineData(0x379, 2, Status.PortMisaligned)]  // odd port for a word
    [InlineData(0x37A, 4, Status.PortMisaligned)]  // long not on a multiple of 4
    [InlineData(0x379, 4, Status.PortMisaligned)]
    public void Port_checks_hold_at_both_edges_and_on_alignment(int port, int width, Status expected)
    {
        Assert.Equal(expected, Printer().CheckPort(port, width));
    }

    [Fact]
    public void An_access_may_not_straddle_the_end_of_a_range()
    {
        var p = new Privilege();
        Assert.Equal(Status.Ok, p.AddIoRange(new IoRange(0x60, 0x60)));
        Assert.Equal(Status.Ok, p.CheckPort(0x60, 1));
        Assert.Equal(Status.PortNotAllowed, p.CheckPort(0x60, 2));
    }

    [Fact]
    public void Bad_ports_and_widths_are_invalid_arguments()
    {
        var p = Printer();
        Assert.Equal(Status.InvalidArgument, p.CheckPort(-1, 1));
        Assert.Equal(Status.InvalidArgument, p.CheckPort(0x10000, 1));
        Assert.Equal(Status.InvalidArgument, p.CheckPort(0xFFFE, 4));
        Assert.Equal(Status.InvalidArgument, p.CheckPort(0x378, 3));
    }

    [Fact]
    public void Io_all_skips_the_range_check_but_not_alignment()
    {
        var p = new Privilege { Flags = PrivilegeFlags.SystemProcess };
        Assert.Equal(Status.Ok, p.CheckPort(0x1F0, 2));
        Assert.Equal(Status.PortMisaligned, p.CheckPort(0x1F1, 2));
    }

    [Fact]
    public void Overlapping_ranges_and_a_full_table_are_refused()
    {
        var p = Printer();
        Assert.Equal(Status.InvalidArgument, p.AddIoRange(new IoRange(0x37B, 0x380)));
        Assert.Equal(Status.InvalidArgument, p.AddIoRange(new IoRange(0x390, 0x38F)));
        for (int i = 1; i < Privilege.MaxIoRanges; i++)
            Assert.Equal(Status.Ok, p.AddIoRange(new IoRange((ushort)(0x1000 + i * 16), (ushort)(0x1000 + i * 16 + 7))));
        Assert.Equal(Status.NoSpace, p.AddIoRange(new IoRange(0x2000, 0x2000)));
    }

    [Fact]
    public void Send_call_and_irq_checks_are_single_bits()
    {
        var p = Printer();
        p.SendMask = (1UL << 2) | (1UL << 63);
        p.CallMask = KernelCallMask.Of(KernelCall.DevIo);
        p.IrqMask = 1 << 7;
        Assert.True(p.MaySendTo(2));
        Assert.True(p.MaySendTo(63));
        Assert.False(p.MaySendTo(3));
        Assert.False(p.MaySendTo(64));
        Assert.False(p.MaySendTo(-1));
        Assert.True(p.MayCall((int)KernelCall.DevIo));
        Assert.False(p.MayCall((int)KernelCall.IrqCtl));
        Assert.True(p.OwnsIrq(7));
        Assert.False(p.OwnsIrq(4));
        Assert.False(p.OwnsIrq(16));
        Assert.False(p.OwnsIrq(-1));
        Assert.True(p.MayUse(IpcCall.Send));
    }

    [Fact]
    public void Irq_all_allows_every_line_but_not_out_of_range()
    {
        var p = new Privilege();
        Assert.True(p.OwnsIrq(0));
        Assert.True(p.OwnsIrq(15));
        Assert.False(p.OwnsIrq(16));
    }

    [Fact]
    public void User_privileges_allow_sendrec_only_and_no_devices()
    {
        var user = Privilege.User(PrivilegeId.User, 1UL << 4);
        Assert.True(user.MayUse(IpcCall.SendRec));
        Assert.False(user.MayUse(IpcCall.Send));
        Assert.False(user.MayUse(IpcCall.Notify));
        Assert.False(user.MayCall((int)KernelCall.DevIo));
        Assert.Equal(Status.PortNotAllowed, user.CheckPort(0x60, 1));
        Assert.False(user.OwnsIrq(1));
    }

    [Fact]
    public void Memory_checks_hold_at_the_edges()
    {
        var p = new Privilege();
        Assert.Equal(Status.Ok, p.AddMemoryRange(new MemoryRange { Base = 0xB8000, Limit = 0xBFFFF }));
        Assert.Equal(Status.Ok, p.CheckMemory(0xB8000, 0x8000));
        Assert.Equal(Status.MemoryNotAllowed, p.CheckMemory(0xB7FFF, 2));
        Assert.Equal(Status.MemoryNotAllowed, p.CheckMemory(0xBFFFF, 2));
        Assert.Equal(Status.InvalidArgument, p.CheckMemory(0, 0));
        Assert.Equal(Status.InvalidArgument, p.CheckMemory(ulong.MaxValue, 2));
    }

    [Fact]
    public void Restricting_may_narrow_but_never_widen()
    {
        var wide = Printer();
        wide.SendMask = 0b1111;
        wide.CallMask = KernelCallMask.Basic | KernelCallMask.Of(KernelCall.DevIo);
        wide.IrqMask = 1 << 7;

        var narrow = wide;
        narrow.SendMask = 0b0011;
        narrow.CallMask = KernelCallMask.Basic;
        Assert.True(wide.Covers(narrow));

        var moreSends = wide;
        moreSends.SendMask = 0b10000;
        Assert.False(wide.Covers(moreSends));

        var moreCalls = wide;
        moreCalls.CallMask |= KernelCallMask.Of(KernelCall.IrqCtl);
        Assert.False(wide.Covers(moreCalls));

        var morePorts = wide;
        Assert.Equal(Status.Ok, morePorts.AddIoRange(new IoRange(0x3F8, 0x3FF)));
        Assert.False(wide.Covers(morePorts));

        var uncheckedPorts = wide;
        uncheckedPorts.Flags &= ~PrivilegeFlags.CheckIoPorts;
        Assert.False(wide.Covers(uncheckedPorts));

        var manager = wide;
        manager.Flags |= PrivilegeFlags.PrivilegeManager;
        Assert.False(wide.Covers(manager));
    }

    [Fact]
    public void Static_privilege_ids_put_kernel_tasks_first()
    {
        Assert.Equal(0, PrivilegeId.Static(Endpoint.Idle));
        Assert.Equal(2, PrivilegeId.Static(Endpoint.System));
        Assert.Equal(3, PrivilegeId.Static(Endpoint.Hardware));
        Assert.Equal(4, PrivilegeId.Static(Endpoint.ProcessManager));
        Assert.Equal(6, PrivilegeId.Static(Endpoint.ReincarnationServer));
        Assert.Equal(-1, PrivilegeId.Static(Endpoint.Any));
        Assert.Equal(-1, PrivilegeId.Static(new Endpoint(PrivilegeId.MaxBootSlot + 1)));
        Assert.True(PrivilegeId.FirstDynamic < PrivilegeId.User);
    }
}
