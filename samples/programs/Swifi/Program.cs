using Minix.Kernel.Calls;

namespace Minix.Samples.Swifi;

/// <summary>The swifi program: injects the round of faults its boot parameters name, then stops the machine.</summary>
public static class Program
{
    /// <summary>Runs <see cref="Injector"/> and shuts the machine down with its status (the host boots the next round).</summary>
    public static void Main() => Sys.Abort(new Injector().Run());
}
