using Minix.Kernel.Calls;

namespace Minix.Samples.BlockCheck;

/// <summary>The blockcheck program: runs the steps the boot parameters ask for and exits with their status.</summary>
public static class Program
{
    /// <summary>Runs <see cref="BlockCheckRun"/> and exits 0 if every step passed.</summary>
    public static void Main() => Sys.Exit(new BlockCheckRun().Run());
}
