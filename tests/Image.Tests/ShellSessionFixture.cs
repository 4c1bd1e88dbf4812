using Minix.Tests.Shared;
using Minix.Build.Qemu;
using Minix.Servers.Mfs;

namespace Image.Tests;

/// <summary>
/// Boots the sample system (samples/Image) once and uses it as a user at the serial console would: it waits for the
/// shell's prompt, types each command of <see cref="Commands"/> and asks the shell for its exit status after it, starts
/// <c>sleep 100</c> and interrupts it with ^C, types a line on the PC keyboard and reads the VGA screen, and halts.
/// <c>sleep 100</c> comes after every other command on purpose: a file server that handed a program blocks of another
/// file once its cache had filled with written blocks made it fault there.
/// The tests read the steps, the screen and what the printer printed.
/// </summary>
public sealed class ShellSessionFixture
{
    private static readonly TimeSpan Boot = TimeSpan.FromSeconds(300);
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(60);

    /// <summary>The command lines typed at the serial console, in order, each followed by <c>echo $?</c>.</summary>
    public static readonly string[] Commands =
    [
        "echo one two three | wc -w",
        "cat /etc/words | sort | uniq | sort -r | head -n 3",
        "cat /etc/words | sort | uniq -c | sort -n -r | head -n 2",
        "echo first > /notes.txt; echo second >> /notes.txt; wc -l < /notes.txt",
        "cat /notes.txt",
        "ls /nodir 2> /errors.txt",
        "cat /errors.txt",
        "grep -c e /etc/words > /count.txt 2>&1 && cat /count.txt",
        "nosuchcommand",
        "cat /etc/words | nosuchcommand",
        "sh -c \"echo 'oops\"",
        "sleep 3 & echo started $!",
        "jobs",
        "wait; echo waited",
        "dd if=/dev/ram bs=1024 skip=1 count=1 status=none | od -A d -t x1 | head -n 2",
        "echo printed through /dev/lp > /dev/lp",
        "ps | grep -c sh",
        "false || echo recovered",
        Touch,
        LprMotd,
        "lpr /nofile",
        "service status printer",
        "service restart printer",
        "echo printed after the restart | lpr",
        "service status printer rtc",
        "service down ata",
        "echo $$; ps",
        "df /; cat /bin/ls > /big.bin; ls -l /big.bin; df /",
        "uptime",
        "mount -r /dev/c0d0 /mnt && mount",
        "echo x > /mnt/f",
        "echo x > /nodir/f",
    ];

    /// <summary>Prints the message of the day.</summary>
    public const string LprMotd = "lpr /etc/motd";

    /// <summary>
    /// The modification time of a file written at the session's start, then touch (and of a directory), the file's time
    /// again, the clock, the file and its listing.
    /// </summary>
    public const string Touch = "date -r /notes.txt +%s; touch /notes.txt /etc; echo $?; date -r /notes.txt +%s; date +%s; cat /notes.txt; ls -l /notes.txt";

    public ShellSessionFixture()
    {
        Qemu.RequireInstalled();
        var (image, _) = ImageBuilds.BuildInPlace("samples/Image/Image.csproj");
        string file = Path.Combine(Path.GetTempPath(), "minix-shell-" + Guid.NewGuid().ToString("N") + ".elf");
        string printer = Path.ChangeExtension(file, ".lp");
        // An empty MFS disk on the first IDE drive (/dev/c0d0), for a read-only mount.
        string disk = Path.ChangeExtension(file, ".disk");
        File.WriteAllBytes(disk, new DiskImageBuilder { BlockSize = 1024, Size = 1 << 20 }.Build());
        File.Copy(image.MultibootFile, file);
        try
        {
            using var session = QemuSession.Start(file, rawDisk: false, QemuAccel.Tcg, ["-parallel", "file:" + printer, "-serial", "null", .. IdeDrives.Arguments([disk], bootDiskFirst: false),
                // as `minix boot` does: the file server dates files by the boot time plus the uptime
                "-append", "console=com1 boottime=" + DateTimeOffset.UtcNow.ToUnixTimeSeconds()], monitor: true);
            var shell = new ShellConsole(session);
            Prompted = shell.WaitForPrompt(Boot);
            if (Prompted)
            {
                RunAll(shell, Commands);
                Interrupt(shell);
                Screen = TypeOnTheKeyboard(session);
                Halted = shell.Halt(Step);
            }

            Output = session.Output;
            GuestStatus = session.GuestStatus;
        }
        finally
        {
            File.Delete(file);
            File.Delete(disk);
            Printed = File.Exists(printer) ? File.ReadAllText(printer) : "";
            File.Delete(printer);
        }
    }

