namespace Minix.Build.FaultInjection;

/// <summary>What the console showed of one fault.</summary>
/// <param name="Number">The fault number.</param>
/// <param name="Outcome">The class it falls in.</param>
/// <param name="DriverEvent">What RS said of the driver during the fault (<c>died of a CPU exception</c>, <c>missed its heartbeat</c>), or empty.</param>
/// <param name="Replaced">The bytes the injector replaced, in hexadecimal (they should be the plan's original bytes).</param>
/// <param name="Data">The workload's verdict and detail (<c>ok 0</c>, <c>wrong 1037</c>, <c>error EIO</c>).</param>
/// <param name="Recovered">Whether a driver that died came back (RS said so) within the fault.</param>
/// <param name="Transcript">The console lines between the fault's start and end, for the record of a panic or hang.</param>
public sealed record FaultResult(int Number, FaultOutcome Outcome, string DriverEvent, string Replaced, string Data, bool Recovered, IReadOnlyList<string> Transcript);
