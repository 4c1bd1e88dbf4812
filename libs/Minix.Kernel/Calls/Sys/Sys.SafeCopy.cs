using Minix.Ipc;
using Minix.Kernel.Grants;

namespace Minix.Kernel.Calls;

public static partial class Sys
{
    /// <summary>SYS_SAFECOPYFROM: copies from memory <paramref name="granter"/> granted to the caller.</summary>
    /// <param name="granter">The process that made the grant.</param>
    /// <param name="grant">The grant id it sent.</param>
    /// <param name="offset">Offset inside the grant.</param>
    /// <param name="destination">Where to copy to, in the caller's memory.</param>
    /// <returns><see cref="Status.Ok"/> or the grant check's refusal.</returns>
    [UsesKernelCall(KernelCall.SafeCopyFrom)]
    public static unsafe Status SafeCopyFrom(Endpoint granter, GrantId grant, ulong offset, Span<byte> destination)
    {
        fixed (byte* address = destination)
            return Call(KernelCall.SafeCopyFrom, new SafeCopyRequest { Granter = granter, GrantId = grant.Value, Offset = offset, Address = (ulong)address, Bytes = (ulong)destination.Length });
    }

    /// <summary>SYS_SAFECOPYTO: copies into memory <paramref name="granter"/> granted to the caller.</summary>
    /// <param name="granter">The process that made the grant.</param>
    /// <param name="grant">The grant id it sent.</param>
    /// <param name="offset">Offset inside the grant.</param>
    /// <param name="source">What to copy, from the caller's memory.</param>
    /// <returns><see cref="Status.Ok"/> or the grant check's refusal.</returns>
    [UsesKernelCall(KernelCall.SafeCopyTo)]
    public static unsafe Status SafeCopyTo(Endpoint granter, GrantId grant, ulong offset, ReadOnlySpan<byte> source)
    {
        fixed (byte* address = source)
            return Call(KernelCall.SafeCopyTo, new SafeCopyRequest { Granter = granter, GrantId = grant.Value, Offset = offset, Address = (ulong)address, Bytes = (ulong)source.Length });
    }

    /// <summary>SYS_VSAFECOPY: many grant copies in one call, done in order until one fails.</summary>
    /// <param name="pieces">The copies (1..64).</param>
    /// <param name="done">How many pieces were copied completely.</param>
    /// <returns><see cref="Status.Ok"/>, <see cref="Status.TooBig"/>, or the first failing piece's refusal.</returns>
    [UsesKernelCall(KernelCall.VSafeCopy)]
    public static unsafe Status VSafeCopy(ReadOnlySpan<SafeCopyPiece> pieces, out int done)
    {
        fixed (SafeCopyPiece* vector = pieces)
        {
            Status status = Call(KernelCall.VSafeCopy, new VSafeCopyRequest { VectorAddress = (ulong)vector, Count = pieces.Length }, out Message reply);
            done = reply.Payload<VSafeCopyReply>().Done;
            return status;
        }
    }

    /// <summary>SYS_SETGRANT: registers the caller's grant table; the kernel reads entries from it on every copy.</summary>
    /// <param name="table">The table, in the caller's memory, which must stay where it is.</param>
    /// <returns>The call's status.</returns>
    [UsesKernelCall(KernelCall.SetGrant)]
    public static unsafe Status SetGrant(Span<GrantEntry> table)
    {
        fixed (GrantEntry* address = table)
            return Call(KernelCall.SetGrant, new SetGrantRequest { Address = (ulong)address, Entries = table.Length });
    }
}
