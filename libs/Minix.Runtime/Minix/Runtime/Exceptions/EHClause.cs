using Internal.Runtime;

namespace Minix.Runtime.Exceptions;

// One protected region of a method and its handler, as ILC encodes it: offsets from the method's start.
internal unsafe struct EHClause
{
    public EHClauseKind Kind;
    public uint TryStart;
    public uint TryEnd;
    public nint Handler;
    public nint Filter;
    public MethodTable* CatchType;

    public readonly bool Contains(uint offset) => offset >= TryStart && offset < TryEnd;
}

// ILC's clause kinds: a typed catch, a finally (or fault), a filter (`catch ... when`).
internal enum EHClauseKind
{
    Typed = 0,
    Finally = 1,
    Filter = 2,
}
