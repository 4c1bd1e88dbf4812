using System.Runtime.InteropServices;
using Minix.Ipc;

namespace Minix.Servers.Mfs;

/// <summary>What <see cref="Formatter.Format"/> makes.</summary>
public struct FormatOptions
{
    /// <summary>Bytes per block: 1024 (util-linux's only size), 2048, 4096, 8192 ... 32768.</summary>
    public int BlockSize;

    /// <summary>Blocks of the file system; 0 for the whole device.</summary>
    public long Blocks;

    /// <summary>Inodes; 0 for one per 3 KiB of device up to 512 MiB (one per 8 KiB up to 2 GiB, one per 16 KiB above), as util-linux counts.</summary>
    public long Inodes;

    /// <summary>The time stamped on the root directory.</summary>
    public int Time;

    /// <summary>The root directory's owner.</summary>
    public int RootUserId;

    /// <summary>The root directory's group.</summary>
    public int RootGroupId;

    /// <summary>The root directory's permission bits (0 for 0755).</summary>
    public int RootMode;
}

/// <summary>
/// Makes an empty MINIX v3 file system on a device (the <c>mkfs</c> step): zeroed boot block, the superblock, both
/// bitmaps, the inode table, and a root directory holding "." and "..". At 1 KiB blocks the layout is the one
/// util-linux's <c>mkfs.minix -3</c> makes, so <c>fsck.minix</c> checks it without a warning.
/// </summary>
public static class Formatter
{
    /// <summary>Computes the layout for <paramref name="options"/> on a device of <paramref name="deviceBytes"/> bytes.</summary>
    /// <param name="options">The options.</param>
    /// <param name="deviceBytes">The device's size.</param>
    /// <param name="super">The superblock to write (derived fields filled in).</param>
    /// <param name="reason">Why the layout is impossible.</param>
    /// <returns><see cref="Status.Ok"/>, or <see cref="Status.InvalidArgument"/> with a reason.</returns>
    public static Status Plan(in FormatOptions options, long deviceBytes, out SuperBlock super, out ReadOnlySpan<byte> reason)
    {
        super = default;
        reason = default;
        int blockSize = options.BlockSize == 0 ? DiskFormat.MinBlockSize : options.BlockSize;
        if (!DiskFormat.IsSupportedBlockSize(blockSize))
            return Refuse(out reason, "the block size must be a power of two from 1024 to 32768"u8);
        long blocks = options.Blocks > 0 ? options.Blocks : deviceBytes / blockSize;
        if (deviceBytes > 0 && blocks * blockSize > deviceBytes)
            return Refuse(out reason, "the file system would be larger than its device"u8);
        if (blocks >= uint.MaxValue / 2)
            return Refuse(out reason, "too many blocks for 32-bit zone numbers"u8);
        long bytes = blocks * blockSize;
        int perBlock = DiskFormat.InodesPerBlock(blockSize);
        long inodes = options.Inodes;
        if (inodes <= 0)
            inodes = bytes <= (512L << 20) ? bytes / 3072 : bytes <= (2L << 30) ? bytes / 8192 : bytes / 16384;
        inodes = Math.Max(perBlock, (inodes + perBlock - 1) / perBlock * perBlock);
        if (inodes >= int.MaxValue - perBlock)
            return Refuse(out reason, "too many inodes"u8);

        long inodeMapBlocks = BitmapGeometry.BlocksFor(blockSize, inodes + 1);
        long inodeBlocks = inodes / perBlock;
        long zoneMapBlocks = 1;
        long first;
        while (true)
        {
            first = new BitmapGeometry(blockSize, inodeMapBlocks, zoneMapBlocks).InodeTableStart + inodeBlocks;
            long needed = BitmapGeometry.BlocksFor(blockSize, blocks - first + 1);
            if (needed <= zoneMapBlocks)
                break;
            zoneMapBlocks = needed;
        }

        if (first + 1 > blocks)
            return Refuse(out reason, "the device is too small for the inode table and a root directory"u8);
        if (inodeMapBlocks > short.MaxValue || zoneMapBlocks > short.MaxValue)
            return Refuse(out reason, "the bitmaps would need more than 32767 blocks"u8);

        super = new SuperBlock
        {
            Inodes = (uint)inodes,
            InodeMapBlocks = (int)inodeMapBlocks,
            ZoneMapBlocks = (int)zoneMapBlocks,
            LogZoneSize = 0,
            Flags = DiskFormat.CleanFlag,
            MaxSize = (int)DiskFormat.MapLimit(blockSize),
            Zones = (uint)blocks,
            Magic = DiskFormat.Magic,
            BlockSize = blockSize,
            DiskVersion = 0,
            FirstDataZone = (uint)first,
        };
        super.StoredFirstDataZone = first > ushort.MaxValue ? 0 : (int)first;
        return super.Check(deviceBytes, out reason);
    }

