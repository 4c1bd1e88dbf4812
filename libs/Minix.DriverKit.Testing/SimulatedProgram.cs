namespace Minix.DriverKit.Testing;

/// <summary>A program the simulated machine can run: a name and the method that is its <c>Main</c>.</summary>
/// <param name="Name">The program's name (a system process's name matches its system.conf entry).</param>
/// <param name="Main">What the process runs; returning ends it with status 0, throwing ends it like a crash.</param>
public sealed record SimulatedProgram(string Name, Action Main);
