using System.Text;
using Minix.Commands.Libc;
using Minix.Posix.Abi;

namespace Minix.Commands.Shell;

/// <summary>
/// The shell's variables: each a value and whether it is exported (handed to the programs the shell runs, as
/// <c>NAME=value</c> in their environment). They start as the environment the shell was given, all exported.
/// </summary>
public sealed class Variables
{
    private readonly Dictionary<string, (string Value, bool Exported)> _table = new(StringComparer.Ordinal);

    /// <summary>Variables from <paramref name="environment"/> (<c>NAME=value</c> strings; others are ignored).</summary>
    /// <param name="environment">The environment the shell started with.</param>
    public Variables(IEnumerable<string> environment)
    {
        foreach (string entry in environment)
        {
            int equals = entry.IndexOf('=');
            if (equals > 0 && Lexer.IsName(entry[..equals]))
                _table[entry[..equals]] = (entry[(equals + 1)..], true);
        }
    }

    /// <summary>The value of <paramref name="name"/>, or null when it is not set.</summary>
    /// <param name="name">The variable.</param>
    /// <returns>The value, or null.</returns>
    public string? Get(string name) => _table.TryGetValue(name, out var entry) ? entry.Value : null;

    /// <summary>Sets <paramref name="name"/>, keeping whether it is exported.</summary>
    /// <param name="name">The variable.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="VariableRefused">When <paramref name="name"/> is read-only, or OPTIND is given no number.</exception>
    public void Set(string name, string value)
    {
        CheckWritable(name);
        _table[name] = (value, _table.TryGetValue(name, out var entry) && entry.Exported);
        _unsetExports.Remove(name);
        Changed(name);
        CheckValue(name, value);
    }

    /// <summary>
    /// dash reads OPTIND as a number each time it is set or unset, after the change: a value that is no number from 0
    /// up is an error then ("Illegal number: x"), and OPTIND keeps it.
    /// </summary>
    private static void CheckValue(string name, string? value)
    {
        if (name == "OPTIND" && !IsOptionIndex(value ?? ""))
            throw new VariableRefused("Illegal number: " + value);
    }

    /// <summary>As dash reads a number: blanks, a sign, at least one digit, blanks, nothing else; 0 to INT_MAX.</summary>
    private static bool IsOptionIndex(string value)
    {
        int i = SkipBlanks(value, 0);
        bool negative = i < value.Length && value[i] == '-';
        if (i < value.Length && value[i] is '+' or '-')
            i++;
        int digits = i;
        long number = 0;
        for (; i < value.Length && char.IsAsciiDigit(value[i]); i++)
            number = Math.Min(number * 10 + (value[i] - '0'), (long)int.MaxValue + 1);
        if (i == digits || SkipBlanks(value, i) != value.Length)
            return false;
        return negative ? number == 0 : number <= int.MaxValue;
    }

    private static int SkipBlanks(string value, int i)
    {
        while (i < value.Length && value[i] is ' ' or '\t' or '\n' or '\v' or '\f' or '\r')
            i++;
        return i;
    }

    /// <summary>
    /// How many times OPTIND has been set, unset or put back: getopts starts over from OPTIND's value when it changed
    /// since getopts last set it.
    /// </summary>
    public int OptindChanges { get; private set; }

    /// <summary>How many times PATH has been set, unset or put back: dash forgets the programs hash remembers at each.</summary>
    public int PathChanges { get; private set; }

    private void Changed(string name)
    {
        if (name == "OPTIND")
            OptindChanges++;
        else if (name == "PATH")
            PathChanges++;
    }

    /// <summary>Marks <paramref name="name"/> exported (set or not: it is exported once it is set).</summary>
    /// <param name="name">The variable.</param>
    /// <param name="value">Its new value, or null to keep the value it has.</param>
    /// <exception cref="ReadOnlyVariable">When a value is given and <paramref name="name"/> is read-only.</exception>
    public void Export(string name, string? value)
    {
        if (value is not null)
            CheckWritable(name);
        string? current = value ?? Get(name);
        _table[name] = (current ?? "", true);
        if (current is null)
            _unsetExports.Add(name);
        else
            _unsetExports.Remove(name);
        if (value is not null)
        {
            Changed(name);
            CheckValue(name, value);
        }
    }

    private readonly HashSet<string> _unsetExports = new(StringComparer.Ordinal);

    /// <summary>The variables readonly has marked: they can be neither set nor unset again.</summary>
    private readonly HashSet<string> _readOnly = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="name"/> is read-only.</summary>
    /// <param name="name">The variable.</param>
    /// <returns>True once readonly has marked it.</returns>
    public bool IsReadOnly(string name) => _readOnly.Contains(name);

    /// <summary>Throws <see cref="ReadOnlyVariable"/> when <paramref name="name"/> is read-only.</summary>
    /// <param name="name">The variable about to change.</param>
    public void CheckWritable(string name)
    {
        if (_readOnly.Contains(name))
            throw new ReadOnlyVariable(name);
    }

    /// <summary>readonly NAME[=value]: sets the value (if given), then marks the variable read-only (set or not).</summary>
    /// <param name="name">The variable.</param>
    /// <param name="value">Its value, or null to keep the one it has.</param>
    public void MakeReadOnly(string name, string? value)
    {
        if (value is not null)
            Set(name, value);
        _readOnly.Add(name);
    }

