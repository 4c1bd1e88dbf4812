using Minix.Kernel.Calls;

namespace Minix.DriverKit.Analyzers;

/// <summary>Names of the categories and functional classes as messages and tables print them, and the class of each kernel call.</summary>
public static class Classification
{
    /// <summary>The paper's wording of a category, e.g. "A (driver uses a kernel symbol)".</summary>
    /// <param name="category">The category.</param>
    /// <returns>The text.</returns>
    public static string Describe(DependencyCategory category) => category switch
    {
        DependencyCategory.A => "A (driver uses a kernel symbol)",
        DependencyCategory.B => "B (one driver calls another)",
        DependencyCategory.C => "C (kernel task depends on the driver)",
        DependencyCategory.D => "D (interrupt handler uses driver data)",
        _ => "E (driver uses I/O hardware)",
    };

    /// <summary>A class with its number, e.g. "5 device I/O".</summary>
    /// <param name="functionalClass">The class.</param>
    /// <returns>The text.</returns>
    public static string Describe(FunctionalClass functionalClass) => (int)functionalClass + " " + Name(functionalClass);

    /// <summary>A class's name without its number.</summary>
    /// <param name="functionalClass">The class.</param>
    /// <returns>The text.</returns>
    public static string Name(FunctionalClass functionalClass) => functionalClass switch
    {
        FunctionalClass.ProcessManagement => "process management",
        FunctionalClass.SignalHandling => "signal handling",
        FunctionalClass.MemoryManagement => "memory management",
        FunctionalClass.CopyingData => "copying data",
        FunctionalClass.DeviceIo => "device I/O",
        FunctionalClass.InterruptManagement => "interrupt management",
        FunctionalClass.SystemControl => "system control",
        FunctionalClass.ClockFunctionality => "clock functionality",
        FunctionalClass.KernelInformation => "kernel information",
        _ => "message passing",
    };

    /// <summary>The functional class of a kernel call.</summary>
    /// <param name="call">The call.</param>
    /// <returns>Its class.</returns>
    public static FunctionalClass Of(KernelCall call) => call switch
    {
        KernelCall.PrivCtl or KernelCall.Spawn or KernelCall.Exit => FunctionalClass.ProcessManagement,
        KernelCall.Kill => FunctionalClass.SignalHandling,
        KernelCall.SetGrant => FunctionalClass.MemoryManagement,
        KernelCall.SafeCopyFrom or KernelCall.SafeCopyTo or KernelCall.VSafeCopy => FunctionalClass.CopyingData,
        KernelCall.DevIo or KernelCall.VDevIo => FunctionalClass.DeviceIo,
        KernelCall.IrqCtl => FunctionalClass.InterruptManagement,
        KernelCall.SetAlarm or KernelCall.Times => FunctionalClass.ClockFunctionality,
        KernelCall.GetInfo => FunctionalClass.KernelInformation,
        _ => FunctionalClass.SystemControl,
    };
}
