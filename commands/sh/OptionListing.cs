using System.Text;

namespace Minix.Commands.Shell;

/// <summary>
/// What set -o and set +o print alone: every option dash has, in dash's order, on or off (the ones this shell does
/// not have are always off).
/// </summary>
public static class OptionListing
{
    private static readonly string[] Names = ["errexit", "noglob", "ignoreeof", "interactive", "monitor", "noexec", "stdin", "xtrace", "verbose", "vi", "emacs", "noclobber", "allexport", "notify", "nounset", "privileged", "nolog", "debug"];

    /// <summary>Whether <paramref name="name"/> is one of dash's options.</summary>
    /// <param name="name">A long option name.</param>
    /// <returns>True if the listing names it.</returns>
    public static bool Has(string name)
    {
        foreach (string listed in Names)
        {
            if (listed == name)
                return true;
        }

        return false;
    }

    /// <summary>The listing.</summary>
    /// <param name="state">The shell's options.</param>
    /// <param name="asCommands">set +o: as the commands that set them again (<c>set -o errexit</c>, <c>set +o noglob</c>); set -o: a table under a heading.</param>
    /// <returns>The text.</returns>
    public static string Of(ShellState state, bool asCommands)
    {
        var text = new StringBuilder(asCommands ? "" : "Current option settings\n");
        foreach (string name in Names)
        {
            bool on = IsOn(state, name);
            if (asCommands)
                text.Append(on ? "set -o " : "set +o ").Append(name).Append('\n');
            else
                text.Append(name.PadRight(16)).Append(on ? "on" : "off").Append('\n');
        }

        return text.ToString();
    }

    private static bool IsOn(ShellState state, string name) => name switch
    {
        "errexit" => state.ErrExit,
        "noglob" => state.NoGlob,
        "interactive" => state.Interactive,
        "stdin" => state.ReadsStandardInput,
        "xtrace" => state.Trace,
        "nounset" => state.NoUnset,
        _ => false,
    };
}
