namespace Minix.Commands.Shell;

/// <summary>What kind of token the lexer read.</summary>
public enum TokenKind
{
    /// <summary>A word (<see cref="Token.Word"/>).</summary>
    Word,

    /// <summary>An operator: ; &amp; | &amp;&amp; || &lt; &gt; &gt;&gt; &gt;| &lt;&amp; &gt;&amp; &lt;&gt;.</summary>
    Operator,

    /// <summary>Digits right before a redirection operator: the descriptor it redirects.</summary>
    IoNumber,

    /// <summary>The end of a line.</summary>
    Newline,

    /// <summary>The end of the input.</summary>
    End,
}

/// <summary>One token: its kind, its text, the word it is (for words), and where it starts.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Text">The operator or digits as written.</param>
/// <param name="Word">The word, for <see cref="TokenKind.Word"/>.</param>
/// <param name="Line">The input line (1 is the first).</param>
/// <param name="Start">Its offset in the input.</param>
/// <param name="End">The offset just after it.</param>
public sealed record Token(TokenKind Kind, string Text, Word? Word, int Line, int Start, int End);
