namespace Minix.Samples.AtaDisk;

/// <summary>
/// The ATA task file as ports: offsets from a channel's command block, the status and control bits, and the
/// commands this driver uses (from the ATA/ATAPI command set).
/// </summary>
internal static class AtaRegisters
{
    // Command block offsets.
    public const ushort Data = 0;
    public const ushort Error = 1;
    public const ushort SectorCount = 2;
    public const ushort LbaLow = 3;
    public const ushort LbaMid = 4;
    public const ushort LbaHigh = 5;
    public const ushort DriveHead = 6;
    public const ushort Status = 7;
    public const ushort Command = 7;

    // Status bits.
    public const byte StatusError = 0x01;
    public const byte StatusDataRequest = 0x08;
    public const byte StatusFault = 0x20;
    public const byte StatusReady = 0x40;
    public const byte StatusBusy = 0x80;

    // Device control bits (the control block's port).
    public const byte ControlNoInterrupt = 0x02;
    public const byte ControlReset = 0x04;

    // Drive/head: bits 5 and 7 are set by tradition, bit 6 selects LBA, bit 4 the drive.
    public const byte DriveBase = 0xA0;
    public const byte DriveLba = 0x40;

    // Commands.
    public const byte ReadSectors = 0x20;
    public const byte ReadSectorsExt = 0x24;
    public const byte WriteSectors = 0x30;
    public const byte WriteSectorsExt = 0x34;
    public const byte FlushCache = 0xE7;
    public const byte FlushCacheExt = 0xEA;
    public const byte IdentifyDevice = 0xEC;

    /// <summary>Bytes per sector.</summary>
    public const int SectorSize = 512;

    /// <summary>The first sector LBA28 cannot address.</summary>
    public const long Lba28Limit = 1L << 28;
}
