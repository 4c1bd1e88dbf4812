using Minix.Commands.Libc;
using Minix.Posix.Abi;

namespace Minix.Commands.Pwd;

/// <summary>
/// pwd, as GNU coreutils': the working directory with its symbolic links resolved (-P, the default), or with -L the
/// PWD variable when it names the same directory by an absolute path without . or .. in it.
/// </summary>
public static class Pwd
{
    /// <summary>Runs pwd.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0, or 1 after an error.</returns>
    public static int Main(string[] args)
    {
        var command = new Command("pwd");
        Options? options = Options.Parse(command, args, "LP", ["logical=L", "physical=P"]);
        if (options is null)
            return command.ExitStatus;
        if (options.Operands.Count > 0)
            command.Error("ignoring non-option arguments");
        bool logical = false;
        foreach (var (name, _) in options.Seen)
            logical = name == 'L';

        string? shown = logical ? LogicalDirectory() : null;
        if (shown is null)
        {
            long error = Sys.GetWorkingDirectory(out string path);
            if (error < 0)
            {
                command.Fail("couldn't find directory entry in '..' with matching i-node", error);
                return command.ExitStatus;
            }

            shown = path;
        }

        command.Out.Write(shown);
        command.Out.Write((byte)'\n');
        return command.Finish();
    }

    /// <summary>PWD if it is absolute, has no . or .. component, and is the working directory; else null.</summary>
    private static string? LogicalDirectory()
    {
        string? pwd = null;
        foreach (string entry in Sys.InitialEnvironment())
        {
            if (entry.StartsWith("PWD=", StringComparison.Ordinal))
                pwd = entry.Substring(4);
        }

        if (pwd is null || !pwd.StartsWith('/'))
            return null;
        foreach (string part in pwd.Split('/'))
        {
            if (part is "." or "..")
                return null;
        }

        if (Sys.Stat(pwd, out FileStatus named) < 0 || Sys.Stat(".", out FileStatus here) < 0)
            return null;
        return named.Device == here.Device && named.Inode == here.Inode ? pwd : null;
    }
}
