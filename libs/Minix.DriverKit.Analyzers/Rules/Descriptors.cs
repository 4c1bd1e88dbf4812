using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Minix.DriverKit.Analyzers;

/// <summary>
/// Every rule's descriptor, in one table. The kernel-dependency rules (A-E) default to warnings; in kernel
/// placement they are reported as information instead (the dependency inventory of a MINIX 2 style driver). The
/// image rules take their titles and messages from <see cref="ImageRules"/>, the list shared with the toolchain.
/// </summary>
public static class Descriptors
{
    /// <summary>The category of the dependency rules.</summary>
    public const string DependencyCategoryName = "Minix.Dependencies";

    /// <summary>The category of the image rules.</summary>
    public const string ImageCategoryName = "Minix.Image";

    /// <summary>The category of the least-privilege rules.</summary>
    public const string PrivilegeCategoryName = "Minix.Privileges";

    /// <summary>MINIX001, category A.</summary>
    public static readonly DiagnosticDescriptor KernelSymbol = Dependency(
        RuleIds.KernelSymbol,
        DependencyRules.Title(RuleIds.KernelSymbol)!,
        "'{0}' is kernel-internal: category {1}, functional class {2}; in a user-mode driver use {3}",
        "A symbol marked [KernelInternal] only exists inside the kernel: a driver that uses it must be linked into the kernel. User-mode drivers ask the kernel through a kernel call or ask a server by message.");

    /// <summary>MINIX002, category B.</summary>
    public static readonly DiagnosticDescriptor DriverCall = Dependency(
        RuleIds.DriverCall,
        DependencyRules.Title(RuleIds.DriverCall)!,
        "'{0}' belongs to driver '{1}': category {2}, functional class {3}; {4}",
        "Drivers are separate processes with separate address spaces: one cannot call into another. Send the other driver a request message and wait for its reply.");

    /// <summary>MINIX003, category C.</summary>
    public static readonly DiagnosticDescriptor KernelCallback = Dependency(
        RuleIds.KernelCallback,
        DependencyRules.Title(RuleIds.KernelCallback)!,
        "'{0}' hands the kernel a callback into the driver ('{1}'): category {2}, functional class {3}; {4}",
        "Code the kernel calls back runs in the kernel, so the driver cannot leave it. A user-mode driver arms an alarm (SYS_SETALARM) or binds an interrupt line (SYS_IRQCTL) and handles the resulting notification in its own message loop.");

    /// <summary>MINIX004, category D.</summary>
    public static readonly DiagnosticDescriptor InterruptHandlerState = Dependency(
        RuleIds.InterruptHandlerState,
        DependencyRules.Title(RuleIds.InterruptHandlerState)!,
        "Interrupt handler '{0}' touches driver state ('{1}'): category {2}, functional class {3}; {4}",
        "An interrupt handler installed in the kernel's interrupt table runs in the kernel; if it reads or writes the driver's variables, the driver's data must live in the kernel too. A user-mode driver binds the line with SYS_IRQCTL and handles the HARDWARE notification in its message loop.");

    /// <summary>MINIX005, category E.</summary>
    public static readonly DiagnosticDescriptor HardwareIo = Dependency(
        RuleIds.HardwareIo,
        DependencyRules.Title(RuleIds.HardwareIo)!,
        "'{0}' is direct hardware I/O: category {1}, functional class {2}; in a user-mode driver use {3}",
        "The in and out instructions and device memory are only reachable from ring 0. A user-mode driver asks the kernel to do the I/O (SYS_DEVIO, SYS_VDEVIO), which checks each port against the driver's system.conf entry.");

    /// <summary>MINIX101.</summary>
    public static readonly DiagnosticDescriptor MissingImageApi = Image(ImageRules.MissingApi);

    /// <summary>MINIX102.</summary>
    public static readonly DiagnosticDescriptor CatchNeverRuns = Image(ImageRules.CatchNeverRuns);

    /// <summary>MINIX103.</summary>
    public static readonly DiagnosticDescriptor Threading = Image(ImageRules.Threading);

    /// <summary>MINIX104.</summary>
    public static readonly DiagnosticDescriptor Reflection = Image(ImageRules.Reflection);

    /// <summary>MINIX105.</summary>
    public static readonly DiagnosticDescriptor LoopAllocation = Image(ImageRules.LoopAllocation);

    /// <summary>MINIX106.</summary>
    public static readonly DiagnosticDescriptor InterfaceCall = Image(ImageRules.InterfaceCall);

