namespace Minix.Build.Linking;

/// <summary>A link that failed; <see cref="Errors"/> lists every problem found, not just the first.</summary>
public sealed class LinkException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="errors">The problems.</param>
    public LinkException(IReadOnlyList<LinkError> errors)
        : base(string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    /// <summary>The problems.</summary>
    public IReadOnlyList<LinkError> Errors { get; }
}
