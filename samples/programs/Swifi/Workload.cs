namespace Minix.Samples.Swifi;

/// <summary>
/// A workload that uses the target driver the way an application would and checks what comes back, so a campaign
/// sees wrong data reaching the application, not only whether the driver died.
/// </summary>
public abstract class Workload
{
    /// <summary>Uses the driver once, after fault <paramref name="fault"/> went in (-1: the warm-up before the first).</summary>
    /// <param name="fault">The fault number (the data differs per fault).</param>
    /// <param name="detail">An error status, or where the data differed.</param>
    /// <returns>What it saw.</returns>
    public abstract WorkloadResult Run(int fault, out long detail);
}
