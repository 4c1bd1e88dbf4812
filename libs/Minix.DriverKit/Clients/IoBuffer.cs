namespace Minix.DriverKit;

/// <summary>
/// A buffer of a vectored block request (<see cref="BlockDeviceClient.Gather"/>, <see cref="BlockDeviceClient.Scatter"/>,
/// or <see cref="DeviceClient.Gather(int, long, ReadOnlySpan{IoBuffer}, GrantTable)"/> without the restart policy): where it is in the caller's
/// memory and how long. The memory is granted to the driver for the request, so it must not move: take it from
/// <see cref="PinnedMemory.Allocate"/> or the stack.
/// </summary>
public readonly struct IoBuffer
{
    /// <summary>Describes <paramref name="length"/> bytes at <paramref name="address"/>.</summary>
    /// <param name="address">Start, in the caller's memory.</param>
    /// <param name="length">Bytes.</param>
    public IoBuffer(ulong address, int length)
    {
        Address = address;
        Length = length;
    }

    /// <summary>Start, in the caller's memory.</summary>
    public ulong Address { get; }

    /// <summary>Bytes.</summary>
    public int Length { get; }

    /// <summary>Describes <paramref name="memory"/> (which must not move while a request uses it).</summary>
    /// <param name="memory">The memory.</param>
    /// <returns>The buffer.</returns>
    public static unsafe IoBuffer Of(ReadOnlySpan<byte> memory)
    {
        fixed (byte* start = memory)
            return new IoBuffer((ulong)start, memory.Length);
    }
}
