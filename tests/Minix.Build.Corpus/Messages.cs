using System;
using Minix.Ipc;

namespace Minix.Build.Corpus;

/// <summary>The toolkit's own IPC types (Minix.Ipc, image build of a project reference) in use.</summary>
public static class Messages
{
    public static int EndpointSlot(int generation, int slot) => Endpoint.Create(generation, slot).Slot;

    public static int EndpointGeneration(int generation, int slot) => Endpoint.Create(generation, slot).Generation;

    public static int EndpointRoundTrip(int value)
    {
        var e = new Endpoint(value);
        return Endpoint.Create(e.Generation & Endpoint.MaxGeneration, e.Slot < -Endpoint.MaxTaskSlots ? 0 : e.Slot).Value;
    }

    public static int NextGeneration(int generation) => Endpoint.NextGeneration(generation);

    public static bool EndpointIsKernelTask(int value) => new Endpoint(value).IsKernelTask;

    public static bool EndpointEquals(int a, int b) => new Endpoint(a).Equals(new Endpoint(b));

    public static long NotifyRoundTrip(long timestamp, long interrupts)
    {
        var payload = new NotifyPayload { Timestamp = (ulong)timestamp, Interrupts = (ulong)interrupts };
        var message = Message.Create(MessageType.Notify, in payload);
        ref var back = ref message.Payload<NotifyPayload>();
        back.Signals = 5;
        return (long)(back.Timestamp ^ back.Interrupts) + (long)message.Payload<NotifyPayload>().Signals + message.Type;
    }

    public static int PayloadBytes(int type, int index)
    {
        var message = new Message(type);
        Span<byte> bytes = message.PayloadBytes;
        bytes[index] = 0x5A;
        int sum = message.Type;
        foreach (byte b in bytes)
            sum += b;
        return sum;
    }

    public static int ReplyStatus(int type) => (int)new Message(type).Status;

    public static bool IpcMask(int call) => IpcCallMask.Allows(IpcCallMask.All, (IpcCall)call);

    public static long MessageChecksum(int type, long seed)
    {
        var message = new Message(type);
        Span<byte> bytes = message.PayloadBytes;
        ulong x = (ulong)seed | 1;
        for (int i = 0; i < bytes.Length; i++)
        {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            bytes[i] = (byte)x;
        }

        var copy = message;
        copy.PayloadBytes[0] ^= 0xFF;
        long h = 0;
        foreach (byte b in message.PayloadBytes)
            h = h * 131 + b;
        return h ^ copy.PayloadBytes[0];
    }
}
