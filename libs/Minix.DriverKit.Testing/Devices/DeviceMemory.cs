using System.Runtime.InteropServices;

namespace Minix.DriverKit.Testing.Devices;

/// <summary>
/// Memory a device shows at a physical address (VGA text memory, a frame buffer): what SYS_MAPPHYS maps into a
/// process that system.conf's <c>mem</c> lets map it. On the simulator a process's addresses are host pointers, so
/// the memory is a pinned host array and the mapping its address.
/// </summary>
public sealed class DeviceMemory
{
    private readonly byte[] _bytes;

    /// <summary>Creates <paramref name="length"/> bytes of device memory at <paramref name="physical"/>, all zero.</summary>
    /// <param name="physical">The physical address.</param>
    /// <param name="length">The size in bytes.</param>
    public DeviceMemory(ulong physical, int length)
    {
        Physical = physical;
        _bytes = GC.AllocateArray<byte>(length, pinned: true);
    }

    /// <summary>The physical address.</summary>
    public ulong Physical { get; }

    /// <summary>The size in bytes.</summary>
    public int Length => _bytes.Length;

    /// <summary>The contents.</summary>
    public Span<byte> Bytes => _bytes;

    /// <summary>Whether the range lies inside this memory.</summary>
    /// <param name="physical">The first physical address.</param>
    /// <param name="length">The length.</param>
    /// <returns>True if it does.</returns>
    public bool Covers(ulong physical, ulong length) => physical >= Physical && length <= (ulong)Length && physical - Physical <= (ulong)Length - length;

    /// <summary>The host address of <paramref name="physical"/> (inside this memory).</summary>
    /// <param name="physical">A physical address it covers.</param>
    /// <returns>The host pointer as a number.</returns>
    public unsafe ulong HostAddress(ulong physical) => (ulong)Marshal.UnsafeAddrOfPinnedArrayElement(_bytes, 0) + (physical - Physical);
}
