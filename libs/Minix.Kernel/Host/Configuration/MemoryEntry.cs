namespace Minix.Kernel.Configuration;

/// <summary>
/// One item of system.conf's <c>mem</c> option: physical memory a service may map into its address space, either a
/// range (<c>b8000:8000</c>, hexadecimal base and length, as <c>io</c> writes ports) or a boot data module by name
/// (<c>rootfs</c>), whose place the image builder fills in.
/// </summary>
public readonly struct MemoryEntry
{
    /// <summary>A physical range.</summary>
    /// <param name="physical">Its first byte (page-aligned).</param>
    /// <param name="length">Its length in bytes (whole pages).</param>
    /// <param name="location">Where it is written.</param>
    public MemoryEntry(ulong physical, ulong length, SourceLocation location)
    {
        Physical = physical;
        Length = length;
        Location = location;
    }

    /// <summary>A boot data module.</summary>
    /// <param name="module">The module's name.</param>
    /// <param name="location">Where it is written.</param>
    public MemoryEntry(string module, SourceLocation location)
    {
        Module = module;
        Location = location;
    }

    /// <summary>The boot data module's name, or null for a physical range.</summary>
    public string? Module { get; }

    /// <summary>The range's first byte (0 for a module).</summary>
    public ulong Physical { get; }

    /// <summary>The range's length (0 for a module).</summary>
    public ulong Length { get; }

    /// <summary>Where it is written.</summary>
    public SourceLocation Location { get; }

    /// <summary>As system.conf writes it.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Module ?? Physical.ToString("x") + ":" + Length.ToString("x");
}
