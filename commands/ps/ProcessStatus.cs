using System.Text;
using Minix.Commands.Libc;
using Minix.Kernel;
using Minix.Posix;

namespace Minix.Commands.Ps;

/// <summary>
/// ps: every process the process manager knows, one line each, in pid order. The system keeps no controlling
/// terminal per process, so instead of ps's TTY column there are the parent, the process group, the owner and the
/// state ('R' running or ready, 'S' waiting in a call, 'Z' a zombie); TIME is the CPU time it has used.
/// </summary>
public static class ProcessStatus
{
    /// <summary>The heading line.</summary>
    public const string Heading = "  PID  PPID  PGRP   UID S     TIME CMD";

    /// <summary>Runs ps.</summary>
    /// <param name="args">The arguments (none are taken).</param>
    /// <returns>0, or 1 if the process table could not be read.</returns>
    public static int Main(string[] args)
    {
        var command = new Command("ps");
        if (!Options.ParseNone(command, args))
            return command.ExitStatus;

        var entries = new List<ProcessListEntry>();
        long listed = Sys.ProcessList(entries);
        if (listed < 0)
        {
            command.Fail("cannot read the process table", listed);
            return command.Finish();
        }

        long timed = Sys.Times(out ProcessTimes times);
        int hz = timed < 0 || times.Hz <= 0 ? 100 : times.Hz;
        command.Out.Write(Format(entries, hz));
        return command.Finish();
    }

    /// <summary>The table ps prints, sorted by pid.</summary>
    /// <param name="entries">The processes.</param>
    /// <param name="hz">Clock ticks per second.</param>
    /// <returns>The heading and one line per process, each ending in a newline.</returns>
    public static string Format(IReadOnlyList<ProcessListEntry> entries, int hz)
    {
        var sorted = new List<ProcessListEntry>(entries);
        sorted.Sort((a, b) => a.Pid.CompareTo(b.Pid));
        var text = new StringBuilder(Heading).Append('\n');
        foreach (ProcessListEntry entry in sorted)
        {
            long seconds = entry.Ticks / hz;
            string time = (seconds / 60).ToString() + ":" + (seconds % 60).ToString().PadLeft(2, '0');
            text.Append(entry.Pid.ToString().PadLeft(5)).Append(' ')
                .Append(entry.ParentPid.ToString().PadLeft(5)).Append(' ')
                .Append(entry.ProcessGroup.ToString().PadLeft(5)).Append(' ')
                .Append(entry.UserId.ToString().PadLeft(5)).Append(' ')
                .Append(entry.State is >= 0x20 and < 0x7F ? (char)entry.State : '?').Append(' ')
                .Append(time.PadLeft(8)).Append(' ')
                .Append(Utf8Text.Decode(ProcessName.Bytes(entry.Name))).Append('\n');
        }

        return text.ToString();
    }
}
