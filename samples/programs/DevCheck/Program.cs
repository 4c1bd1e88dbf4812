using Minix.Kernel.Calls;

namespace Minix.Samples.DevCheck;

/// <summary>The devcheck program: runs <see cref="DeviceCheck"/> and exits with its status.</summary>
public static class Program
{
    /// <summary>Checks both devices and exits 0 if both behaved.</summary>
    public static void Main() => Sys.Exit(new DeviceCheck().Run());
}
