using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Minix.Build.Qemu;

namespace Minix.Bench.Guest;

/// <summary>One stage of a boot: the console line that marks it, when it arrived on the host, and the guest's stamp.</summary>
/// <param name="Name">What the stage is.</param>
/// <param name="Marker">The console text that marks it.</param>
/// <param name="HostMilliseconds">Wall time from starting QEMU until the line had arrived.</param>
/// <param name="Stamp">The guest's time-stamp counter the kernel printed before the line (under <c>-icount</c>,
/// instructions since power-on), or null for output the kernel does not write (the terminal server's).</param>
public sealed record BootStage(string Name, string Marker, double HostMilliseconds, long? Stamp);

/// <summary>
/// Boots a system image with the kernel's <c>stamps</c> boot parameter (every kernel log line, the boot processes'
/// "ready" lines included, starts with <c>@</c> and the time-stamp counter) and reads the boot's stages from the
/// console: the markers the system prints anyway, each with its stamp and the host's arrival time. When init is
/// running it types <c>halt</c> ahead; the shell reads it right after its first prompt, so the kernel's stamped
/// shutdown line bounds the prompt from above in instructions, while the host times the prompt itself.
/// </summary>
public static partial class BootStages
{
    /// <summary>Boots <paramref name="image"/> once and returns its stages in the order they came.</summary>
    /// <param name="image">The Multiboot kernel file.</param>
    /// <param name="commandLine">The image's kernel command line (<c>stamps</c> is added).</param>
    /// <param name="qemu">More QEMU options (the image's, and <c>-icount</c> for instructions).</param>
    /// <param name="timeout">How long the boot may take.</param>
    /// <param name="output">What the guest printed.</param>
    /// <returns>The stages, or null when a marker did not come (the output says why).</returns>
    public static IReadOnlyList<BootStage>? Measure(string image, string commandLine, IEnumerable<string> qemu, TimeSpan timeout, out string output)
    {
        var arrivals = new List<(int End, double Milliseconds)>();
        var clock = Stopwatch.StartNew();
        int length = 0;
        using var session = QemuSession.Start(image, rawDisk: false, QemuAccel.Tcg, [.. qemu, "-append", commandLine + " stamps"], echo: bytes =>
        {
            lock (arrivals)
            {
                length += bytes.Length;
                arrivals.Add((length, clock.Elapsed.TotalMilliseconds));
            }
        });
        bool typed = session.WaitFor(o => o.Contains("init: starting", StringComparison.Ordinal), timeout);
        if (typed)
            session.Type("halt\n");
        // Until QEMU ends (the halt powers the machine off).
        session.WaitFor(_ => false, timeout);
        output = session.Output;
        lock (arrivals)
            return Stages(output, Encoding.UTF8.GetBytes(output), arrivals);
    }

    private static List<BootStage>? Stages(string output, byte[] bytes, List<(int End, double Milliseconds)> arrivals)
    {
        var stages = new List<BootStage>();
        double ArrivedBy(int byteOffset) => arrivals.First(a => a.End >= byteOffset).Milliseconds;
        int offset = 0;
        foreach (string line in output.Split('\n'))
        {
            offset += Encoding.UTF8.GetByteCount(line) + 1;
            Match stamped = StampedLine().Match(line.TrimEnd('\r'));
            string text = stamped.Success ? stamped.Groups[2].Value : line.TrimEnd('\r');
            long? stamp = stamped.Success ? long.Parse(stamped.Groups[1].Value, CultureInfo.InvariantCulture) : null;
            string? name = StageOf(text);
            if (name is not null && stages.All(s => s.Name != name))
                stages.Add(new BootStage(name, text, ArrivedBy(Math.Min(offset, bytes.Length)), stamp));
        }

        // The prompt has no newline: the first "# " after the message of the day.
        int motd = output.IndexOf("Minix# --", StringComparison.Ordinal);
        int prompt = motd < 0 ? -1 : output.IndexOf("# ", output.IndexOf('\n', motd) + 1, StringComparison.Ordinal);
        if (prompt < 0 || !stages.Any(s => s.Name == "halt typed ahead, read at the prompt"))
            return null;
        stages.Insert(stages.FindIndex(s => s.Name == "halt typed ahead, read at the prompt"),
            new BootStage("shell prompt on the console", "# ", ArrivedBy(Encoding.UTF8.GetByteCount(output[..(prompt + 2)])), null));
        return stages;
    }

    /// <summary>The stage a console line marks, or null.</summary>
    private static string? StageOf(string text) => text switch
    {
        _ when text.StartsWith("Minix# kernel starting", StringComparison.Ordinal) => "kernel starting (first console line)",
        _ when text.StartsWith("kernel: command line", StringComparison.Ordinal) => "kernel: descriptor tables, timer, command line",
        _ when text.StartsWith("kernel: ", StringComparison.Ordinal) && text.Contains("boot processes", StringComparison.Ordinal) => "kernel: boot processes loaded",
        _ when text.StartsWith("rs: supervising", StringComparison.Ordinal) => "RS supervising",
        _ when text.StartsWith("pm: managing", StringComparison.Ordinal) => "PM managing",
        _ when text.StartsWith("tty: ready", StringComparison.Ordinal) => "TTY ready",
        _ when ReadyLine().IsMatch(text) => ReadyLine().Match(text).Groups[1].Value + " ready",
        _ when text.StartsWith("fs_root: mounted", StringComparison.Ordinal) => "MFS mounted the RAM disk",
        _ when text.StartsWith("vfs: root file system", StringComparison.Ordinal) => "VFS root mounted",
        _ when text.StartsWith("init: starting", StringComparison.Ordinal) => "init running /etc/rc",
        _ when text.StartsWith("Minix# --", StringComparison.Ordinal) => "/etc/rc's cat /etc/motd printed",
        _ when text.StartsWith("kernel: shutdown requested", StringComparison.Ordinal) => "halt typed ahead, read at the prompt",
        _ => null,
    };

    [GeneratedRegex(@"^@(\d+) (.*)$")]
    private static partial Regex StampedLine();

    [GeneratedRegex(@"^(printer|serial|ata|ramdisk|rtc): ready")]
    private static partial Regex ReadyLine();
}
