using Minix.Commands.Libc;

namespace Minix.Commands.Ls;

/// <summary>The environment ls started with (COLUMNS, TIME_STYLE).</summary>
internal static class EnvironmentVariables
{
    /// <summary>A variable of the environment the process started with, or null.</summary>
    public static string? Of(string name)
    {
        foreach (string variable in Sys.InitialEnvironment())
        {
            if (variable.Length > name.Length && variable[name.Length] == '=' && variable.StartsWith(name, StringComparison.Ordinal))
                return variable.Substring(name.Length + 1);
        }

        return null;
    }
}
