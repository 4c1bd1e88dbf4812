using System.Runtime.InteropServices;
using Minix.Ipc;

namespace Minix.Servers.Mfs;

/// <summary>
/// The superblock: the 31 bytes at byte 1024 of the device that describe a MINIX v3 file system, and the values
/// derived from them. <see cref="Check"/> accepts only a superblock whose numbers are consistent with each other
/// and with the device, so nothing later can be led outside the device or the bitmaps by it.
/// </summary>
public struct SuperBlock
{
    /// <summary>s_ninodes: usable inodes (inode 0 does not exist).</summary>
    public uint Inodes;

    /// <summary>s_imap_blocks: blocks of the inode bitmap.</summary>
    public int InodeMapBlocks;

    /// <summary>s_zmap_blocks: blocks of the zone bitmap.</summary>
    public int ZoneMapBlocks;

    /// <summary>s_firstdatazone as stored (16 bits; 0 means "too large, compute it", as MINIX writes it).</summary>
    public int StoredFirstDataZone;

    /// <summary>s_log_zone_size: log2 of blocks per zone; only 0 is supported (by MINIX and util-linux alike).</summary>
    public int LogZoneSize;

    /// <summary>s_flags (util-linux's s_pad1): <see cref="DiskFormat.CleanFlag"/> and mandatory-feature bits.</summary>
    public ushort Flags;

    /// <summary>s_max_size: the largest file in bytes.</summary>
    public int MaxSize;

    /// <summary>s_zones: zones (= blocks) of the whole file system, metadata included.</summary>
    public uint Zones;

    /// <summary>s_magic.</summary>
    public ushort Magic;

    /// <summary>s_block_size.</summary>
    public int BlockSize;

    /// <summary>s_disk_version.</summary>
    public byte DiskVersion;

    /// <summary>Derived: the first block of the inode table.</summary>
    public long InodeTableStart;

    /// <summary>Derived: blocks of the inode table.</summary>
    public long InodeTableBlocks;

    /// <summary>Derived: the first data zone.</summary>
    public uint FirstDataZone;

    /// <summary>Where the bitmaps and the inode table lie, from the block size and the bitmaps' sizes.</summary>
    public readonly BitmapGeometry Bitmaps => new(BlockSize, InodeMapBlocks, ZoneMapBlocks);

    /// <summary>Bits the inode bitmap really uses: inode 0 (always set) to <see cref="Inodes"/>.</summary>
    public readonly long InodeMapBits => (long)Inodes + 1;

    /// <summary>Bits the zone bitmap really uses: bit 0 (always set), then one for each data zone.</summary>
    public readonly long ZoneMapBits => (long)Zones - FirstDataZone + 1;

    /// <summary>The largest file this file system allows: s_max_size, but no more than the zone map can address.</summary>
    public readonly long FileSizeLimit => Math.Min(MaxSize <= 0 ? DiskFormat.MaxFileSize : MaxSize, DiskFormat.MapLimit(BlockSize));

    /// <summary>Reads the on-disk fields from the 1024 bytes at <see cref="DiskFormat.SuperBlockOffset"/>.</summary>
    /// <param name="bytes">At least <see cref="DiskFormat.SuperBlockBytes"/> bytes.</param>
    /// <returns>The superblock, not yet checked.</returns>
    public static SuperBlock Read(ReadOnlySpan<byte> bytes) => new()
    {
        Inodes = MemoryMarshal.Read<uint>(bytes),
        InodeMapBlocks = MemoryMarshal.Read<short>(bytes.Slice(6)),
        ZoneMapBlocks = MemoryMarshal.Read<short>(bytes.Slice(8)),
        StoredFirstDataZone = MemoryMarshal.Read<ushort>(bytes.Slice(10)),
        LogZoneSize = MemoryMarshal.Read<short>(bytes.Slice(12)),
        Flags = MemoryMarshal.Read<ushort>(bytes.Slice(14)),
        MaxSize = MemoryMarshal.Read<int>(bytes.Slice(16)),
        Zones = MemoryMarshal.Read<uint>(bytes.Slice(20)),
        Magic = MemoryMarshal.Read<ushort>(bytes.Slice(24)),
        BlockSize = MemoryMarshal.Read<ushort>(bytes.Slice(28)),
        DiskVersion = bytes[30],
    };

