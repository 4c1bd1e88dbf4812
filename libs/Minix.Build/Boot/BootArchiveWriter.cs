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
    /// <returns>The archive bytes.</returns>
    /// <exception cref="ArgumentException">A process names a module that does not exist, or a module is malformed.</exception>
    public static byte[] Write(IReadOnlyList<BootImageEntry> processes, IReadOnlyList<BootModuleImage> modules, string commandLine)
    {
        for (int i = 0; i < processes.Count; i++)
        {
            if ((uint)processes[i].Module >= (uint)modules.Count)
                throw new ArgumentException($"boot process {i} ({ProcessNameText.ToText(processes[i].Name)}) names module {processes[i].Module}, but there are {modules.Count} modules", nameof(processes));
        }

        int headerSize = Unsafe.SizeOf<BootArchiveHeader>();
        int entrySize = Unsafe.SizeOf<BootImageEntry>();
        int moduleSize = Unsafe.SizeOf<BootModule>();
        int segmentSize = Unsafe.SizeOf<BootSegment>();
        ulong tableOffset = (ulong)headerSize;
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

        var archive = new byte[next];
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
        };
        MemoryMarshal.Write(archive, in header);
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

    private static ulong Align(ulong value, ulong alignment) => (value + alignment - 1) & ~(alignment - 1);
}
