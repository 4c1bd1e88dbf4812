using System.Text;
using Minix.Commands.Libc;

namespace Minix.Commands.Shell;

/// <summary>
/// Turns words into fields, as POSIX orders it: tilde expansion (<see cref="TildeExpansion"/>) and parameter
/// expansion, then field splitting of the unquoted results on IFS (command substitutions' output too; see
/// <see cref="FieldBuilder"/>), then pathname expansion of unquoted * ? [ (<see cref="PathnameExpansion"/>); the
/// quotes were removed by the lexer. "$@" gives one field per positional parameter.
/// </summary>
public sealed class Expansion
{
    private readonly ShellState _state;

    /// <summary>Expansion with the parameters of <paramref name="state"/>.</summary>
    /// <param name="state">The shell's state.</param>
    public Expansion(ShellState state) => _state = state;

    /// <summary>The fields of <paramref name="words"/>, in order (a word may give none, or many).</summary>
    /// <param name="words">The words.</param>
    /// <returns>The fields.</returns>
    public List<string> Fields(IEnumerable<Word> words)
    {
        var fields = new List<string>();
        foreach (Word word in words)
        {
            foreach (Field field in Split(TildeExpansion.Mark(word, assignment: false)))
            {
                if (_state.NoGlob)
                    fields.Add(field.Text.ToString());
                else
                    fields.AddRange(PathnameExpansion.Expand(field.Text.ToString(), field.Active));
            }
        }

        return fields;
    }

    /// <summary>The one string <paramref name="word"/> stands for, unsplit and unglobbed (assignments, redirection targets).</summary>
    /// <param name="word">The word.</param>
    /// <returns>The text.</returns>
    public string Single(Word word) => Text(TildeExpansion.Mark(word, assignment: false));

    /// <summary>The text of <paramref name="word"/>, its tilde prefixes (if marked) expanded, no others.</summary>
    private string Text(Word word)
    {
        var text = new StringBuilder();
        foreach (WordPart part in word.Parts)
        {
            if (part is LiteralPart literal)
                text.Append(literal.Text);
            else
                text.Append(Value(part));
        }

        return text.ToString();
    }

    /// <summary>
    /// The text <paramref name="word"/> stands for as a pattern (case, ${X%pattern}): with, for each character, whether
    /// it is unquoted, so that * ? [ in it match rather than stand for themselves.
    /// </summary>
    /// <param name="word">The word.</param>
    /// <returns>The pattern and its active characters.</returns>
    public (string Text, bool[] Active) Pattern(Word word)
    {
        var field = new Field();
        foreach (WordPart part in TildeExpansion.Mark(word, assignment: false).Parts)
        {
            if (part is TildePart tilde)
            {
                string? home = TildeExpansion.Home(tilde, _state);
                field.Add(home ?? "~" + tilde.User, home is null);
            }
            else
                field.Add(part is LiteralPart literal ? literal.Text : Value(part), !part.Quoted);
        }

        return (field.Text.ToString(), field.Active.ToArray());
    }

    /// <summary>What a parameter or a command substitution expands to (unset: empty).</summary>
    private string Value(WordPart part) => part switch
    {
        ParameterPart parameter => Parameter(parameter, out Word? argument) ?? Argument(argument!, parameter.Quoted),
        TildePart tilde => TildeExpansion.Home(tilde, _state) ?? "~" + tilde.User,
        CommandPart command => CommandSubstitution.Run(_state, command.Text),
        ArithmeticPart arithmetic => Arithmetic.Evaluate(ArithmeticText(arithmetic.Expression), _state).ToString(),
        _ => ((LiteralPart)part).Text,
    };

    /// <summary>
    /// The text of $((...)) with its parameters, command substitutions and inner $((...)) expanded, as dash does before
    /// it evaluates: x=y; $(($x=1)) assigns y, and X='1+2'; $(($X*3)) is 1+2*3.
    /// </summary>
    private string ArithmeticText(string expression)
    {
        if (!expression.Contains('$') && !expression.Contains('`') && !expression.Contains('\\'))
            return expression;
        Word word;
        try
        {
            word = Lexer.ArithmeticWord(expression);
        }
        catch (SyntaxError error)
        {
            throw new ArithmeticError(expression, error.Message);
        }

        return Text(word);
    }

    /// <summary>The text of an operator's word: inside "" (as "${X:-~}") no tilde prefix is expanded.</summary>
    private string Argument(Word argument, bool quoted) => quoted ? Text(argument) : Single(argument);