    /// <summary>Writes the on-disk fields into <paramref name="bytes"/> (the 31 bytes at offset 1024; the rest is left alone).</summary>
    /// <param name="bytes">At least <see cref="DiskFormat.SuperBlockBytes"/> bytes.</param>
    public readonly void Write(Span<byte> bytes)
    {
        MemoryMarshal.Write(bytes, Inodes);
        MemoryMarshal.Write(bytes.Slice(4), (ushort)0);
        MemoryMarshal.Write(bytes.Slice(6), (short)InodeMapBlocks);
        MemoryMarshal.Write(bytes.Slice(8), (short)ZoneMapBlocks);
        MemoryMarshal.Write(bytes.Slice(10), (ushort)(FirstDataZone > ushort.MaxValue ? 0 : FirstDataZone));
        MemoryMarshal.Write(bytes.Slice(12), (short)LogZoneSize);
        MemoryMarshal.Write(bytes.Slice(14), Flags);
        MemoryMarshal.Write(bytes.Slice(16), MaxSize);
        MemoryMarshal.Write(bytes.Slice(20), Zones);
        MemoryMarshal.Write(bytes.Slice(24), Magic);
        MemoryMarshal.Write(bytes.Slice(26), (short)0);
        MemoryMarshal.Write(bytes.Slice(28), (ushort)BlockSize);
        bytes[30] = DiskVersion;
    }

    /// <summary>
    /// Checks the superblock and computes the derived fields: the magic, the block size, the bitmaps large enough
    /// for the inodes and zones, the metadata ending before the first data zone, and every zone inside the device.
    /// </summary>
    /// <param name="deviceBytes">The device's size in bytes, or 0 if unknown (then only internal consistency is checked).</param>
    /// <param name="reason">Why the superblock was refused (for the log).</param>
    /// <returns><see cref="Status.Ok"/>, or <see cref="Status.InvalidArgument"/> with <paramref name="reason"/> set.</returns>
    public Status Check(long deviceBytes, out ReadOnlySpan<byte> reason)
    {
        reason = default;
        if (Magic == DiskFormat.MagicV1 || Magic == DiskFormat.MagicV1Long || Magic == DiskFormat.MagicV2 || Magic == DiskFormat.MagicV2Long)
            return Refuse(out reason, "a MINIX version 1 or 2 file system: only version 3 (magic 0x4D5A) is supported"u8);
        if (Magic != DiskFormat.Magic)
            return Refuse(out reason, "no MINIX v3 file system (bad magic number)"u8);
        if (!DiskFormat.IsSupportedBlockSize(BlockSize))
            return Refuse(out reason, "block size is not a power of two from 1024 to 32768"u8);
        if (LogZoneSize != 0)
            return Refuse(out reason, "zones larger than a block (s_log_zone_size not 0) are not supported"u8);
        if ((Flags & DiskFormat.MandatoryFeatureMask) != 0)
            return Refuse(out reason, "the superblock asks for features this file server does not know (s_flags)"u8);
        if (Inodes < 1 || Inodes >= int.MaxValue)
            return Refuse(out reason, "bad inode count"u8);
        if (Zones < 2 || Zones >= int.MaxValue)
            return Refuse(out reason, "bad zone count"u8);
        if (InodeMapBlocks < 1 || InodeMapBlocks < BitmapGeometry.BlocksFor(BlockSize, InodeMapBits))
            return Refuse(out reason, "the inode bitmap is too small for the inode count"u8);
        if (ZoneMapBlocks < 1)
            return Refuse(out reason, "the zone bitmap is empty"u8);

        InodeTableStart = Bitmaps.InodeTableStart;
        InodeTableBlocks = ((long)Inodes + DiskFormat.InodesPerBlock(BlockSize) - 1) / DiskFormat.InodesPerBlock(BlockSize);
        long metadataEnd = InodeTableStart + InodeTableBlocks;
        long first = StoredFirstDataZone == 0 ? metadataEnd : StoredFirstDataZone;
        if (first < metadataEnd)
            return Refuse(out reason, "the first data zone lies inside the inode table"u8);
        if (first >= Zones)
            return Refuse(out reason, "the first data zone lies past the last zone"u8);
        FirstDataZone = (uint)first;
        if (ZoneMapBlocks < BitmapGeometry.BlocksFor(BlockSize, ZoneMapBits))
            return Refuse(out reason, "the zone bitmap is too small for the zone count"u8);
        if (deviceBytes > 0 && (long)Zones * BlockSize > deviceBytes)
            return Refuse(out reason, "the file system is larger than its device"u8);
        return Status.Ok;
    }

    private static Status Refuse(out ReadOnlySpan<byte> reason, ReadOnlySpan<byte> text)
    {
        reason = text;
        return Status.InvalidArgument;
    }
}
