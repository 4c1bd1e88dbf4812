namespace Minix.Build.Linking;

/// <summary>A data object the linker places under <see cref="Symbol"/>: initialized bytes, or zero-filled
/// memory when <see cref="Contents"/> is null (a heap region, a stack, a page table).</summary>
/// <param name="Symbol">The global symbol it defines.</param>
/// <param name="Description">What it is.</param>
/// <param name="Size">Its size in bytes.</param>
/// <param name="Contents">Initial bytes (length at most <paramref name="Size"/>), or null for zero fill.</param>
/// <param name="Writable">Whether it lives in the writable data segment.</param>
/// <param name="Keep">Place it even if nothing references it.</param>
public sealed record DataBlob(string Symbol, string Description, ulong Size, byte[]? Contents = null, bool Writable = true, bool Keep = false)
{
    /// <summary>Alignment of its start.</summary>
    public ulong Alignment { get; init; } = 16;

    /// <summary>
    /// Place it read-only after everything else, on its own pages: its size then moves no other symbol, which lets
    /// a second link replace a placeholder with contents computed from the first (a program's source map).
    /// </summary>
    public bool Trailing { get; init; }

    /// <summary>
    /// A zero-size symbol after everything else, page-aligned: the end of the image, where a program's break (the
    /// heap the process manager grows) starts.
    /// </summary>
    public bool MarksEnd { get; init; }
}
