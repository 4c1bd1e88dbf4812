using Minix.Ipc;

namespace Minix.DriverKit.Testing;

/// <summary>
/// fork on the simulated machine. A host thread cannot be copied, so a simulated program that forks says what the
/// child runs: <c>long pid = SimulatedFork.Fork(() =&gt; { ...the child... });</c> makes the real fork call to the
/// process manager (Minix.Posix's <c>Posix.Fork</c>), and the child starts as a new simulated process running that
/// delegate, as if its fork had returned 0 (its exit status is 0 if the delegate returns, as for any program).
/// </summary>
public static class SimulatedFork
{
    /// <summary>Forks the calling simulated process.</summary>
    /// <param name="child">What the child runs.</param>
    /// <returns>The child's pid, or a negative status.</returns>
    /// <exception cref="InvalidOperationException">Not called from a simulated process.</exception>
    public static long Fork(Action child)
    {
        if (IpcTransport.Current is not SimulatedProcess self)
            throw new InvalidOperationException("SimulatedFork.Fork runs only inside a simulated process");
        self.ForkChild = child;
        long pid = Posix.Posix.Fork();
        self.ForkChild = null;
        return pid;
    }
}
