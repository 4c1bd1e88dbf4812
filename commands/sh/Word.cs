namespace Minix.Commands.Shell;

/// <summary>A piece of a word as the lexer read it: quoting is already removed, but remembered.</summary>
public abstract record WordPart(bool Quoted);

/// <summary>Text that stands for itself (<paramref name="Quoted"/>: inside '' or "" or after \, so no splitting or globbing).</summary>
/// <param name="Text">The characters.</param>
/// <param name="Quoted">Whether they were quoted.</param>
public sealed record LiteralPart(string Text, bool Quoted) : WordPart(Quoted);

/// <summary>
/// A parameter expansion: $NAME, ${NAME}, or a special parameter ($? $$ $! $# $0-$9 $@ $* $-); with an
/// <see cref="Operator"/>, ${NAME:-word} and its kin, ${#NAME}, and the pattern removals ${NAME%word} ${NAME#word}.
/// </summary>
/// <param name="Name">The parameter.</param>
/// <param name="Quoted">Inside "": the value is one field, never split.</param>
public sealed record ParameterPart(string Name, bool Quoted) : WordPart(Quoted)
{
    /// <summary>":-" "-" ":=" "=" ":?" "?" ":+" "+" "%" "%%" "#" "##", or "length" for ${#NAME}; null for the plain value.</summary>
    public string? Operator { get; init; }

    /// <summary>The word after the operator (for the removals, a pattern), or null.</summary>
    public Word? Argument { get; init; }
}

/// <summary>A command substitution, $(...) or `...`: the commands' output, trailing newlines removed.</summary>
/// <param name="Text">The commands inside.</param>
/// <param name="Quoted">Inside "": the output is one field, never split.</param>
public sealed record CommandPart(string Text, bool Quoted) : WordPart(Quoted);

/// <summary>An arithmetic expansion, $((...)): the expression's value in decimal.</summary>
/// <param name="Expression">The expression inside.</param>
/// <param name="Quoted">Inside "".</param>
public sealed record ArithmeticPart(string Expression, bool Quoted) : WordPart(Quoted);

/// <summary>A word: its parts in order and the text it was read from (for messages and job listings).</summary>
/// <param name="Parts">The parts.</param>
/// <param name="Source">The word as written.</param>
public sealed record Word(IReadOnlyList<WordPart> Parts, string Source)
{
    /// <summary>The word's text when it has no expansions and no quotes (operators' operands, assignments' names); else null.</summary>
    public string? PlainText => Parts.Count == 1 && Parts[0] is LiteralPart { Quoted: false } literal ? literal.Text : null;
}

/// <summary>
/// A tilde prefix, ~ or ~USER, at the start of a word (or of an assignment's value, or after a : in one): the home
/// directory, HOME's value or the user's; it is neither split nor globbed.
/// </summary>
/// <param name="User">The name after ~ (empty for ~ alone).</param>
public sealed record TildePart(string User) : WordPart(true);