    /// <summary>Lines as <c>readonly</c> and <c>readonly -p</c> print them: <c>readonly NAME='value'</c>, or <c>readonly NAME</c> when unset; sorted by name.</summary>
    /// <returns>The lines.</returns>
    public string ReadOnlyListing()
    {
        var names = new List<string>(_readOnly);
        names.Sort(StringComparer.Ordinal);
        var text = new StringBuilder();
        foreach (string name in names)
        {
            text.Append("readonly ").Append(name);
            if (Get(name) is string value && !_unsetExports.Contains(name))
                text.Append('=').Append(SingleQuoted(value));
            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>What <paramref name="name"/> is now (set or not, exported or not), for <see cref="Restore"/>.</summary>
    /// <param name="name">The variable.</param>
    /// <returns>Its state.</returns>
    public SavedVariable Save(string name) =>
        new(name, _table.TryGetValue(name, out var entry) ? entry : null, _unsetExports.Contains(name));

    /// <summary>Puts a variable back as <see cref="Save"/> found it (a function's <c>local</c> variable when it returns).</summary>
    /// <param name="saved">What it was.</param>
    public void Restore(SavedVariable saved)
    {
        if (saved.Entry is { } entry)
            _table[saved.Name] = entry;
        else
            _table.Remove(saved.Name);
        if (saved.UnsetExport)
            _unsetExports.Add(saved.Name);
        else
            _unsetExports.Remove(saved.Name);
        Changed(saved.Name);
    }

    /// <summary>Removes <paramref name="name"/>.</summary>
    /// <param name="name">The variable.</param>
    /// <exception cref="ReadOnlyVariable">When <paramref name="name"/> is read-only.</exception>
    public void Unset(string name)
    {
        CheckWritable(name);
        _table.Remove(name);
        _unsetExports.Remove(name);
        Changed(name);
        CheckValue(name, null);
    }

    /// <summary>The environment for a program: the exported variables, then <paramref name="extra"/> (a command's own assignments) over them.</summary>
    /// <param name="extra">Assignments for this program only.</param>
    /// <returns><c>NAME=value</c> strings, sorted by name.</returns>
    public string[] Environment(IReadOnlyList<(string Name, string Value)>? extra = null)
    {
        var chosen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, entry) in _table)
        {
            if (entry.Exported && !_unsetExports.Contains(name))
                chosen[name] = entry.Value;
        }

        foreach (var (name, value) in extra ?? [])
            chosen[name] = value;
        var names = new List<string>(chosen.Keys);
        names.Sort(StringComparer.Ordinal);
        var strings = new List<string>();
        foreach (string name in names)
            strings.Add(name + "=" + chosen[name]);
        return strings.ToArray();
    }

    /// <summary>Lines as <c>set</c> prints them (<c>NAME='value'</c>), or <c>export -p</c> (<c>export NAME='value'</c>), sorted by name.</summary>
    /// <param name="exportedOnly">Only the exported ones, each after "export ".</param>
    /// <returns>The lines.</returns>
    public string Listing(bool exportedOnly)
    {
        var names = new List<string>(_table.Keys);
        names.Sort(StringComparer.Ordinal);
        var text = new StringBuilder();
        foreach (string name in names)
        {
            var (value, exported) = _table[name];
            if (exportedOnly && !exported)
                continue;
            text.Append(exportedOnly ? "export " : "").Append(name);
            if (!_unsetExports.Contains(name))
                text.Append('=').Append(SingleQuoted(value));
            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary><paramref name="value"/> in single quotes, as the shell reads it back ('it'"'"'s' for it's).</summary>
    /// <param name="value">The text.</param>
    /// <returns>The quoted text.</returns>
    public static string SingleQuoted(string value) => "'" + value.Replace("'", "'\"'\"'") + "'";

    /// <summary>Copies every variable into <paramref name="into"/> as shell assignments, for a subshell started with sh -c.</summary>
    /// <param name="into">Where the assignments go.</param>
    public void WriteAssignments(StringBuilder into)
    {
        foreach (var (name, entry) in _table)
        {
            // An OPTIND refused when it was set stays (as in dash) but is not passed on: the child would refuse it again.
            if (!entry.Exported && !_unsetExports.Contains(name) && (name != "OPTIND" || IsOptionIndex(entry.Value)))
                into.Append(name).Append('=').Append(SingleQuoted(entry.Value)).Append('\n');
        }

        foreach (string name in _readOnly)
            into.Append("readonly ").Append(name).Append('\n');
    }

    /// <summary>The variables the shell starts with: the environment, and PATH when the environment has none.</summary>
    /// <returns>The variables.</returns>
    public static Variables FromEnvironment()
    {
        var variables = new Variables(Sys.InitialEnvironment());
        if (variables.Get("PATH") is null)
            variables.Set("PATH", "/bin:/usr/bin");
        if (WorkingDirectory(variables.Get("PWD")) is string pwd)
            variables.Export("PWD", pwd);
        variables.Set("OPTIND", "1");
        return variables;
    }

    /// <summary>
    /// PWD at start-up, as dash sets it: the inherited value when it is an absolute path naming the working directory
    /// (a path through a symbolic link stays as it is); otherwise the working directory's real path (null if unknown).
    /// </summary>
    private static string? WorkingDirectory(string? inherited)
    {
        if (inherited is not null && inherited.StartsWith('/')
            && Sys.Stat(inherited, out FileStatus named) >= 0 && Sys.Stat(".", out FileStatus here) >= 0
            && named.Device == here.Device && named.Inode == here.Inode)
            return inherited;
        return Sys.GetWorkingDirectory(out string path) >= 0 ? path : null;
    }
}

/// <summary>A variable as it was before a function made it local.</summary>
/// <param name="Name">The variable.</param>
/// <param name="Entry">Its value and whether it was exported, or null if it was not set.</param>
/// <param name="UnsetExport">Whether it was exported without a value.</param>
public readonly record struct SavedVariable(string Name, (string Value, bool Exported)? Entry, bool UnsetExport);
