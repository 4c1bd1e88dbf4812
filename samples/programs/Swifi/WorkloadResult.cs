namespace Minix.Samples.Swifi;

/// <summary>What a workload saw of the driver's data.</summary>
public enum WorkloadResult
{
    /// <summary>Every answer was right.</summary>
    Ok,

    /// <summary>A request succeeded but brought the wrong data.</summary>
    WrongData,

    /// <summary>A request failed with an error status.</summary>
    Error,
}
