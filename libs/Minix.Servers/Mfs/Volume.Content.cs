using Minix.Ipc;

namespace Minix.Servers.Mfs;

// File contents: reading and writing bytes at a position, block by block between the buffer cache and the
// client's memory, and changing a file's length.
public sealed partial class Volume
{
    /// <summary>Reads up to <paramref name="count"/> bytes at <paramref name="position"/> into the client's memory (from its offset 0).</summary>
    /// <param name="slot">A held inode.</param>
    /// <param name="position">Byte offset in the file.</param>
    /// <param name="count">Bytes wanted.</param>
    /// <param name="client">Where they go.</param>
    /// <param name="done">Bytes read (fewer at the end of the file, 0 past it).</param>
    /// <returns><see cref="Status.Ok"/>, or the first error (with <paramref name="done"/> bytes already copied).</returns>
    public Status Read(int slot, long position, int count, ClientMemory client, out int done)
    {
        done = 0;
        ref DiskInode node = ref _inodes.Disk[slot];
        if (position < 0 || count < 0)
            return Status.InvalidArgument;
        long size = node.Size;
        if (position >= size || count == 0)
            return Status.Ok;
        int blockSize = _super.BlockSize;
        long wanted = Math.Min(count, size - position);
        while (done < wanted)
        {
            long at = position + done;
            long index = at / blockSize;
            int offset = (int)(at % blockSize);
            int chunk = (int)Math.Min(blockSize - offset, wanted - done);
            Status status = MapBlock(slot, index, allocate: false, out uint zone, out _);
            if (status != Status.Ok)
                return status;
            if (zone == 0)
            {
                status = client.CopyTo(done, _zeros.AsSpan(0, chunk));
            }
            else
            {
                int blocksLeft = (int)Math.Min(int.MaxValue, ((wanted - done) + offset + blockSize - 1) / blockSize);
                status = _cache.Get(zone, out int buffer, blocksLeft);
                if (status != Status.Ok)
                    return status;
                status = client.CopyTo(done, _cache.Data(buffer).Slice(offset, chunk));
                _cache.Put(buffer);
            }

            if (status != Status.Ok)
                return status;
            done += chunk;
        }

        if (!_readOnly)
        {
            node.AccessTime = Now();
            Changed(slot);
        }

        return Status.Ok;
    }

    /// <summary>
    /// Writes <paramref name="count"/> bytes from the client's memory (from its offset 0) at <paramref name="position"/>,
    /// growing the file as needed. A full device, the file-size limit or client memory that cannot be read ends the
    /// write early: the bytes written so far count, and the error is returned only if none were. The block where it
    /// ended is left as it was.
    /// </summary>
    /// <param name="slot">A held inode.</param>
    /// <param name="position">Byte offset in the file.</param>
    /// <param name="count">Bytes to write.</param>
    /// <param name="client">Where they come from.</param>
    /// <param name="done">Bytes written.</param>
    /// <returns><see cref="Status.Ok"/> (also for a short write), or the error when nothing was written.</returns>
    public Status Write(int slot, long position, int count, ClientMemory client, out int done)
    {
        done = 0;
        EnsureWritable(out Status status);
        if (status != Status.Ok)
            return status;
        if (position < 0 || count < 0)
            return Status.InvalidArgument;
        long limit = _super.FileSizeLimit;
        if (count > 0 && position >= limit)
            return Status.FileTooBig;
        long wanted = Math.Min(count, limit - position);
        int blockSize = _super.BlockSize;
        ref DiskInode node = ref _inodes.Disk[slot];
        while (done < wanted)
        {
            long at = position + done;
            long index = at / blockSize;
            int offset = (int)(at % blockSize);
            int chunk = (int)Math.Min(blockSize - offset, wanted - done);
            // The client's bytes are fetched before anything is allocated or a cached block touched: a copy that
            // fails (a bad address) then leaves the file's blocks, on disk and in the cache, as they were.
            Span<byte> incoming = _incoming.AsSpan(0, chunk);
            status = client.CopyFrom(done, incoming);
            if (status != Status.Ok)
                break;
            status = MapBlock(slot, index, allocate: true, out uint zone, out bool fresh);
            if (status != Status.Ok)
                break;
            int buffer;
            if (fresh || chunk == blockSize || (offset == 0 && at >= node.Size))
                status = _cache.GetForOverwrite(zone, out buffer);
            else
                status = _cache.Get(zone, out buffer);
            if (status != Status.Ok)
            {
                if (fresh)
                    FreeBlocksPastEnd(slot);
                break;
            }

            Span<byte> data = _cache.Data(buffer);
            if (fresh)
                data.Clear();
            incoming.CopyTo(data.Slice(offset, chunk));
            _cache.MarkDirty(buffer);
            _cache.Put(buffer);
            done += chunk;
            if (at + chunk > node.Size)
                node.Size = (int)(at + chunk);
        }

        if (done > 0)
        {
            node.ModifyTime = node.ChangeTime = Now();
            Changed(slot);
            return Status.Ok;
        }

        return status;
    }

    /// <summary>Frees the blocks wholly past the file's end, such as a zone a failed write allocated and never filled.</summary>
    private void FreeBlocksPastEnd(int slot)
    {
        int blockSize = _super.BlockSize;
        FreeContents(slot, (_inodes.Disk[slot].Size + (long)blockSize - 1) / blockSize);
    }

    /// <summary>
    /// Sets the file's length: shrinking frees the blocks past the end and zeroes the rest of the last block (so a
    /// later growth reads zeros); growing leaves a hole.
    /// </summary>
    /// <param name="slot">A held inode.</param>
    /// <param name="length">The new length.</param>
    /// <returns><see cref="Status.Ok"/>, <see cref="Status.FileTooBig"/> past the size limit, <see cref="Status.InvalidArgument"/>
    /// for a negative length or a special file, or a device error.</returns>
    public Status Truncate(int slot, long length)
    {
        EnsureWritable(out Status status);
        if (status != Status.Ok)
            return status;
        ref DiskInode node = ref _inodes.Disk[slot];
        if (length < 0 || !node.HasData)
            return Status.InvalidArgument;
        if (length > _super.FileSizeLimit)
            return Status.FileTooBig;
        int blockSize = _super.BlockSize;
        if (length < node.Size)
        {
            FreeContents(slot, (length + blockSize - 1) / blockSize);
            int tail = (int)(length % blockSize);
            if (tail != 0)
            {
                status = MapBlock(slot, length / blockSize, allocate: false, out uint zone, out _);
                if (status == Status.Ok && zone != 0 && _cache.Get(zone, out int buffer) == Status.Ok)
                {
                    _cache.Data(buffer).Slice(tail).Clear();
                    _cache.MarkDirty(buffer);
                    _cache.Put(buffer);
                }
            }
        }

        node.Size = (int)length;
        node.ModifyTime = node.ChangeTime = Now();
        Changed(slot);
        return Status.Ok;
    }
}
