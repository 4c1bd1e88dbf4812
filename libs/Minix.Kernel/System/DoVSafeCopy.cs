namespace Minix.Kernel.Core;

public sealed partial class Microkernel
{
    /// <summary>
    /// SYS_VSAFECOPY: up to 64 grant copies in one call (the vector length is checked before anything is read).
    /// Each piece is validated on its own, as a single copy would be; the first failure stops the call and the
    /// reply says how many pieces were done.
    /// </summary>
    private static Status DoVSafeCopy(Microkernel kernel, Process caller, ref Message message)
    {
        VSafeCopyRequest request = message.Payload<VSafeCopyRequest>();
        ref VSafeCopyReply reply = ref message.Payload<VSafeCopyReply>();
        if (request.Count < 1)
            return Status.InvalidArgument;
        if (request.Count > VSafeCopyRequest.MaxPieces)
            return Status.TooBig;
        Span<SafeCopyPiece> pieces = stackalloc SafeCopyPiece[request.Count];
        if (!kernel.Machine.Read(caller, request.VectorAddress, MemoryMarshal.AsBytes(pieces)))
            return Status.BadAddress;

        reply = default;
        for (int i = 0; i < pieces.Length; i++)
        {
            ref SafeCopyPiece piece = ref pieces[i];
            Status status = kernel.GrantCopy(caller, piece.Granter, new GrantId(piece.GrantId), piece.Offset, piece.Address, piece.Bytes, piece.Direction);
            if (status != Status.Ok)
                return status;
            reply.Done = i + 1;
            reply.Bytes += (int)piece.Bytes;
        }

        return Status.Ok;
    }
}
