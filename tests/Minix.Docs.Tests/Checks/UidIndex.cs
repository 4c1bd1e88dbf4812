using System.Collections.Generic;

namespace Minix.Docs.Checks;

/// <summary>The UIDs cross-references may name: the libraries' public API, plus anything a fallback accepts (the .NET base library).</summary>
public sealed class UidIndex
{
    private readonly HashSet<string> _uids;
    private readonly Func<string, bool> _fallback;

    /// <summary>Creates an index.</summary>
    /// <param name="uids">Known UIDs.</param>
    /// <param name="fallback">Asked for UIDs not in <paramref name="uids"/>; null accepts none.</param>
    public UidIndex(IEnumerable<string> uids, Func<string, bool>? fallback = null)
    {
        _uids = new HashSet<string>(uids, StringComparer.Ordinal);
        _fallback = fallback ?? (_ => false);
    }

    /// <summary>How many UIDs are known (fallback not counted).</summary>
    public int Count => _uids.Count;

    /// <summary>Whether <paramref name="uid"/> names something.</summary>
    /// <param name="uid">The UID.</param>
    /// <returns>True if known.</returns>
    public bool Contains(string uid) => _uids.Contains(uid) || _fallback(uid);
}