    /// <summary>One command line and what came of it.</summary>
    /// <param name="Command">The line typed.</param>
    /// <param name="Output">What it printed before the next prompt (null: no prompt came).</param>
    /// <param name="Status">Its exit status as <c>$?</c> gave it.</param>
    public sealed record SessionStep(string Command, string? Output, int? Status);

    /// <summary>Whether the shell prompted on the serial console after boot.</summary>
    public bool Prompted { get; }

    /// <summary>Each command of <see cref="Commands"/>.</summary>
    public List<SessionStep> Steps { get; } = [];

    /// <summary>The step for <paramref name="command"/>.</summary>
    public SessionStep this[string command] => Steps.Single(s => s.Command == command);

    /// <summary><c>sleep 100</c> interrupted with ^C: what came back, the status, and how long after the ^C the prompt came.</summary>
    public SessionStep? Interrupted { get; private set; }

    /// <summary>Seconds from the ^C to the next prompt.</summary>
    public double SecondsToPromptAfterInterrupt { get; private set; }

    /// <summary>The VGA text screen after a line was typed on the PC keyboard.</summary>
    public IReadOnlyList<string> Screen { get; } = [];

    /// <summary>Whether <c>halt</c> stopped the machine.</summary>
    public bool Halted { get; }

    /// <summary>The status the machine stopped with.</summary>
    public int? GuestStatus { get; }

    /// <summary>What reached the parallel port (QEMU's file).</summary>
    public string Printed { get; } = "";

    /// <summary>Everything on the serial console.</summary>
    public string Output { get; } = "";

    private void RunAll(ShellConsole shell, string[] commands)
    {
        foreach (string command in commands)
        {
            string? output = shell.Run(command, Step);
            Steps.Add(new SessionStep(command, output, output is null ? null : shell.LastStatus(Step)));
        }
    }

    private void Interrupt(ShellConsole shell)
    {
        shell.Type("sleep 100\n");
        // sleep prints nothing: give it time to start (the echo is back at once), then ^C.
        shell.WaitFor("sleep 100", Step);
        Thread.Sleep(TimeSpan.FromSeconds(3));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        string? output = shell.Interrupt(Step);
        SecondsToPromptAfterInterrupt = clock.Elapsed.TotalSeconds;
        Interrupted = new SessionStep("sleep 100", output, output is null ? null : shell.LastStatus(Step));
    }

    private static string[] TypeOnTheKeyboard(QemuSession session)
    {
        if (!session.WaitForScreen(rows => rows.Any(r => r.StartsWith('#')), Step))
            return session.Monitor.ReadTextScreen();
        session.Monitor.TypeKeys("echo typed on the PC keyboard | wc -c\n");
        session.WaitForScreen(rows => rows.Any(r => r.Trim() == "25"), Step);
        return session.Monitor.ReadTextScreen();
    }

    /// <summary>The boot processes whose log lines the console shows between a command's own lines.</summary>
    private static readonly string[] Logging =
        ["kernel", "pm", "vfs", "rs", "fs_root", "fs1", "log", "tty", "ds", "init", "printer", "serial", "ramdisk", "rtc", "ata"];

    /// <summary>A step's output without the system's log lines (a driver's restart, a mount), which share the console.</summary>
    /// <param name="output">What the step printed.</param>
    /// <returns>The command's own lines.</returns>
    public static string WithoutLog(string? output) =>
        string.Concat((output ?? "").Split('\n').SkipLast(1).Where(l => !Logging.Any(p => l.StartsWith(p + ": ", StringComparison.Ordinal))).Select(l => l + "\n"))
        + (output ?? "").Split('\n')[^1];

    /// <summary>The transcript with control characters shown, for failure messages.</summary>
    public string Transcript => ConsoleTranscript.Visible(Output);
}
