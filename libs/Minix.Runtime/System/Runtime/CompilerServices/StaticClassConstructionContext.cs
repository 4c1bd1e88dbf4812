namespace System.Runtime.CompilerServices;

/// <summary>
/// Layout contract with ILC: the word in front of a type's static data that holds the address of its static
/// constructor until it has run, then zero.
/// </summary>
public struct StaticClassConstructionContext
{
    /// <summary>The static constructor's address, or zero once it has run.</summary>
    public nint cctorMethodAddress;
}
