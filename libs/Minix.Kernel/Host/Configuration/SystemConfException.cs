namespace Minix.Kernel.Configuration;

/// <summary>
/// A system.conf file could not be read or turned into privileges. The message starts with
/// <c>file:line:column</c>, like a compiler error, and names what was wrong.
/// </summary>
public sealed class SystemConfException : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="location">Where the problem is.</param>
    /// <param name="problem">What is wrong, without the location.</param>
    public SystemConfException(SourceLocation location, string problem)
        : base(location + ": error: " + problem)
    {
        Location = location;
        Problem = problem;
    }

    /// <summary>Where the problem is.</summary>
    public SourceLocation Location { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }
}
