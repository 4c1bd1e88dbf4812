using System.Runtime.CompilerServices;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Minix.Kernel;
using Minix.Kernel.Boot;

namespace Minix.Build.Boot;

/// <summary>
/// Writes the boot archive the kernel reads at start-up: header, boot-image table, module directory, segment
/// tables, segment bytes (each page-aligned) and the command line. The layout types are the kernel's own
/// (<see cref="BootArchiveHeader"/>, <see cref="BootImageEntry"/>, <see cref="BootModule"/>, <see cref="BootSegment"/>),
/// so writer and reader cannot drift apart.
/// </summary>
public static class BootArchiveWriter
{
    /// <summary>Writes an archive.</summary>
    /// <param name="processes">The boot-image table: which module each boot process runs, with what privileges.</param>
    /// <param name="modules">The programs.</param>
    /// <param name="commandLine">The kernel command line.</param>
    /// <param name="symbols">Crash-report symbols: per module (-1 for the kernel), code addresses and what is there.</param>
    /// <param name="dataModules">Boot data modules: named bytes for services, placed where <see cref="DataModuleOffsets"/> says.</param>
    /// <returns>The archive bytes.</returns>
    /// <exception cref="ArgumentException">A process names a module that does not exist, or a module is malformed.</exception>
    public static byte[] Write(IReadOnlyList<BootImageEntry> processes, IReadOnlyList<BootModuleImage> modules, string commandLine,
        IReadOnlyList<(int Module, IReadOnlyList<(ulong Address, string Text)> Entries)>? symbols = null,
        IReadOnlyList<(string Name, byte[] Bytes)>? dataModules = null)
    {
        dataModules ??= [];
        for (int i = 0; i < processes.Count; i++)
        {
            if ((uint)processes[i].Module >= (uint)modules.Count)
                throw new ArgumentException($"boot process {i} ({ProcessNameText.ToText(processes[i].Name)}) names module {processes[i].Module}, but there are {modules.Count} modules", nameof(processes));
        }

        int headerSize = Unsafe.SizeOf<BootArchiveHeader>();
        int entrySize = Unsafe.SizeOf<BootImageEntry>();
        int moduleSize = Unsafe.SizeOf<BootModule>();
        int segmentSize = Unsafe.SizeOf<BootSegment>();
        IReadOnlyList<ulong> dataOffsets = DataModuleOffsets(dataModules.Select(d => (ulong)d.Bytes.Length).ToList());
        ulong tableOffset = dataModules.Count == 0 ? (ulong)headerSize : Align(dataOffsets[^1] + (ulong)dataModules[^1].Bytes.Length, MemoryLayout.PageSize);
        ulong modulesOffset = tableOffset + (ulong)(entrySize * processes.Count);
        ulong segmentsOffset = modulesOffset + (ulong)(moduleSize * modules.Count);
        int segmentCount = 0;
        foreach (BootModuleImage module in modules)
            segmentCount += module.Segments.Count;
        byte[] text = System.Text.Encoding.UTF8.GetBytes(commandLine);
        ulong textOffset = segmentsOffset + (ulong)(segmentSize * segmentCount);
        ulong dataOffset = Align(textOffset + (ulong)text.Length, MemoryLayout.PageSize);

        var directory = new BootModule[modules.Count];
        var segments = new List<(BootSegment Header, byte[] Bytes)>();
        ulong next = dataOffset;
        for (int m = 0; m < modules.Count; m++)
        {
            BootModuleImage module = modules[m];
            directory[m] = new BootModule
            {
                Name = ProcessNameText.From(module.Name),
                Entry = module.Entry,
                SegmentsOffset = segmentsOffset + (ulong)(segmentSize * segments.Count),
                SegmentCount = module.Segments.Count,
                ExtraMemory = module.ExtraMemory,
            };
            foreach (ImageSegment segment in module.Segments)
            {
                if (segment.VirtualAddress % MemoryLayout.PageSize != 0 || segment.MemorySize < (ulong)segment.Bytes.Length || segment.VirtualAddress < MemoryLayout.UserBase)
                    throw new ArgumentException($"module {module.Name}: segment at 0x{segment.VirtualAddress:x} must be page-aligned, at or above 0x{MemoryLayout.UserBase:x}, and no larger in the file than in memory", nameof(modules));
                segments.Add((new BootSegment
                {
                    VirtualAddress = segment.VirtualAddress,
                    FileOffset = next,
                    FileSize = (ulong)segment.Bytes.Length,
                    MemorySize = segment.MemorySize,
                    Access = segment.Access,
                }, segment.Bytes));
                next = Align(next + (ulong)segment.Bytes.Length, MemoryLayout.PageSize);
            }
        }

        byte[] symbolBytes = Symbols(symbols ?? [], next);
        ulong symbolsOffset = symbolBytes.Length > 0 ? next : 0;
        next += (ulong)symbolBytes.Length;
        var archive = new byte[next];
        symbolBytes.CopyTo(archive, (int)(next - (ulong)symbolBytes.Length));
        var header = new BootArchiveHeader
        {
            Magic = BootArchiveHeader.ExpectedMagic,
            Version = BootArchiveHeader.CurrentVersion,
            ProcessCount = processes.Count,
            ModuleCount = modules.Count,
            TableOffset = tableOffset,
            ModulesOffset = modulesOffset,
            CommandLineOffset = textOffset,
            CommandLineLength = text.Length,
            Size = next,
            SymbolsOffset = symbolsOffset,
            DataModulesOffset = (ulong)headerSize,
            DataModuleCount = dataModules.Count,
        };
        MemoryMarshal.Write(archive, in header);
        for (int d = 0; d < dataModules.Count; d++)
        {
            var entry = new BootDataModule { Name = ProcessNameText.From(dataModules[d].Name), Offset = dataOffsets[d], Length = (ulong)dataModules[d].Bytes.Length };
            MemoryMarshal.Write(archive.AsSpan(headerSize + d * Unsafe.SizeOf<BootDataModule>()), in entry);
            dataModules[d].Bytes.CopyTo(archive, (int)dataOffsets[d]);
        }

        for (int i = 0; i < processes.Count; i++)
        {
            BootImageEntry entry = processes[i];
            MemoryMarshal.Write(archive.AsSpan((int)tableOffset + i * entrySize), in entry);
        }

        for (int m = 0; m < directory.Length; m++)
            MemoryMarshal.Write(archive.AsSpan((int)modulesOffset + m * moduleSize), in directory[m]);
        for (int s = 0; s < segments.Count; s++)
        {
            BootSegment segmentHeader = segments[s].Header;
            MemoryMarshal.Write(archive.AsSpan((int)segmentsOffset + s * segmentSize), in segmentHeader);
            segments[s].Bytes.CopyTo(archive, (int)segmentHeader.FileOffset);
        }

        text.CopyTo(archive, (int)textOffset);
        return archive;
    }

