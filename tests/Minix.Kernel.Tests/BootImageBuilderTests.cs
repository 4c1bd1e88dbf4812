using Minix.Ipc;
using Minix.Kernel.Boot;
using Minix.Kernel.Configuration;
using Minix.Kernel.Privileges;

namespace Minix.Kernel.Tests;

public class BootImageBuilderTests
{
    private static IReadOnlyList<ServiceConfig> Conf(string text) => SystemConfReader.Read(text, "system.conf");

    [Fact]
    public void System_processes_get_their_entries_and_rs_manages_privileges()
    {
        var table = BootImageBuilder.Build(
            [new BootProcess("rs", 2, 0, true), new BootProcess("printer", 9, 1, true), new BootProcess("lpr", 10, 2, false)],
            Conf("service rs { system ALL; ipc ALL; priority 3; };\nservice printer { io 378:4; irq 7; ipc rs; period 50; };"),
            "system.conf");
        Assert.Equal(new Endpoint(2), table[0].Endpoint);
        Assert.True((table[0].Privilege.Flags & PrivilegeFlags.PrivilegeManager) != 0);
        Assert.Equal(3, table[0].Priority);
        Assert.True((table[1].Privilege.Flags & PrivilegeFlags.PrivilegeManager) == 0);
        Assert.Equal(50, table[1].HeartbeatPeriod);
        Assert.Equal(1UL << PrivilegeId.Static(new Endpoint(2)), table[1].Privilege.SendMask);
        Assert.Equal(PrivilegeId.User, table[2].Privilege.Id);
        Assert.True(table[2].Privilege.MaySendTo(PrivilegeId.Static(new Endpoint(9))));
        Assert.Equal(BootImageBuilder.UserPriority, table[2].Priority);
    }

    [Fact]
    public void A_system_process_without_an_entry_is_an_error_naming_the_file()
    {
        var error = Assert.Throws<SystemConfException>(() => BootImageBuilder.Build([new BootProcess("tty", 5, 0, true)], Conf(""), "system.conf"));
        Assert.Contains("system process 'tty' has no 'service tty' entry in system.conf", error.Message);
    }

    [Fact]
    public void Repeated_slots_and_out_of_range_slots_are_errors()
    {
        Assert.Throws<SystemConfException>(() => BootImageBuilder.Build([new BootProcess("a", 5, 0, false), new BootProcess("b", 5, 0, false)], Conf(""), "f"));
        Assert.Throws<SystemConfException>(() => BootImageBuilder.Build([new BootProcess("a", PrivilegeId.MaxBootSlot + 1, 0, false)], Conf(""), "f"));
    }

    [Fact]
    public void Ipc_to_a_service_that_is_configured_but_not_booted_is_not_an_error()
    {
        var table = BootImageBuilder.Build([new BootProcess("a", 4, 0, true)], Conf("service a { ipc later; };\nservice later { };"), "f");
        Assert.Equal(0UL, table[0].Privilege.SendMask);
        Assert.Throws<SystemConfException>(() => BootImageBuilder.Build([new BootProcess("a", 4, 0, true)], Conf("service a { ipc typo; };"), "f"));
    }

    [Fact]
    public void Control_lists_become_a_mask_of_privilege_ids_with_USER_for_every_user_program()
    {
        var table = BootImageBuilder.Build(
            [new BootProcess("rs", 2, 0, true), new BootProcess("admin", 8, 1, true), new BootProcess("printer", 9, 2, true), new BootProcess("lpr", 10, 3, false)],
            Conf("service rs { };\nservice admin { };\nservice printer { control admin USER later; };\nservice later { };"),
            "system.conf");
        Assert.Equal((1UL << PrivilegeId.Static(new Endpoint(8))) | (1UL << PrivilegeId.User), table[2].ControlMask);
        Assert.Equal(0UL, table[1].ControlMask);
        var error = Assert.Throws<SystemConfException>(() => BootImageBuilder.Build([new BootProcess("a", 4, 0, true)], Conf("service a { control nobody; };"), "f"));
        Assert.Contains("control names 'nobody'", error.Message);
    }
}
