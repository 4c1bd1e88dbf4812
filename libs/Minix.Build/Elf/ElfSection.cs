namespace Minix.Build.Elf;

/// <summary>A section of a relocatable object, with the relocations that patch it.</summary>
public sealed class ElfSection
{
    /// <summary>SHT_PROGBITS.</summary>
    public const uint ProgBits = 1;

    /// <summary>SHT_NOBITS: zero-filled, no file data (.bss).</summary>
    public const uint NoBits = 8;

    /// <summary>Creates a section.</summary>
    /// <param name="index">Its index in the section header table.</param>
    /// <param name="name">The name.</param>
    /// <param name="type">SHT_* type.</param>
    /// <param name="flags">SHF_* flags.</param>
    /// <param name="alignment">Required alignment (at least 1).</param>
    /// <param name="size">Size in memory.</param>
    /// <param name="data">File contents (empty for NOBITS).</param>
    public ElfSection(int index, string name, uint type, ElfSectionFlags flags, ulong alignment, ulong size, byte[] data)
    {
        Index = index;
        Name = name;
        Type = type;
        Flags = flags;
        Alignment = alignment == 0 ? 1 : alignment;
        Size = size;
        Data = data;
    }

    /// <summary>Index in the section header table.</summary>
    public int Index { get; }

    /// <summary>The name, e.g. <c>__managedcode</c>.</summary>
    public string Name { get; }

    /// <summary>SHT_* type.</summary>
    public uint Type { get; }

    /// <summary>SHF_* flags.</summary>
    public ElfSectionFlags Flags { get; }

    /// <summary>Required alignment.</summary>
    public ulong Alignment { get; }

    /// <summary>Size in memory.</summary>
    public ulong Size { get; }

    /// <summary>File contents (empty for NOBITS).</summary>
    public byte[] Data { get; }

    /// <summary>Relocations that patch this section.</summary>
    public List<ElfRelocation> Relocations { get; } = new();

    /// <summary>Whether the section occupies memory at run time.</summary>
    public bool IsAllocated => (Flags & ElfSectionFlags.Alloc) != 0;

    /// <summary>Whether the section holds thread-local data (.tdata/.tbss).</summary>
    public bool IsThreadLocal => (Flags & ElfSectionFlags.Tls) != 0;

    /// <inheritdoc/>
    public override string ToString() => Name;
}
