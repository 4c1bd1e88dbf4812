using Minix.Commands.Libc;
using Minix.Posix;

namespace Minix.Commands.Shell;

/// <summary>
/// The programs the shell has found on PATH, by command name, as dash remembers them for <c>hash</c>: a command run,
/// or named to type, command -v or hash, is remembered; any assignment to PATH forgets them all, and a cd marks them
/// to be looked up again ("*" in the listing). The shell still searches PATH for every command it runs, so what is
/// remembered is only what hash and type report.
/// </summary>
/// <param name="variables">The shell's variables: PATH and how often it changed.</param>
public sealed class CommandHash(Variables variables)
{
    // dash lists its table bucket by bucket (31 of them, a name's bucket from its bytes), each in the order the names
    // were added: the listing keeps that order so scripts see the same lines.
    private const int Buckets = 31;

    private readonly List<Entry>[] _buckets = new List<Entry>[Buckets];

    private int _pathChanges = variables.PathChanges;

    /// <summary>
    /// hash: lists the remembered programs; hash -r forgets them; hash NAME... looks each NAME up on PATH and remembers
    /// it (a builtin, a function or a name with a slash is left alone).
    /// </summary>
    /// <param name="call">The call.</param>
    /// <param name="functions">The shell's functions, which hash leaves alone.</param>
    /// <returns>0, 1 when a NAME is found nowhere, 2 for a wrong option.</returns>
    public int Run(BuiltinCall call, IReadOnlyDictionary<string, FunctionDefinition> functions)
    {
        int first = call.Options("r", out string given);
        if (first < 0)
            return 2;
        if (given.Length > 0)
        {
            // As dash: -r forgets, and the names after it are not looked up.
            Array.Clear(_buckets);
            return 0;
        }

        if (first == call.Operands.Count)
            return call.Print(Listing());

        int status = 0;
        for (int i = first; i < call.Operands.Count; i++)
        {
            string name = call.Operands[i];
            if (name.Contains('/') || Builtins.Is(name) || functions.ContainsKey(name) || Find(name) is { Stale: false })
                continue;
            if (ProgramSearch.Find(name, variables.Get("PATH")) is string program)
                Remember(name, program);
            else
                status = call.Report(name + ": not found", 1);
        }

        return status;
    }

    /// <summary>Notes that <paramref name="name"/> was found at <paramref name="program"/> on the shell's PATH.</summary>
    /// <param name="name">The command's name (one with a slash is never remembered).</param>
    /// <param name="program">Where it was found.</param>
    public void Remember(string name, string program)
    {
        if (name.Contains('/'))
            return;
        Forget();
        List<Entry> bucket = _buckets[BucketOf(name)] ??= new List<Entry>();
        int at = bucket.FindIndex(e => e.Name == name);
        if (at >= 0)
            bucket[at] = new Entry(name, program, Stale: false);
        else
            bucket.Add(new Entry(name, program, Stale: false));
    }

    /// <summary>Whether <paramref name="name"/> is remembered (a cd's mark or not).</summary>
    /// <param name="name">The command's name.</param>
    /// <returns>True for what dash calls a tracked alias.</returns>
    public bool Has(string name) => Find(name) is not null;

    /// <summary>After a cd: every program is to be looked up again (a relative PATH entry now means another directory).</summary>
    public void MarkStale()
    {
        foreach (List<Entry>? bucket in _buckets)
        {
            for (int i = 0; bucket is not null && i < bucket.Count; i++)
                bucket[i] = bucket[i] with { Stale = true };
        }
    }

    private string Listing()
    {
        Forget();
        var text = new System.Text.StringBuilder();
        foreach (List<Entry>? bucket in _buckets)
        {
            foreach (Entry entry in bucket ?? [])
                text.Append(entry.Program).Append(entry.Stale ? "*\n" : "\n");
        }

        return text.ToString();
    }

    private Entry? Find(string name)
    {
        Forget();
        List<Entry>? bucket = _buckets[BucketOf(name)];
        int at = bucket?.FindIndex(e => e.Name == name) ?? -1;
        return at >= 0 ? bucket![at] : null;
    }

    /// <summary>Forgets everything when PATH was assigned since the last look (dash does it at the assignment).</summary>
    private void Forget()
    {
        if (_pathChanges == variables.PathChanges)
            return;
        Array.Clear(_buckets);
        _pathChanges = variables.PathChanges;
    }

    private static int BucketOf(string name)
    {
        byte[] bytes = Utf8Text.Encode(name);
        int value = bytes.Length > 0 ? bytes[0] << 4 : 0;
        foreach (byte b in bytes)
            value += b;
        return (value & 0x7FFF) % Buckets;
    }

    private readonly record struct Entry(string Name, string Program, bool Stale);
}
