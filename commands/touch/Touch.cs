using Minix.Commands.Libc;
using Minix.Ipc;
using Minix.Posix.Abi;

namespace Minix.Commands.Touch;

/// <summary>
/// touch, as GNU coreutils': each file is opened for writing and made if it is missing (not with -c), then its
/// access and modification times are set (a directory, which cannot be opened so, just gets the times): to now, or
/// to -d's date, -t's stamp or -r's file's times; -a or -m sets only that one.
/// </summary>
public static class Touch
{
    /// <summary>Runs touch.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0, or 1 if a file could not be touched or an option was wrong.</returns>
    public static int Main(string[] args) => Run(args, () => Sys.Time(out _));

    /// <summary>
    /// Runs touch with <paramref name="clock"/> for the present, which is read only when the times need it: for -a or
    /// -m alone, and for a -t stamp with no year. Both times to now are set by the file system's own clock, and -r,
    /// -d and a -t with its year name their times.
    /// </summary>
    /// <param name="args">The arguments.</param>
    /// <param name="clock">Gives the present, as seconds since 1970-01-01 UTC.</param>
    /// <returns>0, or 1 if a file could not be touched or an option was wrong.</returns>
    public static int Run(string[] args, Func<long> clock)
    {
        var command = new Command("touch");
        Options? options = Options.Parse(command, args, "acd:fmr:t:", ["no-create=c", "date=d:", "reference=r:"]);
        if (options is null)
            return command.ExitStatus;
        if (options.Has('t') && (options.Has('d') || options.Has('r')))
            return command.Usage("cannot specify times from more than one source");
        bool access = options.Has('a') || !options.Has('m'), modify = options.Has('m') || !options.Has('a');
        if (!Times(command, options, access && modify, clock, out long accessTime, out long modifyTime, out bool now))
            return command.ExitStatus;
        if (options.Operands.Count == 0)
            return command.Usage("missing file operand");
        bool create = !options.Has('c');
        foreach (string operand in options.Operands)
        {
            long opened = 0;
            if (create)
            {
                opened = Sys.Open(operand, OpenFlags.WriteOnly | OpenFlags.Create, 0x1B6);
                if (opened >= 0)
                    Sys.Close((int)opened);
            }

            long error = Set(operand, now && access && modify, access ? accessTime : null, modify ? modifyTime : null);
            if (error == 0 || (!create && error == (long)Status.NotFound))
                continue;
            // an open refused because the name is a directory says nothing about why the times could not be set
            if (opened < 0 && opened != (long)Status.IsDirectory)
                command.Fail("cannot touch " + Quoting.Always(operand), opened);
            else
                command.Fail("setting times of " + Quoting.Always(operand), error);
        }

        return command.Finish();
    }

    /// <summary>
    /// The times to set, from -r's file, -d's date or -t's stamp, else now: then the clock is read only when
    /// <paramref name="both"/> is false, as the file system sets both times to now by itself.
    /// </summary>
    private static bool Times(Command command, Options options, bool both, Func<long> clock, out long accessTime, out long modifyTime, out bool now)
    {
        accessTime = modifyTime = 0;
        now = false;
        if (options.Value('r') is string reference)
        {
            long error = Sys.Stat(reference, out FileStatus status);
            if (error < 0)
            {
                command.Fail("failed to get attributes of " + Quoting.Always(reference), error);
                return false;
            }

            (accessTime, modifyTime) = (status.AccessTime, status.ModifyTime);
        }

        string? date = options.Value('d'), stamp = options.Value('t');
        if (date is null && stamp is null)
        {
            now = !options.Has('r');
            if (now && !both)
                accessTime = modifyTime = clock();
            return true;
        }

        long? moment = date is not null ? TimeOperand.FromDate(date, clock) : TimeOperand.FromStamp(stamp!, clock);
        if (moment is not long seconds)
        {
            command.Fail("invalid date format " + Quoting.Always(date ?? stamp!));
            return false;
        }

        accessTime = modifyTime = seconds;
        return true;
    }

    /// <summary>
    /// Sets both times to now the way anyone who may write the file can, or the given ones (the file's owner only),
    /// keeping a time that is not given.
    /// </summary>
    private static long Set(string path, bool toNow, long? accessTime, long? modifyTime)
    {
        if (toNow)
            return Sys.SetTimesToNow(path);
        if (accessTime is null || modifyTime is null)
        {
            long error = Sys.Stat(path, out FileStatus status);
            if (error < 0)
                return error;
            accessTime ??= status.AccessTime;
            modifyTime ??= status.ModifyTime;
        }

        return Sys.SetTimes(path, accessTime.Value, modifyTime.Value);
    }
}
