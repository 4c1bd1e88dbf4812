namespace Minix.Build.Linking;

/// <summary>One problem found by the linker.</summary>
/// <param name="Kind">The kind of problem.</param>
/// <param name="Message">What is wrong, naming the object, section, offset and symbol at fault.</param>
/// <param name="Symbol">The symbol involved, if any.</param>
public sealed record LinkError(LinkErrorKind Kind, string Message, string? Symbol = null)
{
    /// <inheritdoc/>
    public override string ToString() => $"error MINIXLD{(int)Kind:D3}: {Message}";
}
