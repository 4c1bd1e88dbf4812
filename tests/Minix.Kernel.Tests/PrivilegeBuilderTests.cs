using Minix.Ipc;
using Minix.Kernel.Calls;
using Minix.Kernel.Configuration;
using Minix.Kernel.Privileges;

namespace Minix.Kernel.Tests;

public class PrivilegeBuilderTests
{
    private static readonly Dictionary<string, int> Ids = new() { ["rs"] = 6, ["pm"] = 4, ["tty"] = 9, ["printer"] = 20 };

    private static Privilege Build(string text, bool manager = false) =>
        PrivilegeBuilder.Build(Assert.Single(SystemConfReader.Read(text, "f")), 20, name => Ids.GetValueOrDefault(name, -1), manager);

    [Fact]
    public void Mem_grants_the_physical_ranges_and_the_boot_data_modules_it_names_and_nothing_else()
    {
        var modules = new Dictionary<string, MemoryRange> { ["rootfs"] = new MemoryRange { Base = 0x200000, Limit = 0x2FFFFF } };
        var p = PrivilegeBuilder.Build(Assert.Single(SystemConfReader.Read("service ramdisk { mem b8000:1000 rootfs; };", "f")), 20, _ => -1, false, modules);
        Assert.Equal(Status.Ok, p.CheckMemory(0xB8000, 0x1000));
        Assert.Equal(Status.Ok, p.CheckMemory(0x200000, 0x100000));
        Assert.Equal(Status.MemoryNotAllowed, p.CheckMemory(0x200000, 0x100001));
        Assert.Equal(Status.MemoryNotAllowed, p.CheckMemory(0xB9000, 0x1000));

        var error = Assert.Throws<SystemConfException>(() => PrivilegeBuilder.Build(Assert.Single(SystemConfReader.Read("service ramdisk {\n mem rootfs; };", "f")), 20, _ => -1, false));
        Assert.Equal((2, 6), (error.Location.Line, error.Location.Column));
        Assert.Contains("mem names 'rootfs', which is not a boot data module of the image", error.Message);
    }

    [Fact]
    public void Printer_entry_gives_least_privilege()
    {
        var p = Build("service printer { io 378:4; irq 7; system DEVIO IRQCTL; ipc SYSTEM rs tty; };");
        Assert.Equal(20, p.Id);
        Assert.Equal(Status.Ok, p.CheckPort(0x37B, 1));
        Assert.Equal(Status.PortNotAllowed, p.CheckPort(0x3F8, 1));
        Assert.True(p.OwnsIrq(7));
        Assert.False(p.OwnsIrq(4));
        Assert.True(p.MayCall((int)KernelCall.DevIo));
        Assert.True(p.MayCall((int)KernelCall.SafeCopyFrom));
        Assert.False(p.MayCall((int)KernelCall.PrivCtl));
        Assert.Equal((1UL << 2) | (1UL << 6) | (1UL << 9), p.SendMask);
        Assert.True((p.Flags & PrivilegeFlags.SystemProcess) != 0);
        Assert.True((p.Flags & PrivilegeFlags.PrivilegeManager) == 0);
    }

    [Fact]
    public void Defaults_are_basic_calls_no_devices_and_all_system_processes()
    {
        var p = Build("service x { };");
        Assert.Equal(KernelCallMask.Basic, p.CallMask);
        Assert.Equal(Status.PortNotAllowed, p.CheckPort(0x60, 1));
        Assert.False(p.OwnsIrq(1));
        Assert.True(p.MaySendTo(6));
        Assert.False(p.MaySendTo(PrivilegeId.User));
    }

    [Fact]
    public void All_means_unchecked_and_none_means_nothing()
    {
        var p = Build("service x { io ALL; irq ALL; system NONE; ipc NONE; };");
        Assert.Equal(Status.Ok, p.CheckPort(0x1F0, 2));
        Assert.True(p.OwnsIrq(14));
        Assert.Equal(0UL, p.CallMask);
        Assert.Equal(0UL, p.SendMask);
    }

    [Fact]
    public void An_unknown_ipc_target_is_reported_at_its_position()
    {
        var error = Assert.Throws<SystemConfException>(() => Build("service x {\n ipc rs nosuch;\n};"));
        Assert.Equal((2, 9), (error.Location.Line, error.Location.Column));
        Assert.Contains("'nosuch', which is not a service in system.conf", error.Message);
    }

    [Fact]
    public void Only_the_privilege_manager_may_list_privctl_or_spawn()
    {
        var error = Assert.Throws<SystemConfException>(() => Build("service x {\n system PRIVCTL;\n};"));
        Assert.Contains("only the privilege manager", error.Message);
        Assert.Equal(2, error.Location.Line);
        var rs = Build("service rs { system PRIVCTL SPAWN KILL; };", manager: true);
        Assert.True(rs.MayCall((int)KernelCall.PrivCtl));
        Assert.True((rs.Flags & PrivilegeFlags.PrivilegeManager) != 0);
    }

    [Fact]
    public void Users_may_be_named_in_ipc()
    {
        var p = Build("service x { ipc USER; };");
        Assert.True(p.MaySendTo(PrivilegeId.User));
    }
}
