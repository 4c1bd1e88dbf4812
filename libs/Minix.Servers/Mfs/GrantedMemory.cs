using Minix.Ipc;
using Minix.Kernel.Calls;
using Minix.Kernel.Grants;

namespace Minix.Servers.Mfs;

/// <summary>
/// Client memory reached through a grant (SYS_SAFECOPYTO/FROM): the file server copies between its buffer cache
/// and the program's buffer directly; VFS passes the program's grant on as an indirect grant and never touches
/// the data. One instance is reused for every request.
/// </summary>
public sealed class GrantedMemory : ClientMemory
{
    /// <summary>Creates the memory; set <see cref="Granter"/> and <see cref="Grant"/> for each request.</summary>
    public GrantedMemory()
    {
    }

    /// <summary>The process that made the grant (VFS, for a grant passed on).</summary>
    public Endpoint Granter;

    /// <summary>The grant.</summary>
    public GrantId Grant;

    /// <inheritdoc/>
    [UsesKernelCall(KernelCall.SafeCopyTo)]
    public override Status CopyTo(long offset, ReadOnlySpan<byte> source) =>
        offset < 0 ? Status.InvalidArgument : Sys.SafeCopyTo(Granter, Grant, (ulong)offset, source);

    /// <inheritdoc/>
    [UsesKernelCall(KernelCall.SafeCopyFrom)]
    public override Status CopyFrom(long offset, Span<byte> destination) =>
        offset < 0 ? Status.InvalidArgument : Sys.SafeCopyFrom(Granter, Grant, (ulong)offset, destination);
}
