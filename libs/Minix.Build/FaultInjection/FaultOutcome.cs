namespace Minix.Build.FaultInjection;

/// <summary>What one injected fault did, from least to most serious.</summary>
public enum FaultOutcome
{
    /// <summary>Nothing visible: the driver kept running and the workload's data was right.</summary>
    NoEffect,

    /// <summary>The driver crashed (CPU exception, runtime fault, exit) and RS restarted it; the data was right.</summary>
    Crashed,

    /// <summary>The driver stopped answering; RS's heartbeat caught it and restarted it; the data was right.</summary>
    Hung,

    /// <summary>The workload got an error status from the driver.</summary>
    ApplicationError,

    /// <summary>A request succeeded but wrong data reached the workload.</summary>
    WrongData,

    /// <summary>
    /// The workload waited for ever: the driver took a request and never answered, while the system (and the
    /// injector's watchdog, which stopped the machine) kept running.
    /// </summary>
    ApplicationStuck,

    /// <summary>The kernel panicked, or the machine stopped before the round was done.</summary>
    KernelPanic,

    /// <summary>The round stopped making progress: the host's watchdog ended the machine.</summary>
    SystemHang,

    /// <summary>The injector could not apply the fault (the driver's code differs from the plan, or the call was refused).</summary>
    NotInjected,
}
