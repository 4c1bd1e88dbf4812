using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel.Calls;
using Minix.Posix;
using Minix.Posix.Abi;

namespace Minix.Commands.Init;

/// <summary>
/// init, process 1: what the process manager hands orphans to, and what starts the user's world. With /dev/console
/// as its standard input, output and error (when a terminal driver serves it), it runs
/// <c>/etc/rc</c> (with <c>/bin/sh</c> if there is one, else line by line: each line a program and its arguments),
/// then starts each line of <c>/etc/ttys</c> (<c>DEVICE PROGRAM [ARGUMENTS]</c>: the program in a new session with
/// the device as its standard input, output and error) and starts it again whenever it ends, and meanwhile waits
/// for every child, its own and the orphans it inherits. It is written as a system program (it allocates only for
/// what it starts) because it never ends.
/// </summary>
public static class InitProcess
{
    /// <summary>The most lines of /etc/ttys init keeps running.</summary>
    public const int MaxTerminals = 8;

    /// <summary>How long a terminal's program must have run to be restarted at once (clock ticks); a quicker death waits this long first.</summary>
    private const int RestartPause = 100;

    /// <summary>How many times (100 ms apart) init tries /dev/console while no terminal driver answers for it.</summary>
    private const int ConsoleAttempts = 20;

    private static readonly byte[] s_ttys = new byte[2048];
    private static readonly int[] s_pids = new int[MaxTerminals];
    private static readonly ulong[] s_started = new ulong[MaxTerminals];
    private static readonly int[] s_lineStart = new int[MaxTerminals];
    private static int s_terminals;

    /// <summary>Runs init; never returns.</summary>
    public static void Run()
    {
        Say("starting"u8, 0);
        OpenConsole();
        RunRc();
        LoadTerminals();
        for (int t = 0; t < s_terminals; t++)
            StartTerminal(t);
        while (true)
        {
            long pid = Posix.Posix.Wait(out int status);
            if (pid < 0)
            {
                Posix.Posix.Sleep(1000); // no children now; orphans may come
                continue;
            }

            for (int t = 0; t < s_terminals; t++)
            {
                if (s_pids[t] != pid)
                    continue;
                if (Alarm.Uptime() - s_started[t] < RestartPause)
                    Posix.Posix.Sleep(1000);
                StartTerminal(t);
            }
        }
    }

    /// <summary>
    /// /dev/console as descriptors 0, 1 and 2, which /etc/rc's programs inherit. O_NOCTTY: the console stays free to
    /// become the controlling terminal of the session /etc/ttys starts on it. An image without a terminal driver goes
    /// on without; one whose driver has not announced itself yet is given a moment.
    /// </summary>
    private static void OpenConsole()
    {
        for (int attempt = 0; attempt < ConsoleAttempts; attempt++)
        {
            long fd = Posix.Posix.Open("/dev/console"u8, OpenFlags.ReadWrite | OpenFlags.NoControllingTerminal);
            if (fd == 0)
            {
                Posix.Posix.Duplicate(0);
                Posix.Posix.Duplicate(0);
                return;
            }

            if (fd > 0)
                Posix.Posix.Close((int)fd); // descriptor 0 was open already: keep what we were given
            if (fd != (long)Status.NoSuchDevice)
            {
                if (fd < 0)
                    Say("no console: "u8, fd);
                return;
            }

            Posix.Posix.Sleep(100);
        }
    }

    /// <summary>/etc/rc, to the end, before anything else starts.</summary>
    private static void RunRc()
    {
        var rc = new byte[4096];
        long length = ReadFile("/etc/rc"u8, rc);
        if (length < 0)
            return;
        if (Posix.Posix.Stat("/bin/sh"u8, out _) == 0)
        {
            Report("/etc/rc"u8, RunAndWait("/bin/sh"u8, ["sh", "/etc/rc"]));
            return;
        }

        for (int at = 0; NextLine(rc.AsSpan(0, (int)length), ref at, out int start, out int end);)
        {
            ReadOnlySpan<byte> text = rc.AsSpan(start, end - start);
            if (text.Length == 0 || text[0] == (byte)'#')
                continue;
            string[] argv = Words(text);
            Report(text, RunAndWait(Utf8Text.Encode(argv[0]), argv));
        }
    }

    /// <summary>
    /// Forks, runs <paramref name="path"/> in the child, and waits for it: its wait status, or -errno if it never ran.
    /// It waits for any child, so the orphans init adopts meanwhile are reaped as they end, not left zombies until
    /// /etc/rc is done.
    /// </summary>
    private static long RunAndWait(ReadOnlySpan<byte> path, string[] argv)
    {
        long pid = Posix.Posix.Fork();
        if (pid == 0)
        {
            long error = Posix.Posix.Exec(path, argv, Environment());
            Say("cannot run "u8, error);
            Posix.Posix.Exit(127);
        }

        if (pid < 0)
            return pid;
        while (true)
        {
            long got = Posix.Posix.Wait(out int status);
            if (got == pid)
                return status;
            if (got < 0)
                return got;
        }
    }

