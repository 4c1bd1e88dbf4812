namespace Minix.Commands.Shell;

/// <summary>
/// The field separators IFS names: each of its characters ends a field; those of them that are white space (space,
/// tab, newline) also run together and are dropped around fields. IFS unset is " \t\n"; IFS empty splits nothing.
/// </summary>
public readonly struct Ifs
{
    private readonly string _characters;

    /// <summary>The separators of an IFS whose value is <paramref name="value"/> (null: IFS is unset).</summary>
    /// <param name="value">IFS's value, or null.</param>
    public Ifs(string? value) => _characters = value ?? " \t\n";

    /// <summary>The separators of the shell's IFS now.</summary>
    /// <param name="state">The shell's state.</param>
    /// <returns>The separators.</returns>
    public static Ifs Of(ShellState state) => new(state.Variables.Get("IFS"));

    /// <summary>What "$*" puts between the positional parameters: IFS's first character, nothing when IFS is empty.</summary>
    public string Joiner => _characters.Length == 0 ? "" : _characters[0].ToString();

    /// <summary>Whether <paramref name="c"/> is one of IFS's characters.</summary>
    /// <param name="c">The character.</param>
    /// <returns>True for a separator.</returns>
    public bool IsSeparator(char c) => _characters.Contains(c);

    /// <summary>Whether <paramref name="c"/> is one of IFS's characters and white space (space, tab or newline).</summary>
    /// <param name="c">The character.</param>
    /// <returns>True for an IFS white-space character.</returns>
    public bool IsWhite(char c) => (c == ' ' || c == '\t' || c == '\n') && _characters.Contains(c);
}
