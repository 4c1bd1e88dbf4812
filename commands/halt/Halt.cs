using Minix.Commands.Libc;
using Minix.Posix;

namespace Minix.Commands.Halt;

/// <summary>
/// halt and reboot: ask the process manager to stop or restart the machine. It syncs and unmounts every file system
/// first and refuses anyone but root (EPERM); on success the call does not return.
/// </summary>
public static class Halt
{
    /// <summary>Runs halt.</summary>
    /// <param name="args">The arguments (none are taken).</param>
    /// <returns>1 if the machine did not stop (the call does not return otherwise).</returns>
    public static int Main(string[] args) => Run("halt", RebootHow.Halt, args);

    /// <summary>Runs reboot.</summary>
    /// <param name="args">The arguments (none are taken).</param>
    /// <returns>1 if the machine did not restart.</returns>
    public static int Reboot(string[] args) => Run("reboot", RebootHow.Reboot, args);

    private static int Run(string name, RebootHow how, string[] args)
    {
        var command = new Command(name);
        if (!Options.ParseNone(command, args))
            return command.ExitStatus;
        command.Fail(how == RebootHow.Halt ? "cannot halt" : "cannot reboot", Sys.Reboot(how));
        return command.Finish();
    }
}