    /// <summary>
    /// Where boot data modules of these lengths go in an archive: page-aligned, in order, right behind the header and
    /// their directory. It depends on nothing else in the archive, so an image builder can give a service the physical
    /// memory of a module (archive address + offset) in the privileges the archive itself holds.
    /// </summary>
    /// <param name="lengths">The modules' lengths.</param>
    /// <returns>Each module's offset in the archive.</returns>
    public static IReadOnlyList<ulong> DataModuleOffsets(IReadOnlyList<ulong> lengths)
    {
        var offsets = new ulong[lengths.Count];
        ulong next = Align((ulong)(Unsafe.SizeOf<BootArchiveHeader>() + lengths.Count * Unsafe.SizeOf<BootDataModule>()), MemoryLayout.PageSize);
        for (int i = 0; i < lengths.Count; i++)
        {
            offsets[i] = next;
            next = Align(next + lengths[i], MemoryLayout.PageSize);
        }

        return offsets;
    }

    /// <summary>The symbol directory and tables, laid out to start at archive offset <paramref name="at"/>.</summary>
    private static byte[] Symbols(IReadOnlyList<(int Module, IReadOnlyList<(ulong Address, string Text)> Entries)> tables, ulong at)
    {
        if (tables.Count == 0)
            return [];
        var bytes = new List<byte>();
        int directory = 8 + tables.Count * Unsafe.SizeOf<SymbolTable>();
        bytes.AddRange(new byte[directory]);
        var heads = new SymbolTable[tables.Count];
        for (int t = 0; t < tables.Count; t++)
        {
            var entries = tables[t].Entries.OrderBy(e => e.Address).ToList();
            var text = new List<byte>();
            var offsets = new Dictionary<string, (uint Offset, uint Length)>(StringComparer.Ordinal);
            heads[t] = new SymbolTable { Module = tables[t].Module, Count = entries.Count, EntriesOffset = at + (ulong)bytes.Count };
            foreach (var (address, name) in entries)
            {
                if (!offsets.TryGetValue(name, out var where))
                {
                    byte[] utf8 = System.Text.Encoding.UTF8.GetBytes(name);
                    where = ((uint)text.Count, (uint)utf8.Length);
                    offsets[name] = where;
                    text.AddRange(utf8);
                }

                var entry = new SymbolEntry { Address = address, Text = where.Offset, Length = where.Length };
                var raw = new byte[Unsafe.SizeOf<SymbolEntry>()];
                MemoryMarshal.Write(raw, in entry);
                bytes.AddRange(raw);
            }

            heads[t].TextOffset = at + (ulong)bytes.Count;
            bytes.AddRange(text);
            while (bytes.Count % 8 != 0)
                bytes.Add(0);
        }

        byte[] result = bytes.ToArray();
        BitConverter.TryWriteBytes(result, tables.Count);
        for (int t = 0; t < heads.Length; t++)
            MemoryMarshal.Write(result.AsSpan(8 + t * Unsafe.SizeOf<SymbolTable>()), in heads[t]);
        return result;
    }

    private static ulong Align(ulong value, ulong alignment) => (value + alignment - 1) & ~(alignment - 1);
}