    /// <summary>MINIX107.</summary>
    public static readonly DiagnosticDescriptor GenericVirtualCall = Image(ImageRules.GenericVirtualCall);

    /// <summary>MINIX108.</summary>
    public static readonly DiagnosticDescriptor MultiDimensionalArray = Image(ImageRules.MultiDimensionalArray);

    /// <summary>MINIX200.</summary>
    public static readonly DiagnosticDescriptor SystemConfUnreadable = Privilege(
        RuleIds.SystemConfUnreadable,
        "system.conf cannot be read",
        "{0}: {1} (the least-privilege checks are off until system.conf is fixed)",
        "The service's system.conf entry gives its privileges: I/O ports, IRQ lines, kernel calls, IPC targets. A file the reincarnation server cannot read starts nothing.");

    /// <summary>MINIX201.</summary>
    public static readonly DiagnosticDescriptor PortNotGranted = Privilege(
        RuleIds.PortNotGranted,
        "Port outside the service's io ranges",
        "Port 0x{0} ({1} byte(s)) is outside the io ranges of service '{2}' ({3}): the kernel refuses it with EPORTDENIED; add it to the io line of system.conf or fix the port",
        "SYS_DEVIO checks every access against the io ranges of the caller's system.conf entry.");

    /// <summary>MINIX202.</summary>
    public static readonly DiagnosticDescriptor KernelCallNotGranted = Privilege(
        RuleIds.KernelCallNotGranted,
        "Kernel call outside the service's system list",
        "'{0}' makes kernel call {1}, which the system line of service '{2}' does not grant ({3}): the kernel refuses it; add {1} to system.conf",
        "Each service may make only the kernel calls its system.conf entry lists, plus the basic calls every service has.");

    /// <summary>MINIX203.</summary>
    public static readonly DiagnosticDescriptor IpcTargetNotGranted = Privilege(
        RuleIds.IpcTargetNotGranted,
        "Message to a service outside the ipc list",
        "'{0}' sends to '{1}', which the ipc line of service '{2}' does not allow ({3}): the kernel refuses it; add {1} to system.conf",
        "The ipc line of a system.conf entry lists whom the service may send to; the kernel checks every SEND, SENDREC, SENDNB and NOTIFY against it.");

    /// <summary>MINIX204.</summary>
    public static readonly DiagnosticDescriptor NoServiceEntry = Privilege(
        RuleIds.NoServiceEntry,
        "No system.conf entry for this service",
        "{0} has no entry for service '{1}' (entries: {2}): set MinixServiceName or add 'service {1} {{ ... }};'",
        "The least-privilege checks look up the service by its name: the MSBuild property MinixServiceName, or the assembly name in lower case.");

    /// <summary>MINIX205.</summary>
    public static readonly DiagnosticDescriptor IrqNotGranted = Privilege(
        RuleIds.IrqNotGranted,
        "IRQ line outside the service's irq list",
        "IRQ {0} is not in the irq list of service '{1}' ({2}): the kernel refuses to bind it; add it to the irq line of system.conf",
        "SYS_IRQCTL binds only the interrupt lines the caller's system.conf entry lists.");

    /// <summary>Every descriptor, in id order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(
        KernelSymbol, DriverCall, KernelCallback, InterruptHandlerState, HardwareIo,
        MissingImageApi, CatchNeverRuns, Threading, Reflection, LoopAllocation, InterfaceCall, GenericVirtualCall, MultiDimensionalArray,
        SystemConfUnreadable, PortNotGranted, KernelCallNotGranted, IpcTargetNotGranted, NoServiceEntry, IrqNotGranted);

    private static DiagnosticDescriptor Dependency(string id, string title, string message, string description) =>
        new(id, title, message, DependencyCategoryName, DiagnosticSeverity.Warning, isEnabledByDefault: true, description, HelpLinks.For(id));

    private static DiagnosticDescriptor Image(string id)
    {
        ImageRule rule = ImageRules.Find(id)!;
        return new(id, rule.Title, rule.MessageFormat, ImageCategoryName, DiagnosticSeverity.Warning, isEnabledByDefault: true, rule.Description, HelpLinks.For(id));
    }

    private static DiagnosticDescriptor Privilege(string id, string title, string message, string description) =>
        new(id, title, message, PrivilegeCategoryName, DiagnosticSeverity.Warning, isEnabledByDefault: true, description, HelpLinks.For(id));
}
