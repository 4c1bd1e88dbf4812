namespace Minix.DriverKit.Analyzers;

/// <summary>
/// Every diagnostic id the analyzer reports. MINIX0xx are the paper's kernel dependencies (categories A-E),
/// MINIX1xx what builds for the host but cannot work on the image, MINIX2xx least privilege against system.conf.
/// </summary>
public static class RuleIds
{
    /// <summary>Category A: a kernel-internal type or member.</summary>
    public const string KernelSymbol = "MINIX001";

    /// <summary>Category B: a call into another driver's code.</summary>
    public const string DriverCall = "MINIX002";

    /// <summary>Category C: a callback into the driver handed to the kernel or its clock.</summary>
    public const string KernelCallback = "MINIX003";

    /// <summary>Category D: an interrupt handler that touches driver state.</summary>
    public const string InterruptHandlerState = "MINIX004";

    /// <summary>Category E: port or memory-mapped I/O done directly.</summary>
    public const string HardwareIo = "MINIX005";

    /// <summary>An API the image runtime lacks.</summary>
    public const string MissingImageApi = ImageRules.MissingApi;

    /// <summary>A catch clause, which never runs on the image.</summary>
    public const string CatchNeverRuns = ImageRules.CatchNeverRuns;

    /// <summary>Threads, tasks and locks.</summary>
    public const string Threading = ImageRules.Threading;

    /// <summary>Reflection.</summary>
    public const string Reflection = ImageRules.Reflection;

    /// <summary>An allocation inside a driver's message loop.</summary>
    public const string LoopAllocation = ImageRules.LoopAllocation;

    /// <summary>A call through an interface.</summary>
    public const string InterfaceCall = ImageRules.InterfaceCall;

    /// <summary>A virtual call to a generic method.</summary>
    public const string GenericVirtualCall = ImageRules.GenericVirtualCall;

    /// <summary>A multi-dimensional array.</summary>
    public const string MultiDimensionalArray = ImageRules.MultiDimensionalArray;

    /// <summary>system.conf could not be read.</summary>
    public const string SystemConfUnreadable = "MINIX200";

    /// <summary>A constant port outside the service's io ranges.</summary>
    public const string PortNotGranted = "MINIX201";

    /// <summary>A kernel call outside the service's system list.</summary>
    public const string KernelCallNotGranted = "MINIX202";

    /// <summary>A message to a service outside the ipc list.</summary>
    public const string IpcTargetNotGranted = "MINIX203";

    /// <summary>system.conf has no entry for the service.</summary>
    public const string NoServiceEntry = "MINIX204";

    /// <summary>A constant IRQ line outside the service's irq list.</summary>
    public const string IrqNotGranted = "MINIX205";
}
