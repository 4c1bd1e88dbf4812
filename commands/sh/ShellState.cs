using Minix.Commands.Libc;
using Minix.Posix;

namespace Minix.Commands.Shell;

/// <summary>What the shell knows between commands: variables, positional parameters, the special parameters' values.</summary>
public sealed class ShellState
{
    /// <summary>A state with <paramref name="variables"/>, named <paramref name="name"/> ($0).</summary>
    /// <param name="variables">The variables.</param>
    /// <param name="name">$0: "sh", or the script's name.</param>
    /// <param name="positional">$1, $2, ...</param>
    public ShellState(Variables variables, string name, string[] positional)
    {
        Variables = variables;
        Hash = new CommandHash(variables);
        Name = name;
        Positional = positional;
    }

    /// <summary>The variables.</summary>
    public Variables Variables { get; }

    /// <summary>
    /// Where the shell is, as the path cd reached it by (dash's logical working directory; symbolic links kept as
    /// named): pwd prints it and cd's relative names start from it. Null when not known.
    /// </summary>
    public string? WorkingDirectory { get; set; }

    /// <summary>The programs found on PATH so far, for <c>hash</c>.</summary>
    public CommandHash Hash { get; }

    /// <summary>$0.</summary>
    public string Name { get; }

    /// <summary>$1, $2, ... (set and shift change them).</summary>
    public string[] Positional { get; set; }

    /// <summary>The aliases alias has defined.</summary>
    public Aliases Aliases { get; } = new();

    /// <summary>The functions defined, by name.</summary>
    public Dictionary<string, FunctionDefinition> Functions { get; } = new();

    /// <summary>$?: the status of the last command.</summary>
    public int LastStatus { get; set; }

    /// <summary>$!: the pid of the last background command (0: none yet).</summary>
    public int LastBackgroundPid { get; set; }

    /// <summary>$$: the shell's pid.</summary>
    public int ShellPid { get; init; }

    /// <summary>Reading commands from a terminal (or -i): errors do not end the shell, prompts are shown.</summary>
    public bool Interactive { get; init; }

    /// <summary>Where getopts has got to in its arguments (a function call starts over, and the caller's is put back after).</summary>
    public GetoptsPosition Getopts { get; set; }

    /// <summary>The commands come from the standard input (neither -c nor a script): dash's stdin option.</summary>
    public bool ReadsStandardInput { get; init; }

    /// <summary>The status of the last command substitution while a command is expanded (null: none ran).</summary>
    public int? SubstitutionStatus { get; set; }

    /// <summary>set -e: a failing command ends the shell (unless it is tested by &amp;&amp;, || or !).</summary>
    public bool ErrExit { get; set; }

    /// <summary>
    /// The command running now is tested (an if, while or until condition, before &amp;&amp; or ||, after !, or run by
    /// such a one): set -e does not end the shell for its failures, nor in the child shells it starts.
    /// </summary>
    public bool ErrExitIgnored { get; set; }

    /// <summary>set -u: expanding a parameter that is not set (but for $@, $* and the operators that test it) is an error.</summary>
    public bool NoUnset { get; set; }

    /// <summary>set -f: no pathname expansion.</summary>
    public bool NoGlob { get; set; }

    /// <summary>set -x: each command is written to the standard error, after "+ ", before it runs.</summary>
    public bool Trace { get; set; }

    /// <summary>The value of parameter <paramref name="name"/> ($NAME or a special one), or null when it is unset.</summary>
    /// <param name="name">The parameter.</param>
    /// <returns>Its value, or null.</returns>
    public string? Parameter(string name)
    {
        switch (name)
        {
            case "?": return LastStatus.ToString();
            case "$": return ShellPid.ToString();
            case "!": return LastBackgroundPid == 0 ? null : LastBackgroundPid.ToString();
            case "#": return Positional.Length.ToString();
            case "-": return (NoUnset ? "u" : "") + (Trace ? "x" : "") + (Interactive ? "i" : "") + (NoGlob ? "f" : "") + (ErrExit ? "e" : "");
            case "@":
            case "*": return string.Join(Ifs.Of(this).Joiner, Positional);
            case "0": return Name;
        }

        if (char.IsAsciiDigit(name[0]))
        {
            int index = int.Parse(name);
            return index <= Positional.Length ? Positional[index - 1] : null;
        }

        return Variables.Get(name);
    }

    /// <summary>Writes "<c>sh: message</c>" (the shell's name first, as $0 holds it) to <paramref name="fd"/>.</summary>
    /// <param name="message">What went wrong, naming the command, file or input line at fault.</param>
    /// <param name="fd">The descriptor (the shell's standard error unless a command's is redirected).</param>
    public void Error(string message, int fd = Sys.StandardError) => Sys.WriteAll(fd, Utf8Text.Encode(Name + ": " + message + "\n"));
}
