using Microsoft.CodeAnalysis;

namespace Minix.DriverKit.Analyzers;

/// <summary>
/// For each kernel-internal type: the functional class a dependency on it falls in, what a user-mode driver uses
/// instead, and the user-mode twin class with the same method names and signatures (the code fix's target) if any.
/// </summary>
public static class KernelInternalCatalog
{
    /// <summary>What a user-mode driver asks instead of reading the process table.</summary>
    public const string ProcessInformation = "Minix.Kernel.Calls.Sys.GetProcessInfo / Sys.WhoAmI (SYS_GETINFO)";

    /// <summary>What a user-mode driver uses instead of the kernel's memory.</summary>
    public const string MemoryReplacement = "a memory grant and Minix.Kernel.Calls.Sys.SafeCopyFrom/SafeCopyTo (SYS_SAFECOPY)";

    private static readonly Entry[] Entries =
    {
        new(MetadataNames.KernelLog, FunctionalClass.SystemControl, "Minix.DriverKit.Log (SYS_DIAGCTL)", MetadataNames.Log),
        new(MetadataNames.PortIo, FunctionalClass.DeviceIo, "Minix.DriverKit.DevIo (SYS_DEVIO)", MetadataNames.DevIo),
        new(MetadataNames.KernelTimers, FunctionalClass.ClockFunctionality, "Minix.Kernel.Calls.Sys.SetAlarm (SYS_SETALARM) and the CLOCK notification", null),
        new(MetadataNames.InterruptTable, FunctionalClass.InterruptManagement, "Minix.Kernel.Calls.Sys.IrqSetPolicy (SYS_IRQCTL) and the HARDWARE notification", null),
        new(MetadataNames.Process, FunctionalClass.KernelInformation, ProcessInformation, null),
        new(MetadataNames.Microkernel, FunctionalClass.KernelInformation, ProcessInformation, null),
        new(MetadataNames.PhysicalMemory, FunctionalClass.MemoryManagement, MemoryReplacement, null),
        new(MetadataNames.PageTable, FunctionalClass.MemoryManagement, MemoryReplacement, null),
        new(MetadataNames.FrameAllocator, FunctionalClass.MemoryManagement, MemoryReplacement, null),
    };

    /// <summary>Looks up the type that declares a kernel-internal symbol.</summary>
    /// <param name="symbol">The symbol (a member, or a type itself).</param>
    /// <param name="functionalClass">The functional class of the dependency.</param>
    /// <param name="replacement">What a user-mode driver uses instead.</param>
    /// <param name="twinType">The user-mode class with the same members, or null.</param>
    public static void Describe(ISymbol symbol, out FunctionalClass functionalClass, out string replacement, out string? twinType)
    {
        INamedTypeSymbol? type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
        Describe(type == null ? "" : OutermostType(type).ToDisplayString(), out functionalClass, out replacement, out twinType);
    }

    /// <summary>Looks up a kernel-internal type by its full name (for tools that read metadata, not source).</summary>
    /// <param name="typeName">The outermost type's full name, e.g. <c>Minix.Kernel.Core.KernelLog</c>.</param>
    /// <param name="functionalClass">The functional class of the dependency.</param>
    /// <param name="replacement">What a user-mode driver uses instead.</param>
    /// <param name="twinType">The user-mode class with the same members, or null.</param>
    public static void Describe(string typeName, out FunctionalClass functionalClass, out string replacement, out string? twinType)
    {
        foreach (Entry entry in Entries)
        {
            bool match = entry.TypeName.EndsWith(".", System.StringComparison.Ordinal) ? typeName.StartsWith(entry.TypeName, System.StringComparison.Ordinal) : typeName == entry.TypeName;
            if (match)
            {
                functionalClass = entry.Class;
                replacement = entry.Replacement;
                twinType = entry.TwinType;
                return;
            }
        }

        functionalClass = FunctionalClass.KernelInformation;
        replacement = "a kernel call (Minix.Kernel.Calls.Sys) or a message to the server that owns the data";
        twinType = null;
    }

    private static INamedTypeSymbol OutermostType(INamedTypeSymbol type)
    {
        while (type.ContainingType != null)
            type = type.ContainingType;
        return type.OriginalDefinition;
    }

    private readonly struct Entry
    {
        public Entry(string typeName, FunctionalClass functionalClass, string replacement, string? twinType)
        {
            TypeName = typeName;
            Class = functionalClass;
            Replacement = replacement;
            TwinType = twinType;
        }

        public string TypeName { get; }

        public FunctionalClass Class { get; }

        public string Replacement { get; }

        public string? TwinType { get; }
    }
}
