using System.Runtime.InteropServices;
using Minix.Ipc;
using Minix.Kernel.Grants;

namespace Minix.DriverKit;

public partial struct DeviceClient
{
    /// <summary>
    /// Vectored read (<see cref="BlockDeviceProtocol.Gather"/>): reads consecutive bytes of the device from
    /// <paramref name="position"/> into the buffers the I/O vector lists, one after another.
    /// </summary>
    /// <param name="minor">The minor.</param>
    /// <param name="position">Byte offset on the device.</param>
    /// <param name="vector">The caller's grant (read access) of <paramref name="count"/> <see cref="IoVectorElement"/>s, each naming a grant (write access) of one buffer.</param>
    /// <param name="count">Elements in the vector (1 .. <see cref="BlockDeviceProtocol.MaxVectorElements"/>).</param>
    /// <returns>Bytes read, or a negative status.</returns>
    public long Gather(int minor, long position, GrantId vector, int count) => Vectored(BlockDeviceProtocol.Gather, minor, position, vector, count);

    /// <summary>
    /// Vectored write (<see cref="BlockDeviceProtocol.Scatter"/>): writes the buffers the I/O vector lists, one after
    /// another, to consecutive bytes of the device from <paramref name="position"/> on.
    /// </summary>
    /// <param name="minor">The minor.</param>
    /// <param name="position">Byte offset on the device.</param>
    /// <param name="vector">The caller's grant (read access) of <paramref name="count"/> <see cref="IoVectorElement"/>s, each naming a grant (read access) of one buffer.</param>
    /// <param name="count">Elements in the vector (1 .. <see cref="BlockDeviceProtocol.MaxVectorElements"/>).</param>
    /// <returns>Bytes written, or a negative status.</returns>
    public long Scatter(int minor, long position, GrantId vector, int count) => Vectored(BlockDeviceProtocol.Scatter, minor, position, vector, count);

    /// <summary>Reads into <paramref name="buffer"/>, granting it to the driver for the request only.</summary>
    /// <param name="minor">The minor.</param>
    /// <param name="position">Byte offset on the device.</param>
    /// <param name="buffer">Memory that must not move (pinned or on the stack).</param>
    /// <param name="grants">The caller's registered grant table, with a free entry.</param>
    /// <returns>Bytes read, or a negative status (<see cref="Status.OutOfMemory"/> if the table is full).</returns>
    public long Read(int minor, long position, Span<byte> buffer, GrantTable grants) => Through(BlockDeviceProtocol.Read, minor, position, buffer, grants, GrantFlags.Write);

    /// <summary>Writes <paramref name="buffer"/>, granting it to the driver for the request only.</summary>
    /// <param name="minor">The minor.</param>
    /// <param name="position">Byte offset on the device.</param>
    /// <param name="buffer">Memory that must not move (pinned or on the stack).</param>
    /// <param name="grants">The caller's registered grant table, with a free entry.</param>
    /// <returns>Bytes written, or a negative status (<see cref="Status.OutOfMemory"/> if the table is full).</returns>
    public long Write(int minor, long position, ReadOnlySpan<byte> buffer, GrantTable grants) => Through(BlockDeviceProtocol.Write, minor, position, buffer, grants, GrantFlags.Read);

    /// <summary>
    /// Reads consecutive bytes of the device into <paramref name="buffers"/> with one request: grants each buffer and
    /// the I/O vector to the driver, sends a <see cref="BlockDeviceProtocol.Gather"/>, and revokes the grants.
    /// </summary>
    /// <param name="minor">The minor.</param>
    /// <param name="position">Byte offset on the device.</param>
    /// <param name="buffers">1 .. <see cref="BlockDeviceProtocol.MaxVectorElements"/> buffers, in device order.</param>
    /// <param name="grants">The caller's registered grant table, with a free entry per buffer and one for the vector.</param>
    /// <returns>Bytes read, or a negative status (<see cref="Status.OutOfMemory"/> if the table is too full).</returns>
    public long Gather(int minor, long position, ReadOnlySpan<IoBuffer> buffers, GrantTable grants) => Vectored(BlockDeviceProtocol.Gather, minor, position, buffers, grants);

