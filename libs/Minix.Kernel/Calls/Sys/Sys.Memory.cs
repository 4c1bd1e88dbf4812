using Minix.Ipc;
using Minix.Kernel.Privileges;

namespace Minix.Kernel.Calls;

public static partial class Sys
{
    /// <summary>SYS_MAPPHYS: maps physical memory the caller's system.conf <c>mem</c> ranges allow into the caller.</summary>
    /// <param name="physical">The first byte (page-aligned).</param>
    /// <param name="length">Bytes (whole pages are mapped).</param>
    /// <param name="writable">Whether to map it writable.</param>
    /// <param name="address">Where it appears in the caller.</param>
    /// <returns>The call's status (<see cref="Status.MemoryNotAllowed"/> outside the caller's ranges).</returns>
    [UsesKernelCall(KernelCall.MapPhys)]
    public static Status MapPhysical(ulong physical, ulong length, bool writable, out ulong address)
    {
        Status status = Call(KernelCall.MapPhys, new MapPhysRequest { Physical = physical, Length = length, Writable = writable ? 1 : 0 }, out Message reply);
        address = status == Status.Ok ? reply.Payload<MapPhysReply>().Address : 0;
        return status;
    }

    /// <summary>The caller's memory range number <paramref name="index"/>, in system.conf's <c>mem</c> order (a boot data module by name resolves to where it sits).</summary>
    /// <param name="index">0 for the first range.</param>
    /// <param name="range">The range.</param>
    /// <returns><see cref="Status.Ok"/>, <see cref="Status.NotFound"/> past the last range, or why the privileges could not be read.</returns>
    [UsesKernelCall(KernelCall.GetInfo)]
    public static Status MemoryRange(int index, out MemoryRange range)
    {
        range = default;
        Status status = GetPrivileges(Endpoint.Self, out Privilege privilege);
        if (status != Status.Ok)
            return status;
        if ((uint)index >= (uint)privilege.MemoryRangeCount)
            return Status.NotFound;
        range = privilege.MemoryRanges[index];
        return Status.Ok;
    }
}
