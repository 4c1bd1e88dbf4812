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
    public static int Main(string[] args)
    {
        var command = new Command("touch");
        Options? options = Options.Parse(command, args, "acd:fmr:t:", ["no-create=c", "date=d:", "reference=r:"]);
        if (options is null)
            return command.ExitStatus;
        if (options.Has('t') && (options.Has('d') || options.Has('r')))
            return command.Usage("cannot specify times from more than one source");
        if (!Times(command, options, out long accessTime, out long modifyTime, out bool now))
            return command.ExitStatus;
        if (options.Operands.Count == 0)
            return command.Usage("missing file operand");
        bool create = !options.Has('c');
        bool access = options.Has('a') || !options.Has('m'), modify = options.Has('m') || !options.Has('a');
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

    /// <summary>The times to set, from -r's file, -d's date or -t's stamp, else now.</summary>
    private static bool Times(Command command, Options options, out long accessTime, out long modifyTime, out bool now)
    {
        long present = Sys.Time(out _);
        accessTime = modifyTime = present;
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
            return true;
        }

        long? moment = date is not null ? TimeOperand.FromDate(date) : TimeOperand.FromStamp(stamp!, present);
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
