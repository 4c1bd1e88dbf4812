using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Minix.Ipc;

namespace Minix.Ipc.Tests;

public class MessageLayoutTests
{
    [Fact]
    public void A_message_is_exactly_64_bytes()
    {
        Assert.Equal(64, Unsafe.SizeOf<Message>());
        Assert.Equal(64, Marshal.SizeOf<Message>());
        Assert.Equal(56, Unsafe.SizeOf<MessagePayloadBytes>());
    }

    [Fact]
    public void Source_type_and_payload_sit_at_their_offsets()
    {
        Assert.Equal(0, (int)Marshal.OffsetOf<Message>(nameof(Message.Source)));
        Assert.Equal(4, (int)Marshal.OffsetOf<Message>(nameof(Message.Type)));
        Assert.Equal(8, (int)Marshal.OffsetOf<Message>("_payload"));
    }

    [Fact]
    public void Notification_payload_layout_is_pinned()
    {
        Assert.Equal(24, Unsafe.SizeOf<NotifyPayload>());
        Assert.Equal(0, (int)Marshal.OffsetOf<NotifyPayload>(nameof(NotifyPayload.Timestamp)));
        Assert.Equal(8, (int)Marshal.OffsetOf<NotifyPayload>(nameof(NotifyPayload.Interrupts)));
        Assert.Equal(16, (int)Marshal.OffsetOf<NotifyPayload>(nameof(NotifyPayload.Signals)));
    }

    [Fact]
    public void A_payload_layout_writes_through_into_the_message_bytes()
    {
        var message = new Message(MessageType.Notify);
        message.Payload<NotifyPayload>().Interrupts = 0x0102030405060708;
        Assert.Equal(0x08, message.PayloadBytes[8]);
        Assert.Equal(0x01, message.PayloadBytes[15]);

        Span<byte> raw = MemoryMarshal.AsBytes(new Span<Message>(ref message));
        Assert.Equal(0x08, raw[Message.PayloadOffset + 8]);
        Assert.Equal(MessageType.Notify, BitConverter.ToInt32(raw.Slice(Message.TypeOffset, 4)));
    }

    [Fact]
    public void Create_copies_the_payload_and_type()
    {
        var message = Message.Create(0x1234, new NotifyPayload { Timestamp = 99 });
        Assert.Equal(0x1234, message.Type);
        Assert.Equal(99UL, message.Payload<NotifyPayload>().Timestamp);
    }

    [Fact]
    public void A_payload_layout_larger_than_56_bytes_is_refused()
    {
        var message = default(Message);
        Assert.Throws<InvalidOperationException>(() => message.Payload<TooLarge>());
    }

    [Fact]
    public void Reply_status_reads_negative_types_as_errors()
    {
        Assert.Equal(Status.Ok, new Message(5).Status);
        Assert.Equal(Status.CallDenied, new Message((int)Status.CallDenied).Status);
    }

    [Fact]
    public void Every_payload_layout_in_the_toolkit_fits_in_56_bytes()
    {
        var layouts = PayloadLayouts.InLoadedToolkitAssemblies(typeof(Message).Assembly).ToList();
        Assert.Contains(typeof(NotifyPayload), layouts);
        foreach (Type layout in layouts)
            Assert.True(PayloadLayouts.SizeOf(layout) <= Message.PayloadSize, layout + " is " + PayloadLayouts.SizeOf(layout) + " bytes");
    }

    [StructLayout(LayoutKind.Sequential, Size = 57)]
    private struct TooLarge : IMessagePayload
    {
    }
}

/// <summary>Finds message payload layouts by reflection; shared with the kernel's layout tests.</summary>
public static class PayloadLayouts
{
    public static IEnumerable<Type> InLoadedToolkitAssemblies(params Assembly[] assemblies) =>
        assemblies.SelectMany(a => a.GetTypes())
            .Where(t => t.IsValueType && typeof(IMessagePayload).IsAssignableFrom(t) && !t.IsNested);

    public static int SizeOf(Type layout) =>
        (int)typeof(Unsafe).GetMethod(nameof(Unsafe.SizeOf))!.MakeGenericMethod(layout).Invoke(null, null)!;
}
