namespace Minix.Kernel;

/// <summary>Sizes of the kernel's tables, in one place: privileges, names and IRQ lines all take their bounds from here.</summary>
public static class Limits
{
    /// <summary>Privilege ids (the width of a send mask).</summary>
    public const int PrivilegeIds = 64;

    /// <summary>I/O port ranges one process may hold.</summary>
    public const int IoRanges = 16;

    /// <summary>Physical memory ranges one process may hold.</summary>
    public const int MemoryRanges = 4;

    /// <summary>IRQ lines (the two 8259 controllers).</summary>
    public const int IrqLines = 16;

    /// <summary>Bytes in a process or service name (MINIX's label length).</summary>
    public const int NameLength = 16;

    /// <summary>
    /// Bytes in the kernel command line (the boot parameters, without the loader's first word). A longer line is
    /// refused, never cut: by the image build, by <c>minix boot --append</c>, and by the kernel, which stops the boot
    /// with a panic that says so (only a foreign loader can hand it one).
    /// </summary>
    public const int BootCommandLineLength = 1024;
}
