namespace Minix.Build.Debugging;

/// <summary>One row of a line table: code from <see cref="Address"/> on comes from <see cref="File"/>:<see cref="Line"/>.</summary>
/// <param name="Address">The first address of the row.</param>
/// <param name="File">The source file.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="EndOfSequence">True for the row that ends a contiguous run of code.</param>
public sealed record SourceLine(ulong Address, string File, int Line, bool EndOfSequence);
