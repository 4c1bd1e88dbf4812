using System.Text;

namespace Minix.Commands.Shell;

/// <summary>
/// Turns words into fields, as POSIX orders it: parameter expansion, then field splitting of the unquoted results on
/// IFS (command substitutions' output too), then pathname expansion of unquoted * ? [ (<see cref="PathnameExpansion"/>); the quotes were removed by the
/// lexer. "$@" gives one field per positional parameter.
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
            foreach (Field field in Split(word))
                fields.AddRange(PathnameExpansion.Expand(field.Text.ToString(), field.Active));
        }

        return fields;
    }

    /// <summary>The one string <paramref name="word"/> stands for, unsplit and unglobbed (assignments, redirection targets).</summary>
    /// <param name="word">The word.</param>
    /// <returns>The text.</returns>
    public string Single(Word word)
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

    /// <summary>What a parameter or a command substitution expands to (unset: empty).</summary>
    private string Value(WordPart part) => part switch
    {
        ParameterPart parameter => _state.Parameter(parameter.Name) ?? "",
        CommandPart command => CommandSubstitution.Run(_state, command.Text),
        ArithmeticPart arithmetic => Arithmetic.Evaluate(arithmetic.Expression, _state).ToString(),
        _ => ((LiteralPart)part).Text,
    };

    private List<Field> Split(Word word)
    {
        string ifs = _state.Variables.Get("IFS") ?? " \t\n";
        var fields = new List<Field>();
        Field current = new();
        foreach (WordPart part in word.Parts)
        {
            if (part is LiteralPart literal)
            {
                current.Add(literal.Text, !literal.Quoted);
                current.Exists |= literal.Quoted;
                continue;
            }

            if (part is ParameterPart { Quoted: true, Name: "@" })
            {
                for (int i = 0; i < _state.Positional.Length; i++)
                {
                    if (i > 0)
                    {
                        fields.Add(current);
                        current = new Field();
                    }

                    current.Add(_state.Positional[i], false);
                    current.Exists = true;
                }

                continue;
            }

            string value = Value(part);
            if (part.Quoted)
            {
                current.Add(value, false);
                current.Exists = true;
                continue;
            }

            // Unquoted: split on IFS. IFS white space around a field is dropped; other IFS characters each end a field.
            foreach (char c in value)
            {
                if (ifs.Contains(c))
                {
                    bool white = c is ' ' or '\t' or '\n';
                    if (current.Exists || !white)
                    {
                        current.Exists = true;
                        fields.Add(current);
                        current = new Field();
                    }
                }
                else
                {
                    current.Add(c.ToString(), true);
                    current.Exists = true;
                }
            }
        }

        if (current.Exists)
            fields.Add(current);
        return fields;
    }

    /// <summary>A field being built: its text, which characters may act as glob characters, and whether it exists even if empty.</summary>
    private sealed class Field
    {
        public StringBuilder Text { get; } = new();

        public List<bool> Active { get; } = new();

        public bool Exists { get; set; }

        public void Add(string text, bool active)
        {
            Text.Append(text);
            for (int i = 0; i < text.Length; i++)
                Active.Add(active);
            Exists |= text.Length > 0;
        }
    }
}
