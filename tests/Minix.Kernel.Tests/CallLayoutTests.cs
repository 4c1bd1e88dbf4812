using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Minix.Ipc;
using Minix.Kernel.Calls;
using Minix.Kernel.Grants;
using Minix.Kernel.Privileges;

namespace Minix.Kernel.Tests;

public class CallLayoutTests
{
    public static TheoryData<Type, int, string> Layouts => new()
    {
        { typeof(DevIoRequest), 12, "Access@0 Port@4 Value@8" },
        { typeof(DevIoReply), 4, "Value@0" },
        { typeof(VDevIoRequest), 24, "Access@0 Count@4 VectorAddress@8 Port@16" },
        { typeof(PortValuePair), 8, "Port@0 Value@4" },
        { typeof(SafeCopyRequest), 32, "Granter@0 GrantId@4 Offset@8 Address@16 Bytes@24" },
        { typeof(VSafeCopyRequest), 16, "VectorAddress@0 Count@8" },
        { typeof(VSafeCopyReply), 8, "Done@0 Bytes@4" },
        { typeof(SafeCopyPiece), 40, "Granter@0 GrantId@4 Offset@8 Address@16 Bytes@24 Direction@32" },
        { typeof(IrqCtlRequest), 16, "Request@0 Irq@4 Policy@8 HookId@12" },
        { typeof(IrqCtlReply), 4, "HookId@0" },
        { typeof(GetInfoRequest), 24, "Request@0 Target@4 Buffer@8 Length@16 Index@20" },
        { typeof(GetInfoReply), 32, "Length@0 Endpoint@4 PrivilegeFlags@8 PrivilegeId@12 Name@16" },
        { typeof(KernelInfo), 32, "Version@0 Hz@4 Uptime@8 ProcessSlots@16 BootProcesses@20" },
        { typeof(SetAlarmRequest), 16, "Ticks@0 Absolute@8" },
        { typeof(SetAlarmReply), 16, "TimeLeft@0 Uptime@8" },
        { typeof(PrivCtlRequest), 40, "Request@0 Target@4 Argument@8 Start@16 Length@24" },
        { typeof(SpawnRequest), 24, "Module@0 Priority@4 Quantum@8 Slot@12 Flags@16" },
        { typeof(SpawnReply), 4, "Child@0" },
        { typeof(ExitRequest), 4, "Status@0" },
        { typeof(KillRequest), 16, "Target@0 Reason@4 Signal@8 Status@12" },
        { typeof(ForkRequest), 8, "Parent@0 Slot@4" },
        { typeof(ForkReply), 4, "Child@0" },
        { typeof(VirCopyRequest), 40, "Source@0 Destination@4 SourceAddress@8 DestinationAddress@16 Length@24" },
        { typeof(BrkRequest), 16, "Target@0 End@8" },
        { typeof(BrkReply), 8, "End@0" },
        { typeof(GetKSigReply), 32, "Process@0 Vector@4 Signals@8 InstructionPointer@16 FaultAddress@24" },
        { typeof(EndKSigRequest), 4, "Process@0" },
        { typeof(SigSendRequest), 32, "Target@0 Signal@4 Entry@8 Handler@16 Mask@24" },
        { typeof(SigSendReply), 8, "Frame@0" },
        { typeof(SigReturnRequest), 16, "Target@0 Frame@8" },
        { typeof(SigReturnReply), 8, "Mask@0" },
        { typeof(SignalFrame), 32, "Magic@0 Mask@8 FaultAddress@16 Signal@24 Vector@28" },
        { typeof(TimesRequest), 4, "Target@0" },
        { typeof(TimesReply), 24, "UserTicks@0 SystemTicks@8 Uptime@16" },
        { typeof(AbortRequest), 4, "Status@0" },
        { typeof(SetGrantRequest), 16, "Address@0 Entries@8" },
        { typeof(DiagCtlRequest), 16, "Address@0 Length@8" },
        { typeof(GrantEntry), 32, "Flags@0 Sequence@4 Grantee@8 IndirectGranter@12 Start@16 Length@24" },
        { typeof(IoRange), 4, "Base@0 Limit@2" },
        { typeof(MemoryRange), 16, "Base@0 Limit@8" },
        { typeof(MapPhysRequest), 24, "Physical@0 Length@8 Writable@16" },
        { typeof(MapPhysReply), 8, "Address@0" },
        { typeof(PatchTextRequest), 32, "Target@0 Length@4 Address@8 Bytes@16 Saved@24" },
        { typeof(ExecRequest), 32, "Target@0 Operation@4 Layout@8 Entry@16 StackPointer@24" },
        { typeof(ExecSegment), 24, "VirtualAddress@0 MemorySize@8 Access@16" },
        { typeof(ExecLayout), 224, "SegmentCount@0 StackSize@8 Name@16 Segments@32" },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Layout_size_and_field_offsets_are_pinned(Type layout, int size, string fields)
    {
        Assert.Equal(size, SizeOf(layout));
        foreach (string field in fields.Split(' '))
        {
            string[] parts = field.Split('@');
            Assert.Equal(int.Parse(parts[1]), (int)Marshal.OffsetOf(layout, parts[0]));
        }
    }

    [Fact]
    public void Every_payload_layout_of_the_kernel_fits_in_a_message()
    {
        var layouts = typeof(KernelCall).Assembly.GetTypes().Where(t => t.IsValueType && typeof(IMessagePayload).IsAssignableFrom(t)).ToList();
        Assert.True(layouts.Count >= 20);
        Assert.All(layouts, t => Assert.True(SizeOf(t) <= Message.PayloadSize, t.Name + " is " + SizeOf(t) + " bytes"));
    }

    [Fact]
    public void Every_pinned_payload_layout_is_in_the_table()
    {
        var pinned = Layouts.Select(row => (Type)row[0]).ToHashSet();
        var payloads = typeof(KernelCall).Assembly.GetTypes().Where(t => t.IsValueType && typeof(IMessagePayload).IsAssignableFrom(t));
        Assert.All(payloads, t => Assert.Contains(t, pinned));
    }

    [Fact]
    public void Privilege_and_boot_entry_sizes_are_pinned()
    {
        Assert.Equal(16, Unsafe.SizeOf<ProcessName>());
        Assert.Equal(168, Unsafe.SizeOf<Privilege>());
        Assert.Equal(0, (int)Marshal.OffsetOf<Privilege>(nameof(Privilege.Id)));
        Assert.Equal(8, (int)Marshal.OffsetOf<Privilege>(nameof(Privilege.SendMask)));
        Assert.Equal(16, (int)Marshal.OffsetOf<Privilege>(nameof(Privilege.CallMask)));
        Assert.Equal(24, (int)Marshal.OffsetOf<Privilege>(nameof(Privilege.GrantTable)));
        Assert.Equal(36, (int)Marshal.OffsetOf<Privilege>(nameof(Privilege.IoRanges)));
        Assert.Equal(104, (int)Marshal.OffsetOf<Privilege>(nameof(Privilege.MemoryRanges)));
    }

    private static int SizeOf(Type t) =>
        (int)typeof(Unsafe).GetMethod(nameof(Unsafe.SizeOf))!.MakeGenericMethod(t).Invoke(null, null)!;
}