    /// <summary>Writes an empty file system onto <paramref name="device"/>.</summary>
    /// <param name="device">The device.</param>
    /// <param name="options">Block size, size, inodes, the root's owner and time.</param>
    /// <param name="reason">Why it could not be made.</param>
    /// <returns><see cref="Status.Ok"/>, <see cref="Status.InvalidArgument"/> with a reason, or the device's error.</returns>
    public static Status Format(BlockDevice device, in FormatOptions options, out ReadOnlySpan<byte> reason)
    {
        Status status = Plan(options, device.Size, out SuperBlock super, out reason);
        if (status != Status.Ok)
            return status;
        int blockSize = super.BlockSize;
        byte[] block = new byte[blockSize];

        // Zero the metadata: boot block, superblock, bitmaps and inode table.
        for (long b = 0; b < super.FirstDataZone; b++)
        {
            status = device.Write(b * blockSize, block);
            if (status != Status.Ok)
                return Fail(out reason, status);
        }

        BitmapGeometry maps = super.Bitmaps;
        status = WriteBitmap(device, super, maps.InodeMapStart, maps.InodeMapBlocks, super.InodeMapBits, block);
        if (status == Status.Ok)
            status = WriteBitmap(device, super, maps.ZoneMapStart, maps.ZoneMapBlocks, super.ZoneMapBits, block);
        if (status != Status.Ok)
            return Fail(out reason, status);

        // The root directory: inode 1, its one block the first data zone, holding "." and "..".
        block.AsSpan().Clear();
        MemoryMarshal.Write(block.AsSpan(), 1u);
        block[4] = (byte)'.';
        MemoryMarshal.Write(block.AsSpan(DiskFormat.DirectoryEntrySize, 4), 1u);
        block[DiskFormat.DirectoryEntrySize + 4] = (byte)'.';
        block[DiskFormat.DirectoryEntrySize + 5] = (byte)'.';
        status = device.Write((long)super.FirstDataZone * blockSize, block);
        if (status != Status.Ok)
            return Fail(out reason, status);

        block.AsSpan().Clear();
        var root = new DiskInode
        {
            Mode = (ushort)(0x4000 | (options.RootMode == 0 ? 0x1ED : options.RootMode & 0xFFF)),
            Links = 2,
            UserId = (ushort)options.RootUserId,
            GroupId = (ushort)options.RootGroupId,
            Size = 2 * DiskFormat.DirectoryEntrySize,
            AccessTime = options.Time,
            ModifyTime = options.Time,
            ChangeTime = options.Time,
        };
        root.Zones[0] = super.FirstDataZone;
        MemoryMarshal.Write(block.AsSpan(0, DiskFormat.InodeSize), in root);
        status = device.Write(super.InodeTableStart * blockSize, block);
        if (status != Status.Ok)
            return Fail(out reason, status);

        // The superblock: read back the block that holds it (with 1 KiB blocks, block 1) and fill in the 31 bytes.
        long superBlock = DiskFormat.SuperBlockOffset / blockSize;
        status = device.Read(superBlock * blockSize, block);
        if (status == Status.Ok)
        {
            super.Write(block.AsSpan(DiskFormat.SuperBlockOffset % blockSize, DiskFormat.SuperBlockBytes));
            status = device.Write(superBlock * blockSize, block);
        }

        return status == Status.Ok ? Status.Ok : Fail(out reason, status);
    }

    /// <summary>A bitmap with bit 0 (the reserved bit) and bit 1 (the root inode, or the root's zone) set, and the bits past its length set as util-linux sets them.</summary>
    private static Status WriteBitmap(BlockDevice device, in SuperBlock super, long start, long blocks, long usedBits, byte[] block)
    {
        long bitsPerBlock = super.Bitmaps.BitsPerBlock;
        for (long b = 0; b < blocks; b++)
        {
            block.AsSpan().Clear();
            for (long bit = 0; bit < bitsPerBlock; bit++)
            {
                long index = (b * bitsPerBlock) + bit;
                if (index <= 1 || index >= usedBits)
                    block[bit >> 3] |= (byte)(1 << (int)(bit & 7));
            }

            Status status = device.Write((start + b) * super.BlockSize, block);
            if (status != Status.Ok)
                return status;
        }

        return Status.Ok;
    }

    private static Status Refuse(out ReadOnlySpan<byte> reason, ReadOnlySpan<byte> text)
    {
        reason = text;
        return Status.InvalidArgument;
    }

    private static Status Fail(out ReadOnlySpan<byte> reason, Status status)
    {
        reason = "the device refused a write"u8;
        return status;
    }
}
