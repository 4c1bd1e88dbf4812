using Minix.Ipc;
using Minix.Kernel.Calls;
using Minix.Kernel.Configuration;

namespace Minix.Kernel.Tests;

public class KernelCallCatalogueTests
{
    [Fact]
    public void Calls_keep_minix_numbers()
    {
        Assert.Equal(4, (int)KernelCall.PrivCtl);
        Assert.Equal(6, (int)KernelCall.Kill);
        Assert.Equal(19, (int)KernelCall.IrqCtl);
        Assert.Equal(21, (int)KernelCall.DevIo);
        Assert.Equal(23, (int)KernelCall.VDevIo);
        Assert.Equal(24, (int)KernelCall.SetAlarm);
        Assert.Equal(25, (int)KernelCall.Times);
        Assert.Equal(26, (int)KernelCall.GetInfo);
        Assert.Equal(27, (int)KernelCall.Abort);
        Assert.Equal(31, (int)KernelCall.SafeCopyFrom);
        Assert.Equal(32, (int)KernelCall.SafeCopyTo);
        Assert.Equal(33, (int)KernelCall.VSafeCopy);
        Assert.Equal(34, (int)KernelCall.SetGrant);
        Assert.Equal(53, (int)KernelCall.Exit);
    }

    [Fact]
    public void Every_call_has_one_catalogue_entry_in_number_order()
    {
        var calls = Enum.GetValues<KernelCall>();
        Assert.Equal(calls.Length, KernelCallCatalogue.All.Count);
        Assert.Equal(calls.OrderBy(c => (int)c), KernelCallCatalogue.All.Select(i => i.Call));
        Assert.All(calls, c => Assert.True((int)c < KernelCallMask.Capacity));
    }

    [Fact]
    public void Catalogue_entries_give_message_types_and_names()
    {
        var devio = KernelCallCatalogue.Get(KernelCall.DevIo);
        Assert.Equal(0x615, devio.MessageType);
        Assert.Equal("DEVIO", devio.Name);
        Assert.Equal(typeof(DevIoRequest), devio.Request);
        Assert.Equal(typeof(DevIoReply), devio.Reply);
        Assert.False(devio.Basic);
        Assert.True(KernelCallCatalogue.Get(KernelCall.SafeCopyFrom).Basic);
        Assert.Throws<ArgumentOutOfRangeException>(() => KernelCallCatalogue.Get((KernelCall)99));
    }

    [Fact]
    public void Request_and_reply_layouts_are_payloads()
    {
        foreach (KernelCallInfo info in KernelCallCatalogue.All)
        {
            foreach (Type? layout in new[] { info.Request, info.Reply })
            {
                if (layout is not null)
                    Assert.True(typeof(IMessagePayload).IsAssignableFrom(layout), info.Name + ": " + layout.Name);
            }
        }
    }

    [Fact]
    public void Call_names_parse_with_or_without_the_sys_prefix()
    {
        Assert.True(KernelCallNames.TryParse("DEVIO", out var a));
        Assert.Equal(KernelCall.DevIo, a);
        Assert.True(KernelCallNames.TryParse("SYS_SAFECOPYFROM", out var b));
        Assert.Equal(KernelCall.SafeCopyFrom, b);
        Assert.True(KernelCallNames.TryParse("irqctl", out var c));
        Assert.Equal(KernelCall.IrqCtl, c);
        Assert.False(KernelCallNames.TryParse("TRACE", out _));
        Assert.Equal(KernelCallCatalogue.All.Select(i => i.Name), KernelCallNames.All);
    }

    [Fact]
    public void Call_masks_test_single_bits()
    {
        ulong mask = KernelCallMask.Of(KernelCall.DevIo) | KernelCallMask.Of(KernelCall.Exit);
        Assert.True(KernelCallMask.Allows(mask, 21));
        Assert.True(KernelCallMask.Allows(mask, 53));
        Assert.False(KernelCallMask.Allows(mask, 19));
        Assert.False(KernelCallMask.Allows(ulong.MaxValue, 64));
        Assert.False(KernelCallMask.Allows(ulong.MaxValue, -1));
    }

    [Fact]
    public void Port_access_values_decode()
    {
        Assert.Equal(1, PortAccessInfo.Width(PortAccess.Input | PortAccess.Byte));
        Assert.Equal(2, PortAccessInfo.Width(PortAccess.Output | PortAccess.Word));
        Assert.Equal(4, PortAccessInfo.Width(PortAccess.Input | PortAccess.Long));
        Assert.True(PortAccessInfo.IsValid(PortAccess.Output | PortAccess.Byte));
        Assert.False(PortAccessInfo.IsValid(PortAccess.Input | PortAccess.Output | PortAccess.Byte));
        Assert.False(PortAccessInfo.IsValid(PortAccess.Input));
        Assert.False(PortAccessInfo.IsValid((PortAccess)0x111));
    }
}
