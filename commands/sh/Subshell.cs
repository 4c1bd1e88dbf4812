using System.Text;
using Minix.Commands.Libc;

namespace Minix.Commands.Shell;

/// <summary>
/// Runs shell text in a child shell (sh -c), for what must not change this shell: a builtin in a pipeline, an and-or
/// list in the background, a script without #!. The child gets this shell's variables (exported or not) and
/// positional parameters written as assignments, and its functions' definitions, before the text.
/// </summary>
public static class Subshell
{
    /// <summary>
    /// The first argument of a child shell that stands for this one (a subshell, command substitution, a pipeline's
    /// builtin): $$ is still the shell's own pid there, as in a forked subshell, where this one starts a process.
    /// </summary>
    public const string PidOption = "--subshell-of-pid=";

    /// <summary>Starts a child shell running <paramref name="text"/>.</summary>
    /// <param name="state">This shell's state, copied into the child.</param>
    /// <param name="text">The commands.</param>
    /// <param name="table">The child's descriptors.</param>
    /// <param name="background">Ignore SIGINT and SIGQUIT in the child.</param>
    /// <returns>The child's pid, or -errno.</returns>
    public static long Start(ShellState state, string text, DescriptorTable table, bool background)
    {
        var script = new StringBuilder();
        state.Variables.WriteAssignments(script);
        script.Append("set --");
        foreach (string parameter in state.Positional)
            script.Append(' ').Append(Variables.SingleQuoted(parameter));
        script.Append('\n');
        state.Aliases.WriteDefinitions(script);
        foreach (FunctionDefinition function in state.Functions.Values)
            script.Append(function.Source).Append('\n');
        string options = (state.ErrExit && !state.ErrExitIgnored ? "e" : "") + (state.NoUnset ? "u" : "") + (state.NoGlob ? "f" : "") + (state.Trace ? "x" : "");
        if (options.Length > 0)
            script.Append("set -").Append(options).Append('\n');
        script.Append(text).Append('\n');
        return StartWith(state, [PidOption + state.ShellPid, "-c", script.ToString(), state.Name], table, background);
    }

    /// <summary>Starts a child shell with <paramref name="arguments"/> (a script and its arguments).</summary>
    /// <param name="state">This shell's state (its exported variables are the child's environment).</param>
    /// <param name="arguments">The child's arguments.</param>
    /// <param name="table">The child's descriptors.</param>
    /// <param name="background">Ignore SIGINT and SIGQUIT in the child.</param>
    /// <returns>The child's pid, or -errno.</returns>
    public static long StartWith(ShellState state, string[] arguments, DescriptorTable table, bool background)
    {
        var (path, argv) = SelfProgram.Command(arguments);
        return Sys.Spawn(path, argv, state.Variables.Environment(), table.Slots, background);
    }
}