    /// <summary>
    /// A parameter with its operator applied: its text, or null with <paramref name="argument"/> the operator's word
    /// standing in for it (${X:-word} with X unset), so that its quotes count where it is expanded.
    /// </summary>
    private string? Parameter(ParameterPart part, out Word? argument)
    {
        argument = null;
        string? value = _state.Parameter(part.Name);
        if (value is null && _state.NoUnset && part.Operator is null or "length" or "%" or "%%" or "#" or "##")
            throw new ExpansionError(part.Name + ": parameter not set");
        if (part.Operator is null)
            return value ?? "";
        bool colon = part.Operator.Length == 2 && part.Operator[0] == ':';
        bool missing = value is null || (colon && value.Length == 0);
        switch (part.Operator)
        {
            case "length":
                return (value ?? "").Length.ToString();
            case ":-" or "-":
                argument = part.Argument;
                return missing ? null : value;
            case ":+" or "+":
                argument = part.Argument;
                return missing ? "" : null;
            case ":=" or "=":
                if (!missing)
                    return value;
                if (!Lexer.IsName(part.Name))
                    throw new ExpansionError("$" + part.Name + ": cannot assign in this way");
                string assigned = Argument(part.Argument!, part.Quoted);
                _state.Variables.Set(part.Name, assigned);
                return assigned;
            case ":?" or "?":
                if (!missing)
                    return value;
                string message = Argument(part.Argument!, part.Quoted);
                throw new ExpansionError(part.Name + ": " + (message.Length > 0 ? message : colon ? "parameter not set or null" : "parameter not set"));
            default:
                return RemovePattern(value ?? "", part.Operator, Pattern(part.Argument!));
        }
    }

    /// <summary>${X%p} ${X%%p}: the shortest or longest suffix matching p removed; ${X#p} ${X##p}: the prefix.</summary>
    private static string RemovePattern(string value, string op, (string Text, bool[] Active) pattern)
    {
        bool suffix = op[0] == '%';
        bool longest = op.Length == 2;
        string quoted = ShellPattern.Quoted(pattern.Text, pattern.Active);
        for (int i = 0; i <= value.Length; i++)
        {
            // Shortest first: a suffix of length i, or a prefix of length i; longest: from the whole value down.
            int length = longest ? value.Length - i : i;
            string candidate = suffix ? value[(value.Length - length)..] : value[..length];
            if (ShellPattern.Matches(quoted, candidate))
                return suffix ? value[..(value.Length - length)] : value[length..];
        }

        return value;
    }

    private List<Field> Split(Word word)
    {
        var builder = new FieldBuilder(Ifs.Of(_state));
        AddParts(word.Parts, false);
        return builder.Finish();

        // splitLiterals: the word of ${X:-word} standing in for an unquoted parameter, whose unquoted text splits as a value.
        void AddParts(IReadOnlyList<WordPart> parts, bool splitLiterals)
        {
            foreach (WordPart part in parts)
            {
                if (part is LiteralPart literal && !(splitLiterals && !literal.Quoted))
                {
                    builder.Add(literal.Text, !literal.Quoted, literal.Quoted);
                    continue;
                }

                if (part is TildePart tilde)
                {
                    // A home directory is neither split nor globbed; a ~USER with none stays as written.
                    string? home = TildeExpansion.Home(tilde, _state);
                    builder.Add(home ?? "~" + tilde.User, home is null, false);
                    continue;
                }

                if (part is ParameterPart { Quoted: true, Name: "@", Operator: null })
                {
                    for (int i = 0; i < _state.Positional.Length; i++)
                    {
                        if (i > 0)
                            builder.EndField();
                        builder.Add(_state.Positional[i], false, true);
                    }

                    continue;
                }

                string value;
                if (part is ParameterPart parameter)
                {
                    string? text = Parameter(parameter, out Word? argument);
                    if (text is null && !part.Quoted)
                    {
                        // The operator's word in place of the parameter: its own quotes decide its splitting.
                        AddParts(TildeExpansion.Mark(argument!, assignment: false).Parts, true);
                        continue;
                    }

                    if (text is not null && !part.Quoted && IsParameterList(parameter))
                    {
                        // Unquoted $* and $@: each positional parameter is split on its own, and each ends a field.
                        builder.BeginRegion();
                        for (int i = 0; i < _state.Positional.Length; i++)
                        {
                            if (i > 0)
                                builder.BetweenParameters();
                            builder.AddSplit(_state.Positional[i]);
                        }

                        continue;
                    }

                    value = text ?? Argument(argument!, part.Quoted);
                }
                else
                    value = Value(part);
                if (part.Quoted)
                {
                    builder.Add(value, false, true);
                    continue;
                }

                builder.BeginRegion();
                builder.AddSplit(value);
            }
        }
    }

    /// <summary>$* or $@ (or ${*:-word} and kin using the parameters' own value): the positional parameters as a list.</summary>
    private static bool IsParameterList(ParameterPart part) =>
        part.Name is "*" or "@" && part.Operator is null or ":-" or "-" or ":=" or "=" or ":?" or "?";
}
