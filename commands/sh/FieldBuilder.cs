using System.Text;

namespace Minix.Commands.Shell;

/// <summary>
/// Builds a word's fields as its parts are expanded. Quoted text and literals join the current field; the values of
/// unquoted expansions are split on IFS: a separator ends the field, and with it any IFS white space that follows
/// and, after white space, one other IFS character (so " : " is one separator but "::" two, around an empty field);
/// IFS white space at the start of a field is dropped. An expansion's value is a region of its own: a separator
/// never runs on into the next one.
/// </summary>
internal sealed class FieldBuilder
{
    private readonly Ifs _ifs;
    private readonly List<Field> _fields = new();
    private Field _current = new();

    // Just after a separator in this region: IFS white space (and after white space, one other IFS character) still belongs to it.
    private bool _absorbing;
    private bool _mayAbsorbOther;

    /// <summary>A builder splitting on <paramref name="ifs"/>.</summary>
    /// <param name="ifs">The separators.</param>
    public FieldBuilder(Ifs ifs) => _ifs = ifs;

    /// <summary>Text that is not split: <paramref name="active"/> when its * ? [ may match (unquoted).</summary>
    /// <param name="text">The text.</param>
    /// <param name="active">Whether it was unquoted.</param>
    /// <param name="makesField">Whether the field exists even if the text is empty (quoted: "").</param>
    public void Add(string text, bool active, bool makesField)
    {
        _absorbing = false;
        _current.Add(text, active);
        _current.Exists |= makesField;
    }

    /// <summary>Starts the region of an unquoted expansion's value.</summary>
    public void BeginRegion() => _absorbing = false;

    /// <summary>Adds an unquoted expansion's value, split on IFS (call <see cref="BeginRegion"/> first).</summary>
    /// <param name="value">The value.</param>
    public void AddSplit(string value)
    {
        foreach (char c in value)
        {
            if (_ifs.IsSeparator(c))
            {
                Separator(_ifs.IsWhite(c));
                continue;
            }

            _absorbing = false;
            _current.Add(c, true);
        }
    }

    /// <summary>
    /// The break between two positional parameters of an unquoted $* or $@: it separates as IFS white space does,
    /// whatever IFS holds.
    /// </summary>
    public void BetweenParameters() => Separator(white: true);

    /// <summary>Ends the current field whether or not it holds anything (between the parameters of "$@").</summary>
    public void EndField()
    {
        _fields.Add(_current);
        _current = new Field();
        _absorbing = false;
    }

    /// <summary>The fields: the last one counts only if it holds text or a quoted empty string.</summary>
    /// <returns>The fields.</returns>
    public List<Field> Finish()
    {
        if (_current.Exists)
            _fields.Add(_current);
        return _fields;
    }

    private void Separator(bool white)
    {
        if (_absorbing)
        {
            if (white)
                return;
            if (_mayAbsorbOther)
            {
                _mayAbsorbOther = false;
                return;
            }
        }
        else if (white && !_current.Exists)
            return;

        _fields.Add(_current);
        _current = new Field();
        _absorbing = true;
        _mayAbsorbOther = white;
    }
}

/// <summary>A field being built: its text, which characters may act as glob characters, and whether it exists even if empty.</summary>
internal sealed class Field
{
    /// <summary>The text.</summary>
    public StringBuilder Text { get; } = new();

    /// <summary>For each character of <see cref="Text"/>, whether it was unquoted.</summary>
    public List<bool> Active { get; } = new();

    /// <summary>Whether the field is there even when empty (it held a quoted "" or a separator ended it).</summary>
    public bool Exists { get; set; }

    /// <summary>Appends <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="active">Whether its * ? [ may match.</param>
    public void Add(string text, bool active)
    {
        Text.Append(text);
        for (int i = 0; i < text.Length; i++)
            Active.Add(active);
        Exists |= text.Length > 0;
    }

    /// <summary>Appends one character.</summary>
    /// <param name="c">The character.</param>
    /// <param name="active">Whether it may match as a glob character.</param>
    public void Add(char c, bool active)
    {
        Text.Append(c);
        Active.Add(active);
        Exists = true;
    }
}
