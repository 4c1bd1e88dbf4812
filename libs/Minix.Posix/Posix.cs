using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel.Grants;

namespace Minix.Posix;

/// <summary>
/// The POSIX calls of a Minix# program, as C#: each is one SENDREC to the server that owns it (files: the virtual
/// file system, VFS) and returns a <see cref="long"/> as the program ABI's <c>minix_sys_*</c> functions do: zero or
/// more on success (a descriptor, a byte count, a position), else a negative <see cref="Status"/> with POSIX's
/// meaning (<see cref="Status.NotFound"/> is -ENOENT). Paths are UTF-8 without a terminating NUL.
/// </summary>
/// <remarks>
/// Buffers and paths reach VFS through grants in <see cref="Grants"/>, the process's grant table, made for one call
/// and revoked when it returns. A program that also talks to drivers itself must make its grants in this same table:
/// a process has one table, and registering another would cut VFS off.
/// </remarks>
public static unsafe partial class Posix
{
    /// <summary>How many grants the table has room for (a call uses at most two at once).</summary>
    public const int GrantCapacity = 8;

    /// <summary>The process's grant table (registered with the kernel on first use).</summary>
    public static GrantTable Grants => GrantTableOfProcess();

    /// <summary>Sends a file call to VFS and waits for its answer.</summary>
    /// <param name="message">The request; the answer on return.</param>
    /// <returns>The answer's value, or a negative status.</returns>
    private static long CallFileSystem(ref Message message)
    {
        Status ipc = Messaging.SendRec(Endpoint.FileSystem, ref message);
        if (ipc != Status.Ok)
            return (long)ipc;
        return message.Type < 0 ? message.Type : message.Payload<FileSystemReply>().Value;
    }

    /// <summary>Grants VFS <paramref name="length"/> bytes at <paramref name="address"/>.</summary>
    private static int GrantToVfs(byte* address, int length, GrantFlags access)
    {
        GrantId grant = Grants.Grant(Endpoint.FileSystem, (ulong)address, (ulong)length, access);
        return grant.Value;
    }

    private static void Revoke(int grant)
    {
        if (grant != GrantId.Invalid)
            Grants.Revoke(new GrantId(grant));
    }

    private static GrantTable NewGrantTable()
    {
        var table = new GrantTable(GrantCapacity);
        table.Register();
        return table;
    }

    /// <summary>A call on one path.</summary>
    private static long PathCall(int type, ReadOnlySpan<byte> path, int flags = 0, int mode = 0, long number = 0, byte* second = null, int secondLength = 0, GrantFlags secondAccess = GrantFlags.Write)
    {
        fixed (byte* p = path)
        {
            int grant = GrantToVfs(p, path.Length, GrantFlags.Read);
            int other = second is null ? GrantId.Invalid : GrantToVfs(second, secondLength, secondAccess);
            if (grant == GrantId.Invalid || (second is not null && other == GrantId.Invalid))
            {
                Revoke(grant);
                Revoke(other);
                return (long)Status.OutOfMemory;
            }

            var m = Message.Create(type, new PathRequest { PathGrant = grant, PathLength = path.Length, Flags = flags, Mode = mode, Number = number, SecondGrant = other });
            long result = CallFileSystem(ref m);
            Revoke(other);
            Revoke(grant);
            return result;
        }
    }

    /// <summary>A call on two paths.</summary>
    private static long TwoPathCall(int type, ReadOnlySpan<byte> first, ReadOnlySpan<byte> second, int flags = 0)
    {
        fixed (byte* a = first)
        fixed (byte* b = second)
        {
            int one = GrantToVfs(a, first.Length, GrantFlags.Read);
            int two = GrantToVfs(b, second.Length, GrantFlags.Read);
            long result = (long)Status.OutOfMemory;
            if (one != GrantId.Invalid && two != GrantId.Invalid)
            {
                var m = Message.Create(type, new TwoPathRequest { PathGrant = one, PathLength = first.Length, Path2Grant = two, Path2Length = second.Length, Flags = flags });
                result = CallFileSystem(ref m);
            }

            Revoke(two);
            Revoke(one);
            return result;
        }
    }

    /// <summary>A call on a descriptor, with a buffer granted for its duration if there is one.</summary>
    private static long DescriptorCall(int type, int fd, byte* buffer = null, int count = 0, GrantFlags access = GrantFlags.Write, int command = 0, long argument = 0)
    {
        int grant = GrantId.Invalid;
        if (buffer is not null)
        {
            grant = GrantToVfs(buffer, count, access);
            if (grant == GrantId.Invalid)
                return (long)Status.OutOfMemory;
        }

        var m = Message.Create(type, new DescriptorRequest { Descriptor = fd, Grant = grant, Count = count, Command = command, Argument = argument });
        long result = CallFileSystem(ref m);
        Revoke(grant);
        return result;
    }
}
