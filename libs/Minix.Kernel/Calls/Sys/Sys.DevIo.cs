using Minix.Ipc;

namespace Minix.Kernel.Calls;

public static partial class Sys
{
    /// <summary>SYS_DEVIO: one port access, checked against the caller's I/O ranges and aligned to its width.</summary>
    /// <param name="access">Direction and width.</param>
    /// <param name="port">The port.</param>
    /// <param name="value">Value to write; on input, receives the value read.</param>
    /// <returns><see cref="Status.Ok"/>, <see cref="Status.PortNotAllowed"/>, <see cref="Status.PortMisaligned"/> or <see cref="Status.InvalidArgument"/>.</returns>
    [UsesKernelCall(KernelCall.DevIo)]
    public static Status DevIo(PortAccess access, int port, ref uint value)
    {
        Status status = Call(KernelCall.DevIo, new DevIoRequest { Access = access, Port = port, Value = value }, out Message reply);
        if (status == Status.Ok && PortAccessInfo.IsInput(access))
            value = reply.Payload<DevIoReply>().Value;
        return status;
    }

    /// <summary>Reads a byte from <paramref name="port"/>.</summary>
    /// <param name="port">The port.</param>
    /// <param name="value">The value read.</param>
    /// <returns>The call's status.</returns>
    [UsesKernelCall(KernelCall.DevIo)]
    public static Status InByte(int port, out byte value)
    {
        uint raw = 0;
        Status status = DevIo(PortAccess.Input | PortAccess.Byte, port, ref raw);
        value = (byte)raw;
        return status;
    }

    /// <summary>Reads a 16-bit word from <paramref name="port"/>.</summary>
    /// <param name="port">The port (even).</param>
    /// <param name="value">The value read.</param>
    /// <returns>The call's status.</returns>
    [UsesKernelCall(KernelCall.DevIo)]
    public static Status InWord(int port, out ushort value)
    {
        uint raw = 0;
        Status status = DevIo(PortAccess.Input | PortAccess.Word, port, ref raw);
        value = (ushort)raw;
        return status;
    }

    /// <summary>Reads a 32-bit value from <paramref name="port"/>.</summary>
    /// <param name="port">The port (a multiple of 4).</param>
    /// <param name="value">The value read.</param>
    /// <returns>The call's status.</returns>
    [UsesKernelCall(KernelCall.DevIo)]
    public static Status InLong(int port, out uint value)
    {
        value = 0;
        return DevIo(PortAccess.Input | PortAccess.Long, port, ref value);
    }

    /// <summary>Writes a byte to <paramref name="port"/>.</summary>
    /// <param name="port">The port.</param>
    /// <param name="value">The value.</param>
    /// <returns>The call's status.</returns>
    [UsesKernelCall(KernelCall.DevIo)]
    public static Status OutByte(int port, byte value)
    {
        uint raw = value;
        return DevIo(PortAccess.Output | PortAccess.Byte, port, ref raw);
    }

    /// <summary>Writes a 16-bit word to <paramref name="port"/>.</summary>
    /// <param name="port">The port (even).</param>
    /// <param name="value">The value.</param>
    /// <returns>The call's status.</returns>
    [UsesKernelCall(KernelCall.DevIo)]
    public static Status OutWord(int port, ushort value)
    {
        uint raw = value;
        return DevIo(PortAccess.Output | PortAccess.Word, port, ref raw);
    }

    /// <summary>Writes a 32-bit value to <paramref name="port"/>.</summary>
    /// <param name="port">The port (a multiple of 4).</param>
    /// <param name="value">The value.</param>
    /// <returns>The call's status.</returns>
    [UsesKernelCall(KernelCall.DevIo)]
    public static Status OutLong(int port, uint value) => DevIo(PortAccess.Output | PortAccess.Long, port, ref value);

    /// <summary>SYS_VDEVIO: many accesses of one direction and width; every port is checked before any is touched.</summary>
    /// <param name="access">Direction and width of every access.</param>
    /// <param name="pairs">Ports and values (1..16); values read are stored back.</param>
    /// <returns><see cref="Status.Ok"/>, <see cref="Status.TooBig"/> for more than 16 pairs, or a port check's status.</returns>
    [UsesKernelCall(KernelCall.VDevIo)]
    public static unsafe Status VDevIo(PortAccess access, Span<PortValuePair> pairs)
    {
        fixed (PortValuePair* vector = pairs)
            return Call(KernelCall.VDevIo, new VDevIoRequest { Access = access, Count = pairs.Length, VectorAddress = (ulong)vector });
    }

    /// <summary>
    /// SYS_VDEVIO string input (<see cref="PortAccess.String"/>): reads <paramref name="values"/>.Length / width values
    /// of one width from one port into <paramref name="values"/>, packed, as a disk's data register is read.
    /// </summary>
    /// <param name="width"><see cref="PortAccess.Byte"/>, <see cref="PortAccess.Word"/> or <see cref="PortAccess.Long"/>.</param>
    /// <param name="port">The port, checked once.</param>
    /// <param name="values">Receives the values; at most <see cref="VDevIoRequest.MaxStringBytes"/> bytes, a whole number of values.</param>
    /// <returns><see cref="Status.Ok"/>, <see cref="Status.TooBig"/>, <see cref="Status.InvalidArgument"/> or the port check's status.</returns>
    [UsesKernelCall(KernelCall.VDevIo)]
    public static unsafe Status InString(PortAccess width, int port, Span<byte> values)
    {
        fixed (byte* buffer = values)
            return StringDevIo(PortAccess.Input | width, port, buffer, values.Length);
    }

    /// <summary>SYS_VDEVIO string output (<see cref="PortAccess.String"/>): writes packed values of one width to one port.</summary>
    /// <param name="width"><see cref="PortAccess.Byte"/>, <see cref="PortAccess.Word"/> or <see cref="PortAccess.Long"/>.</param>
    /// <param name="port">The port, checked once.</param>
    /// <param name="values">The values, in order; at most <see cref="VDevIoRequest.MaxStringBytes"/> bytes, a whole number of values.</param>
    /// <returns>As <see cref="InString"/>.</returns>
    [UsesKernelCall(KernelCall.VDevIo)]
    public static unsafe Status OutString(PortAccess width, int port, ReadOnlySpan<byte> values)
    {
        fixed (byte* buffer = values)
            return StringDevIo(PortAccess.Output | width, port, buffer, values.Length);
    }

    private static unsafe Status StringDevIo(PortAccess access, int port, byte* values, int length)
    {
        int width = PortAccessInfo.Width(access);
        if (width == 0 || length % width != 0)
            return Status.InvalidArgument;
        return Call(KernelCall.VDevIo, new VDevIoRequest { Access = access | PortAccess.String, Count = length / width, VectorAddress = (ulong)values, Port = port });
    }
}