    private static void LoadTerminals()
    {
        long length = ReadFile("/etc/ttys"u8, s_ttys);
        if (length < 0)
            return;
        for (int at = 0; NextLine(s_ttys.AsSpan(0, (int)length), ref at, out int start, out int end);)
        {
            if (end > start && s_ttys[start] != (byte)'#' && s_terminals < MaxTerminals)
                s_lineStart[s_terminals++] = start;
        }
    }

    /// <summary>Starts terminal line <paramref name="t"/>: its program in a new session, on its device.</summary>
    private static void StartTerminal(int t)
    {
        s_started[t] = Alarm.Uptime();
        long pid = Posix.Posix.Fork();
        if (pid != 0)
        {
            s_pids[t] = (int)pid;
            return;
        }

        ReadOnlySpan<byte> rest = s_ttys.AsSpan(s_lineStart[t], s_ttys.Length - s_lineStart[t]);
        int end = rest.IndexOf((byte)'\n');
        string[] words = Words(end < 0 ? rest : rest.Slice(0, end));
        Posix.Posix.SetSession();
        byte[] device = Utf8Text.Encode("/dev/" + words[0]);
        for (int fd = 0; fd < 3; fd++)
            Posix.Posix.Close(fd);
        long opened = Posix.Posix.Open(device, OpenFlags.ReadWrite);
        Posix.Posix.Duplicate(0);
        Posix.Posix.Duplicate(0);
        if (opened != 0 || words.Length < 2)
        {
            Say(opened != 0 ? "cannot open a terminal: "u8 : "a line of /etc/ttys names no program"u8, opened);
            Posix.Posix.Exit(1);
        }

        string[] argv = new string[words.Length - 1];
        for (int i = 0; i < argv.Length; i++)
            argv[i] = words[i + 1];
        Say("cannot run a terminal's program: "u8, Posix.Posix.Exec(Utf8Text.Encode(argv[0]), argv, Environment()));
        Posix.Posix.Exit(127);
    }

    private static string[] Environment() => ["PATH=/bin", "HOME=/", "TERM=minix"];

    private static long ReadFile(ReadOnlySpan<byte> path, byte[] into)
    {
        long fd = Posix.Posix.Open(path, OpenFlags.ReadOnly);
        if (fd < 0)
            return fd;
        long total = 0, n;
        while (total < into.Length && (n = Posix.Posix.Read((int)fd, into.AsSpan((int)total, into.Length - (int)total))) > 0)
            total += n;
        Posix.Posix.Close((int)fd);
        return total;
    }

    /// <summary>The next line of <paramref name="text"/> from <paramref name="at"/>, without its newline.</summary>
    private static bool NextLine(ReadOnlySpan<byte> text, ref int at, out int start, out int end)
    {
        start = end = at;
        if (at >= text.Length)
            return false;
        int newline = text.Slice(at).IndexOf((byte)'\n');
        end = newline < 0 ? text.Length : at + newline;
        at = end + 1;
        return true;
    }

    /// <summary>The words of a line, split at spaces and tabs.</summary>
    private static string[] Words(ReadOnlySpan<byte> line)
    {
        int count = 0;
        for (int i = 0; i < line.Length;)
        {
            while (i < line.Length && (line[i] == (byte)' ' || line[i] == (byte)'\t'))
                i++;
            if (i == line.Length)
                break;
            count++;
            while (i < line.Length && line[i] != (byte)' ' && line[i] != (byte)'\t')
                i++;
        }

        var words = new string[count];
        int w = 0;
        for (int i = 0; i < line.Length;)
        {
            while (i < line.Length && (line[i] == (byte)' ' || line[i] == (byte)'\t'))
                i++;
            int start = i;
            while (i < line.Length && line[i] != (byte)' ' && line[i] != (byte)'\t')
                i++;
            if (i > start)
                words[w++] = Utf8Text.Decode(line.Slice(start, i - start));
        }

        return words;
    }

    private static void Report(ReadOnlySpan<byte> what, long status)
    {
        if (status == 0)
            return;
        var line = new LogText(stackalloc byte[160]);
        line.Append(what).Append(status < 0 ? ": could not run ("u8 : ": ended with status "u8);
        if (status < 0)
            line.Append((Status)status).Append(")"u8);
        else
            line.Append(WaitStatus.ShellStatus((int)status));
        Log.Write(line.Text);
    }

    private static void Say(ReadOnlySpan<byte> what, long value)
    {
        var line = new LogText(stackalloc byte[120]);
        line.Append(what);
        if (value != 0)
            line.Append((Status)value);
        Log.Write(line.Text);
    }
}
