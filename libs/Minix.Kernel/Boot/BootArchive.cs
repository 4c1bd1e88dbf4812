using System.Runtime.InteropServices;

namespace Minix.Kernel.Boot;

/// <summary>
/// The header of the boot archive the image writer appends to the kernel: the boot-image table, the boot modules
/// (each a linked program: its segments and entry point) and the command line. The loader puts it in memory behind
/// the kernel and hands the kernel its physical address; every offset inside is relative to the archive's start.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 80)]
public struct BootArchiveHeader
{
    /// <summary>"MNXB" in little-endian order.</summary>
    public const uint ExpectedMagic = 0x42584E4D;

    /// <summary>The format version this kernel reads.</summary>
    public const int CurrentVersion = 2;

    /// <summary>Must be <see cref="ExpectedMagic"/>.</summary>
    [FieldOffset(0)] public uint Magic;

    /// <summary>Must be <see cref="CurrentVersion"/>.</summary>
    [FieldOffset(4)] public int Version;

    /// <summary>Entries in the boot-image table.</summary>
    [FieldOffset(8)] public int ProcessCount;

    /// <summary>Entries in the module directory.</summary>
    [FieldOffset(12)] public int ModuleCount;

    /// <summary>Offset of the <see cref="BootImageEntry"/> table.</summary>
    [FieldOffset(16)] public ulong TableOffset;

    /// <summary>Offset of the <see cref="BootModule"/> directory.</summary>
    [FieldOffset(24)] public ulong ModulesOffset;

    /// <summary>Offset of the command line (UTF-8).</summary>
    [FieldOffset(32)] public ulong CommandLineOffset;

    /// <summary>Length of the command line in bytes.</summary>
    [FieldOffset(40)] public int CommandLineLength;

    /// <summary>Total size of the archive in bytes.</summary>
    [FieldOffset(48)] public ulong Size;

    /// <summary>Offset of the <see cref="SymbolTable"/> directory (0: none).</summary>
    [FieldOffset(56)] public ulong SymbolsOffset;

    /// <summary>Offset of the <see cref="BootDataModule"/> directory.</summary>
    [FieldOffset(64)] public ulong DataModulesOffset;

    /// <summary>Entries in the data-module directory.</summary>
    [FieldOffset(72)] public int DataModuleCount;
}

/// <summary>
/// A boot data module: bytes the image carries for a service rather than a program to run (the root file system's
/// image, for the RAM disk). They start page-aligned and stay where the loader put them, behind the kernel, for as
/// long as the machine runs, so a service granted them in system.conf (<c>mem NAME;</c>) maps the same bytes each
/// time it starts, a restart included.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 32)]
public struct BootDataModule
{
    /// <summary>Its name (system.conf's <c>mem</c> names it).</summary>
    [FieldOffset(0)] public ProcessName Name;

    /// <summary>Offset of its first byte in the archive (a multiple of the page size).</summary>
    [FieldOffset(16)] public ulong Offset;

    /// <summary>Its length in bytes.</summary>
    [FieldOffset(24)] public ulong Length;
}

/// <summary>
/// One program's symbols for crash reports: a sorted list of code addresses, each with the text that names where
/// it is (C# method, file and line). The directory at <see cref="BootArchiveHeader.SymbolsOffset"/> is an int count
/// followed by this many tables.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 24)]
public struct SymbolTable
{
    /// <summary>The module the table describes; -1 for the kernel.</summary>
    [FieldOffset(0)] public int Module;

    /// <summary>Entries in the table.</summary>
    [FieldOffset(4)] public int Count;

    /// <summary>Offset of the <see cref="SymbolEntry"/> array, sorted by address.</summary>
    [FieldOffset(8)] public ulong EntriesOffset;

    /// <summary>Offset of the UTF-8 text the entries point into.</summary>
    [FieldOffset(16)] public ulong TextOffset;
}

/// <summary>From <see cref="Address"/> up to the next entry's address, the code is the one the text names.</summary>
[StructLayout(LayoutKind.Explicit, Size = 16)]
public struct SymbolEntry
{
    /// <summary>First address.</summary>
    [FieldOffset(0)] public ulong Address;

    /// <summary>Offset of the text within the table's text.</summary>
    [FieldOffset(8)] public uint Text;

    /// <summary>Length of the text.</summary>
    [FieldOffset(12)] public uint Length;
}

/// <summary>One program of the boot archive: a linked image the kernel copies into each new address space that runs it.</summary>
[StructLayout(LayoutKind.Explicit, Size = 48)]
public struct BootModule
{
    /// <summary>The program's name.</summary>
    [FieldOffset(0)] public ProcessName Name;

    /// <summary>Where execution starts (a virtual address inside its segments).</summary>
    [FieldOffset(16)] public ulong Entry;

    /// <summary>Offset of its <see cref="BootSegment"/> table.</summary>
    [FieldOffset(24)] public ulong SegmentsOffset;

    /// <summary>Number of segments.</summary>
    [FieldOffset(32)] public int SegmentCount;

    /// <summary>Bytes of memory the program needs beyond its segments: heap and stack.</summary>
    [FieldOffset(40)] public ulong ExtraMemory;
}

/// <summary>Access rights of a loaded segment.</summary>
[Flags]
public enum SegmentAccess : uint
{
    /// <summary>Readable.</summary>
    Read = 4,

    /// <summary>Writable.</summary>
    Write = 2,

    /// <summary>Executable.</summary>
    Execute = 1,
}

/// <summary>One loadable segment of a module.</summary>
[StructLayout(LayoutKind.Explicit, Size = 40)]
public struct BootSegment
{
    /// <summary>Virtual address it is loaded at (page-aligned).</summary>
    [FieldOffset(0)] public ulong VirtualAddress;

    /// <summary>Offset of its bytes in the archive.</summary>
    [FieldOffset(8)] public ulong FileOffset;

    /// <summary>Bytes stored in the archive.</summary>
    [FieldOffset(16)] public ulong FileSize;

    /// <summary>Bytes of memory it occupies; the part beyond <see cref="FileSize"/> is zeroed.</summary>
    [FieldOffset(24)] public ulong MemorySize;

    /// <summary>Its access rights.</summary>
    [FieldOffset(32)] public SegmentAccess Access;
}
