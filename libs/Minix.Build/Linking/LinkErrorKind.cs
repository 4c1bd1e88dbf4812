namespace Minix.Build.Linking;

/// <summary>Why a link failed.</summary>
public enum LinkErrorKind
{
    /// <summary>A symbol no object, stub or blob defines; the message names the C# feature behind it when known.</summary>
    UndefinedSymbol,
    /// <summary>Two objects define the same global symbol.</summary>
    DuplicateSymbol,
    /// <summary>A relocation type the linker does not apply.</summary>
    UnsupportedRelocation,
    /// <summary>A relocation whose value does not fit its field (code too far from its target).</summary>
    RelocationOverflow,
    /// <summary>A reference into a section the link drops (thread-local data, unwind tables).</summary>
    DroppedSectionReferenced,
    /// <summary>The entry symbol is not defined.</summary>
    MissingEntryPoint,
    /// <summary>A code blob that Iced could not assemble.</summary>
    AssemblyFailed,
    /// <summary>An input the linker cannot place (a common symbol, an unaligned base address).</summary>
    InvalidInput,
}