    /// <summary>
    /// Writes <paramref name="buffers"/> to consecutive bytes of the device with one request, granting them and the I/O
    /// vector to the driver for the request only (<see cref="BlockDeviceProtocol.Scatter"/>).
    /// </summary>
    /// <param name="minor">The minor.</param>
    /// <param name="position">Byte offset on the device.</param>
    /// <param name="buffers">1 .. <see cref="BlockDeviceProtocol.MaxVectorElements"/> buffers, in device order.</param>
    /// <param name="grants">The caller's registered grant table, with a free entry per buffer and one for the vector.</param>
    /// <returns>Bytes written, or a negative status (<see cref="Status.OutOfMemory"/> if the table is too full).</returns>
    public long Scatter(int minor, long position, ReadOnlySpan<IoBuffer> buffers, GrantTable grants) => Vectored(BlockDeviceProtocol.Scatter, minor, position, buffers, grants);

    /// <summary>Asks a block driver for the minor's geometry (<see cref="BlockDeviceProtocol.GetGeometry"/>).</summary>
    /// <param name="minor">The minor.</param>
    /// <param name="geometry">The answer (zeroes on failure).</param>
    /// <param name="grants">The caller's registered grant table, with a free entry.</param>
    /// <returns>The minor's size in bytes, or a negative status.</returns>
    public long Geometry(int minor, out BlockGeometry geometry, GrantTable grants)
    {
        geometry = default;
        Span<byte> answer = MemoryMarshal.AsBytes(new Span<BlockGeometry>(ref geometry));
        GrantId grant = grants.Grant(Driver, answer, GrantFlags.Write);
        if (!grant.IsValid)
            return (long)Status.OutOfMemory;
        long result = Ioctl(minor, BlockDeviceProtocol.GetGeometry, grant);
        grants.Revoke(grant);
        if (result < 0)
            geometry = default;
        return result;
    }

    /// <summary>Asks a block driver to write what its device caches to the medium (<see cref="BlockDeviceProtocol.Flush"/>).</summary>
    /// <param name="minor">The minor.</param>
    /// <returns>0, or a negative status.</returns>
    public long Flush(int minor) => Ioctl(minor, BlockDeviceProtocol.Flush);

    private long Vectored(int type, int minor, long position, GrantId vector, int count)
    {
        if (_base != BlockDeviceProtocol.Open)
            return (long)Status.BadRequest;
        return Call(type, new DeviceRequest { Minor = minor, Position = position, Grant = vector.Value, Count = count });
    }

    private long Through(int type, int minor, long position, ReadOnlySpan<byte> buffer, GrantTable grants, GrantFlags access)
    {
        GrantId grant = grants.Grant(Driver, buffer, access);
        if (!grant.IsValid)
            return (long)Status.OutOfMemory;
        long result = Call(type, new DeviceRequest { Minor = minor, Position = position, Grant = grant.Value, Count = buffer.Length });
        grants.Revoke(grant);
        return result;
    }

    private long Vectored(int type, int minor, long position, ReadOnlySpan<IoBuffer> buffers, GrantTable grants)
    {
        if (buffers.Length < 1 || buffers.Length > BlockDeviceProtocol.MaxVectorElements)
            return (long)Status.InvalidArgument;
        GrantFlags access = type == BlockDeviceProtocol.Gather ? GrantFlags.Write : GrantFlags.Read;
        Span<IoVectorElement> vector = stackalloc IoVectorElement[buffers.Length];
        int granted = 0;
        long result = (long)Status.OutOfMemory;
        for (; granted < buffers.Length; granted++)
        {
            GrantId grant = grants.Grant(Driver, buffers[granted].Address, (ulong)buffers[granted].Length, access);
            if (!grant.IsValid)
                break;
            vector[granted] = new IoVectorElement { Grant = grant.Value, Length = buffers[granted].Length };
        }

        if (granted == buffers.Length)
        {
            GrantId list = grants.Grant(Driver, MemoryMarshal.AsBytes(vector), GrantFlags.Read);
            if (list.IsValid)
            {
                result = Vectored(type, minor, position, list, vector.Length);
                grants.Revoke(list);
            }
        }

        for (int i = 0; i < granted; i++)
            grants.Revoke(new GrantId(vector[i].Grant));
        return result;
    }
}
