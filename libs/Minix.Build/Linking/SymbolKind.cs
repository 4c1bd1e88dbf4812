namespace Minix.Build.Linking;

/// <summary>What a symbol-map entry names.</summary>
public enum SymbolKind
{
    /// <summary>Code.</summary>
    Function,
    /// <summary>Data.</summary>
    Data,
}
