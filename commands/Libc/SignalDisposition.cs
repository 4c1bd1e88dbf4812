namespace Minix.Commands.Libc;

/// <summary>What a signal does to the process that receives it (<see cref="Sys.SetSignalDisposition"/>).</summary>
public enum SignalDisposition
{
    /// <summary>Its default action (for most: the process ends).</summary>
    Default,

    /// <summary>Nothing: the signal is ignored (and stays ignored in programs started from here).</summary>
    Ignore,

    /// <summary>Noted, for <see cref="Sys.TakeCaughtSignals"/>; the process goes on.</summary>
    Catch,
}
