namespace Minix.Commands.Sort;

/// <summary>
/// One -k POS1[,POS2] key: where it starts and ends in a line, as field and character positions, and how it compares.
/// Positions are kept as GNU counts them internally: the start's field and character from 0, the end's field from 0
/// and its character from 1, 0 meaning the end of the field.
/// </summary>
internal sealed class SortKey
{
    /// <summary>The field the key starts in, from 0.</summary>
    public long StartField { get; init; }

    /// <summary>How many characters into that field the key starts, from 0.</summary>
    public long StartCharacter { get; init; }

    /// <summary>The field the key ends in, from 0; null when the key runs to the end of the line.</summary>
    public long? EndField { get; init; }

    /// <summary>The last character of the key in <see cref="EndField"/>, from 1; 0 for the end of the field.</summary>
    public long EndCharacter { get; init; }

    /// <summary>How the key compares.</summary>
    public KeyOptions Options { get; set; }

    /// <summary>The key of sort without -k: the whole line.</summary>
    public static SortKey WholeLine(KeyOptions options) => new() { Options = options };
}
