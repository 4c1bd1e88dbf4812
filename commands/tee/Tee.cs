using Minix.Commands.Libc;
using Minix.Posix.Abi;

namespace Minix.Commands.Tee;

/// <summary>tee, as GNU coreutils': the standard input to the standard output and to every file (-a: appended); a file that cannot be opened is reported and the rest carry on.</summary>
public static class Tee
{
    /// <summary>Runs tee.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0, or 1 after an error.</returns>
    public static int Main(string[] args)
    {
        var command = new Command("tee");
        Options? options = Options.Parse(command, args, "ai", ["append=a", "ignore-interrupts=i"]);
        if (options is null)
            return command.ExitStatus;
        if (options.Has('i'))
            Sys.IgnoreInterrupts(true);
        OpenFlags flags = OpenFlags.WriteOnly | OpenFlags.Create | (options.Has('a') ? OpenFlags.Append : OpenFlags.Truncate);
        var targets = new List<(string Name, int Fd)> { ("-", Sys.StandardOutput) };
        foreach (string operand in options.Operands)
        {
            long fd = Sys.Open(operand, flags);
            if (fd < 0)
                command.Fail(Quoting.IfNeeded(operand), fd);
            else
                targets.Add((operand, (int)fd));
        }

        var buffer = new byte[8192];
        long got;
        while ((got = Sys.Read(Sys.StandardInput, buffer)) > 0)
        {
            for (int t = 0; t < targets.Count; t++)
            {
                if (targets[t].Fd < 0)
                    continue;
                long error = Sys.WriteAll(targets[t].Fd, buffer.AsSpan(0, (int)got));
                if (error < 0)
                {
                    command.Fail(t == 0 ? "standard output" : Quoting.IfNeeded(targets[t].Name), error);
                    targets[t] = (targets[t].Name, -1);
                }
            }
        }

        if (got < 0)
            command.Fail("read error", got);
        foreach (var (name, fd) in targets)
        {
            if (fd > Sys.StandardError)
                Sys.Close(fd);
        }

        return command.Finish();
    }
}
