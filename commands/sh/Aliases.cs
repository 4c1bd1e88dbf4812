using System.Text;
using Minix.Commands.Libc;
using Minix.Posix;

namespace Minix.Commands.Shell;

/// <summary>
/// The aliases alias defines: a command's first word that names one (unquoted) is read as its text instead, when the
/// command is parsed (so an alias defined on a line holds from the next line on), as in dash.
/// </summary>
public sealed class Aliases
{
    /// <summary>The buckets of dash's alias table: alias lists them bucket by bucket, as dash does.</summary>
    private const int Buckets = 39;

    private readonly Dictionary<string, (string Value, long Order)> _table = new(StringComparer.Ordinal);
    private long _added;

    /// <summary>The text of alias <paramref name="name"/>, or null.</summary>
    /// <param name="name">The name.</param>
    /// <returns>Its text, or null when there is no such alias.</returns>
    public string? Get(string name) => _table.TryGetValue(name, out var entry) ? entry.Value : null;

    /// <summary>Whether there are none.</summary>
    public bool Empty => _table.Count == 0;

    /// <summary>Defines <paramref name="name"/> (a redefinition keeps its place in the listing).</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">Its text.</param>
    public void Set(string name, string value) =>
        _table[name] = (value, _table.TryGetValue(name, out var old) ? old.Order : ((long)Bucket(name) << 40) | _added++);

    /// <summary>Removes <paramref name="name"/>.</summary>
    /// <param name="name">The name.</param>
    /// <returns>False when there was no such alias.</returns>
    public bool Remove(string name) => _table.Remove(name);

    /// <summary>Removes them all.</summary>
    public void Clear() => _table.Clear();

    /// <summary>NAME='value', as alias prints one.</summary>
    /// <param name="name">The alias.</param>
    /// <returns>The line, newline included.</returns>
    public string Line(string name) => name + "=" + Variables.SingleQuoted(_table[name].Value) + "\n";

    /// <summary>The names in the order dash lists them: by the bucket of its hash table, then as they were defined.</summary>
    /// <returns>The names.</returns>
    public List<string> Names()
    {
        var names = new List<string>(_table.Keys);
        names.Sort((a, b) => _table[a].Order.CompareTo(_table[b].Order));
        return names;
    }

    /// <summary>dash's bucket for a name: its first byte times 16 plus the sum of its bytes, modulo 39.</summary>
    private static int Bucket(string name)
    {
        byte[] bytes = Utf8Text.Encode(name);
        uint hash = bytes.Length > 0 ? (uint)bytes[0] << 4 : 0;
        foreach (byte b in bytes)
            hash += b;
        return (int)(hash % Buckets);
    }

    /// <summary>alias [NAME[=VALUE]...]: each NAME=VALUE defined, each NAME printed; alone, all printed.</summary>
    /// <param name="call">The call.</param>
    /// <returns>0, or 1 when a NAME is no alias.</returns>
    public int Alias(BuiltinCall call)
    {
        if (call.Operands.Count == 0)
        {
            var text = new StringBuilder();
            foreach (string name in Names())
                text.Append(Line(name));
            return call.Print(text.ToString());
        }

        int status = 0;
        foreach (string operand in call.Operands)
        {
            // The name is what comes before the first '=' after its first character.
            int equals = operand.Length > 1 ? operand.IndexOf('=', 1) : -1;
            if (equals > 0)
                Set(operand[..equals], operand[(equals + 1)..]);
            else if (_table.ContainsKey(operand))
                status |= call.Print(Line(operand));
            else
            {
                NotFound(call, operand);
                status = 1;
            }
        }

        return status;
    }

    /// <summary>unalias NAME... or unalias -a (all of them).</summary>
    /// <param name="call">The call.</param>
    /// <returns>0, 1 when a NAME is no alias, 2 for a bad option.</returns>
    public int Unalias(BuiltinCall call)
    {
        int i = 0;
        string first = call.Operands.Count > 0 ? call.Operands[0] : "";
        if (first == "--")
            i++;
        else if (first.Length > 1 && first[0] == '-')
        {
            foreach (char letter in first[1..])
            {
                if (letter != 'a')
                    return call.Fail("Illegal option -" + letter, 2);
            }

            Clear();
            return 0;
        }

        int status = 0;
        for (; i < call.Operands.Count; i++)
        {
            if (!Remove(call.Operands[i]))
            {
                NotFound(call, call.Operands[i]);
                status = 1;
            }
        }

        return status;
    }

    /// <summary>dash's "alias: NAME not found", without the shell's name.</summary>
    private static void NotFound(BuiltinCall call, string name)
    {
        if (call.Table[Sys.StandardError] >= 0)
            Sys.WriteAll(call.Table[Sys.StandardError], Utf8Text.Encode(call.Name + ": " + name + " not found\n"));
    }

    /// <summary>Copies the aliases into <paramref name="into"/> as alias commands, for a child shell started with sh -c.</summary>
    /// <param name="into">Where the commands go.</param>
    public void WriteDefinitions(StringBuilder into)
    {
        foreach (string name in Names())
            into.Append("alias ").Append(Variables.SingleQuoted(name + "=" + _table[name].Value)).Append('\n');
    }
}
