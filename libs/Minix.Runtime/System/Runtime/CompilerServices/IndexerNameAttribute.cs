namespace System.Runtime.CompilerServices;

/// <summary>Names the property an indexer compiles to.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class IndexerNameAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="indexerName">The property name.</param>
    public IndexerNameAttribute(string indexerName)
    {
    }
}
