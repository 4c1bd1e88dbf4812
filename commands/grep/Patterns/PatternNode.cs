namespace Minix.Commands.Grep.Patterns;

/// <summary>What a <see cref="PatternNode"/> stands for.</summary>
public enum PatternNodeKind
{
    /// <summary>Matches the empty string.</summary>
    Empty,

    /// <summary>One byte from <see cref="PatternNode.Bytes"/>.</summary>
    Bytes,

    /// <summary>Each of the children in turn.</summary>
    Sequence,

    /// <summary>Any one of the children.</summary>
    Choice,

    /// <summary>The one child, <see cref="PatternNode.Min"/> to <see cref="PatternNode.Max"/> times (-1: no limit).</summary>
    Repeat,

    /// <summary>A zero-width test at the current place (<see cref="PatternNode.Assertion"/>).</summary>
    Assert,
}

/// <summary>Zero-width tests of the place between two bytes of a line.</summary>
public enum Assertion
{
    /// <summary>^: the start of the line.</summary>
    LineStart,

    /// <summary>$: the end of the line.</summary>
    LineEnd,

    /// <summary>\&lt;: a word byte follows and none precedes.</summary>
    WordStart,

    /// <summary>\&gt;: a word byte precedes and none follows.</summary>
    WordEnd,

    /// <summary>\b: at one side only a word byte.</summary>
    WordBoundary,

    /// <summary>\B: not a word boundary.</summary>
    NotWordBoundary,
}

/// <summary>One part of a parsed regular expression.</summary>
public sealed class PatternNode
{
    /// <summary>What this part stands for.</summary>
    public PatternNodeKind Kind;

    /// <summary>For <see cref="PatternNodeKind.Bytes"/>: the bytes it matches.</summary>
    public ByteSet Bytes;

    /// <summary>For <see cref="PatternNodeKind.Assert"/>: the test.</summary>
    public Assertion Assertion;

    /// <summary>For a repeat: the least and most times (-1: no limit).</summary>
    public int Min, Max;

    /// <summary>The parts of a sequence or choice, the one part of a repeat.</summary>
    public List<PatternNode> Children = new();

    /// <summary>A part matching one byte of <paramref name="bytes"/>.</summary>
    public static PatternNode OfBytes(ByteSet bytes) => new() { Kind = PatternNodeKind.Bytes, Bytes = bytes };

    /// <summary>A zero-width test.</summary>
    public static PatternNode OfAssertion(Assertion assertion) => new() { Kind = PatternNodeKind.Assert, Assertion = assertion };

    /// <summary>A part of kind <paramref name="kind"/> over <paramref name="children"/>.</summary>
    public static PatternNode Of(PatternNodeKind kind, List<PatternNode> children) => new() { Kind = kind, Children = children };
}
