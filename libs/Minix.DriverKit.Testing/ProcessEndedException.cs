namespace Minix.DriverKit.Testing;

/// <summary>Unwinds the host thread of a simulated process the kernel ended; never seen by process code that does not catch everything.</summary>
internal sealed class ProcessEndedException : Exception
{
    public ProcessEndedException()
        : base("the simulated process has ended")
    {
    }
}
