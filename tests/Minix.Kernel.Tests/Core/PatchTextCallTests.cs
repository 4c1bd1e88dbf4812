using Minix.Ipc;
using Minix.Kernel.Boot;
using Minix.Kernel.Calls;
using Minix.Kernel.Core;
using Minix.Kernel.Privileges;

namespace Minix.Kernel.Tests.Core;

public class PatchTextCallTests
{
    private const ulong Code = TestMachine.Base + 0x8000;
    private const ulong NewBytes = KernelFixture.Data;
    private const ulong Saved = KernelFixture.Data + 0x100;

    private static readonly ulong Injector = KernelCallMask.Basic | KernelCallMask.Of(KernelCall.PatchText);

    private readonly KernelFixture f = new(
        KernelFixture.Service(2, "rs", p => { p.Flags |= PrivilegeFlags.PrivilegeManager; p.CallMask = KernelCallMask.All; return p; }),
        KernelFixture.Service(3, "swifi", p => { p.CallMask = Injector; return p; }),
        KernelFixture.Service(4, "swifi2", p => { p.CallMask = Injector; return p; }),
        KernelFixture.Service(5, "ramdisk"),
        Placed(KernelFixture.Service(6, "printer")),
        KernelFixture.UserProgram(7, "user"),
        KernelFixture.Service(1, "serial"),
        KernelFixture.Service(0, "pm", p => { p.Flags |= PrivilegeFlags.SignalManager; return p; }));

    private static BootImageEntry Placed(BootImageEntry entry)
    {
        entry.Placement = Placement.Kernel;
        return entry;
    }

    private Status Patch(int caller, int target, byte[] bytes, ulong address = Code)
    {
        f.Machine.Write(f.P(caller), NewBytes, bytes);
        return f.Call(f.P(caller), KernelCall.PatchText, new PatchTextRequest { Target = f.P(target).Endpoint, Address = address, Length = bytes.Length, Bytes = NewBytes, Saved = Saved });
    }

    [Fact]
    public void The_injector_overwrites_a_drivers_code_and_gets_the_bytes_it_replaced()
    {
        f.Machine.Write(f.P(5), Code, new byte[] { 0x48, 0x89, 0xC8 });
        Assert.Equal(Status.Ok, Patch(3, 5, [0x90, 0x90, 0x90]));
        Assert.Equal(new byte[] { 0x90, 0x90, 0x90 }, f.Machine.MemoryOf(f.P(5)).AsSpan((int)(Code - TestMachine.Base), 3).ToArray());
        Assert.Equal(new byte[] { 0x48, 0x89, 0xC8 }, f.Machine.MemoryOf(f.P(3)).AsSpan((int)(Saved - TestMachine.Base), 3).ToArray());
    }

    [Fact]
    public void A_driver_or_user_program_without_the_call_is_refused_and_the_code_stays_as_it_was()
    {
        f.Machine.Write(f.P(5), Code, new byte[] { 0x48, 0x89, 0xC8 });
        Assert.Equal(Status.CallDenied, Patch(7, 5, [0xCC]));
        Assert.Equal(Status.CallDenied, Patch(1, 5, [0xCC]));
        Assert.Equal(new byte[] { 0x48, 0x89, 0xC8 }, f.Machine.MemoryOf(f.P(5)).AsSpan((int)(Code - TestMachine.Base), 3).ToArray());
    }

    [Fact]
    public void The_injector_may_not_patch_pm_through_which_it_would_act_on_every_user_program()
    {
        f.Machine.Write(f.P(0), Code, new byte[] { 0x48, 0x89, 0xC8 });
        Assert.Equal(Status.PermissionDenied, Patch(3, 0, [0xCC]));
        Assert.Equal(new byte[] { 0x48, 0x89, 0xC8 }, f.Machine.MemoryOf(f.P(0)).AsSpan((int)(Code - TestMachine.Base), 3).ToArray());
    }

    [Fact]
    public void The_injector_may_not_touch_the_kernel_rs_itself_another_injector_a_kernel_placed_driver_or_a_user_program()
    {
        Assert.Equal(Status.PermissionDenied, Patch(3, 2, [0xCC]));
        Assert.Equal(Status.PermissionDenied, Patch(3, 3, [0xCC]));
        Assert.Equal(Status.PermissionDenied, Patch(3, 4, [0xCC]));
        Assert.Equal(Status.PermissionDenied, Patch(3, 6, [0xCC]));
        Assert.Equal(Status.PermissionDenied, Patch(3, 7, [0xCC]));
        f.Machine.Write(f.P(3), NewBytes, new byte[] { 0xCC });
        Assert.Equal(Status.PermissionDenied, f.Call(f.P(3), KernelCall.PatchText, new PatchTextRequest { Target = new Endpoint(-2), Address = Code, Length = 1, Bytes = NewBytes, Saved = Saved }));
    }

    [Fact]
    public void Bad_lengths_addresses_and_endpoints_are_refused()
    {
        Assert.Equal(Status.InvalidArgument, Patch(3, 5, []));
        Assert.Equal(Status.InvalidArgument, Patch(3, 5, new byte[PatchTextRequest.MaxLength + 1]));
        Assert.Equal(Status.BadAddress, Patch(3, 5, [0xCC], address: 0x10));
        Assert.Equal(Status.BadAddress, f.Call(f.P(3), KernelCall.PatchText, new PatchTextRequest { Target = f.P(5).Endpoint, Address = Code, Length = 1, Bytes = 0x10, Saved = Saved }));
        Assert.Equal(Status.DeadEndpoint, f.Call(f.P(3), KernelCall.PatchText, new PatchTextRequest { Target = new Endpoint(9), Address = Code, Length = 1, Bytes = NewBytes, Saved = Saved }));
    }
}
