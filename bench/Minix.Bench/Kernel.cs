namespace Minix.Bench;

/// <summary>A benchmark kernel: a corpus method taking (size, seed), called with a realistic size.</summary>
/// <param name="Name">The method name in Minix.Build.Corpus.Kernels.</param>
/// <param name="Size">The size argument.</param>
/// <param name="Calls">Calls per measurement.</param>
/// <param name="Run">The .NET call.</param>
internal sealed record Kernel(string Name, int Size, int Calls, Func<int, int, long> Run);
