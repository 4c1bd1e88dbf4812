using System.IO;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using System.Threading;

namespace Minix.Build.Qemu;

/// <summary>
/// Boots an image in <c>qemu-system-x86_64</c> with the serial port on a pipe, no display, and the
/// <c>isa-debug-exit</c> device at port 0xf4 so the guest can end the run with a status (QEMU then exits with
/// <c>status * 2 + 1</c>).
/// </summary>
public static class QemuLauncher
{
    /// <summary>The debug-exit device's port.</summary>
    public const ushort DebugExitPort = 0xF4;

    /// <summary>The QEMU executable name.</summary>
    public const string Executable = "qemu-system-x86_64";

    /// <summary>Whether QEMU is on the PATH.</summary>
    /// <returns>The full path, or null.</returns>
    public static string? Find()
    {
        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            string candidate = Path.Combine(dir, Executable);
            if (dir.Length > 0 && File.Exists(candidate))
                return candidate;
        }

        return null;
    }

    /// <summary>Whether KVM can be used here.</summary>
    /// <returns>True if /dev/kvm exists and can be opened.</returns>
    public static bool KvmUsable()
    {
        try
        {
            using var kvm = new FileStream("/dev/kvm", FileMode.Open, FileAccess.ReadWrite);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Boots <paramref name="image"/> and collects its serial output until it exits or the time is up.</summary>
    /// <param name="image">A Multiboot kernel file or a raw disk image.</param>
    /// <param name="rawDisk">True for a raw disk image.</param>
    /// <param name="timeout">Time limit.</param>
    /// <param name="accel">Accelerator.</param>
    /// <param name="extraArguments">More QEMU arguments (devices, memory).</param>
    /// <param name="echo">If set, receives the serial output as it arrives.</param>
    /// <param name="stopWhen">If set, QEMU is stopped as soon as it holds for a line of serial output (e.g. a driver's
    /// "ready"), for a system that would otherwise run until the time limit.</param>
    /// <param name="drives">Raw disk images to attach as IDE disks, in order (see <see cref="IdeDrives"/>).</param>
    /// <param name="notice">If set, receives one short line when <see cref="QemuAccel.Auto"/> falls back to TCG, before
    /// the TCG boot starts.</param>
    /// <returns>
    /// What happened. With <see cref="QemuAccel.Auto"/>, a boot that KVM cannot run (some nested or paravirtual KVMs
    /// stop on the kernel's first SSE instruction with "KVM internal error") is retried under TCG and
    /// <see cref="QemuRun.KvmFailure"/> says why; <see cref="KvmVerdict"/> remembers it until the machine restarts, so
    /// later boots go straight to TCG.
    /// </returns>
    /// <exception cref="FileNotFoundException">QEMU is not installed.</exception>
    /// <exception cref="IdeDriveException">A drive cannot be attached (the message names the file).</exception>
    public static QemuRun Boot(string image, bool rawDisk, TimeSpan timeout, QemuAccel accel = QemuAccel.Auto, IEnumerable<string>? extraArguments = null, Action<string>? echo = null, Func<string, bool>? stopWhen = null, IReadOnlyList<string>? drives = null, Action<string>? notice = null)
    {
        if (drives is { Count: > 0 })
            extraArguments = [.. IdeDrives.Arguments(drives, rawDisk), .. extraArguments ?? []];
        string qemu = Find() ?? throw new FileNotFoundException($"{Executable} is not installed (Debian: apt-get install qemu-system-x86)", Executable);
        return Boot(qemu, KvmUsable(), KvmVerdict.ForThisUser, image, rawDisk, timeout, accel, extraArguments, echo, stopWhen, notice);
    }

    /// <summary>
    /// The accelerator for an interactive session (a shell on the console, a scripted session): one that cannot be
    /// started again under TCG once a user has typed at it, so <see cref="QemuAccel.Auto"/> takes KVM only where it is
    /// usable and no earlier boot found it failing (<see cref="KvmVerdict"/>), and TCG otherwise.
    /// </summary>
    /// <param name="accel">What was asked for.</param>
    /// <returns>KVM or TCG (or what was asked, if not automatic).</returns>
    public static QemuAccel ForSession(QemuAccel accel) =>
        accel != QemuAccel.Auto ? accel : KvmUsable() && KvmVerdict.ForThisUser.Failure() is null ? QemuAccel.Kvm : QemuAccel.Tcg;

    /// <summary>
    /// <see cref="ForSession(QemuAccel)"/>, and where that would try KVM with no verdict yet, a short boot under KVM first
    /// (until the guest's first line of output): a session handed to the user's terminal cannot be started again under
    /// TCG, so a KVM that cannot run the image (it stops on the kernel's first SSE instruction) is found before it.
    /// </summary>
    /// <param name="accel">What was asked for.</param>
    /// <param name="image">The image file.</param>
    /// <param name="rawDisk">True for a raw disk image.</param>
    /// <param name="extraArguments">The session's other QEMU arguments.</param>
    /// <param name="notice">Receives one line when KVM was found unable to run the image.</param>
    /// <returns>KVM or TCG (or what was asked, if not automatic).</returns>
    /// <exception cref="FileNotFoundException">QEMU is not installed.</exception>
    public static QemuAccel ForSession(QemuAccel accel, string image, bool rawDisk, IEnumerable<string>? extraArguments, Action<string>? notice = null)
    {
        QemuAccel chosen = ForSession(accel);
        if (accel != QemuAccel.Auto || chosen != QemuAccel.Kvm)
            return chosen;
        string qemu = Find() ?? throw new FileNotFoundException($"{Executable} is not installed (Debian: apt-get install qemu-system-x86)", Executable);
        QemuRun probe = Run(qemu, image, rawDisk, TimeSpan.FromSeconds(10), QemuAccel.Kvm, extraArguments, echo: null, stopWhen: _ => true);
        if (probe.KvmFailure is null)
            return QemuAccel.Kvm;
        KvmVerdict.ForThisUser.RememberFailure(probe.KvmFailure);
        notice?.Invoke(probe.KvmFailure + "; using TCG");
        return QemuAccel.Tcg;
    }

    /// <summary><see cref="Boot(string, bool, TimeSpan, QemuAccel, IEnumerable{string}?, Action{string}?, Func{string, bool}?, IReadOnlyList{string}?, Action{string}?)"/> with the machine's side given.</summary>
    internal static QemuRun Boot(string qemu, bool kvmUsable, KvmVerdict verdict, string image, bool rawDisk, TimeSpan timeout, QemuAccel accel, IEnumerable<string>? extraArguments, Action<string>? echo, Func<string, bool>? stopWhen, Action<string>? notice)
    {
        if (accel != QemuAccel.Auto)
            return Run(qemu, image, rawDisk, timeout, accel, extraArguments, echo, stopWhen);
        if (!kvmUsable)
            return Run(qemu, image, rawDisk, timeout, QemuAccel.Tcg, extraArguments, echo, stopWhen);
        if (verdict.Failure() is string known)
        {
            notice?.Invoke(known + ", as an earlier boot found; using TCG");
            return Run(qemu, image, rawDisk, timeout, QemuAccel.Tcg, extraArguments, echo, stopWhen) with { KvmFailure = known };
        }

        // The KVM attempt's output is held back until it is known to have run: a failed attempt prints nothing.
        var held = new List<string>();
        bool released = false;
        void Hold(string line)
        {
            if (released)
            {
                echo?.Invoke(line);
                return;
            }

            held.Add(line);
            if (held.Count >= HeldLines)
                Release();
        }

        void Release()
        {
            released = true;
            foreach (string line in held)
                echo?.Invoke(line);
            held.Clear();
        }

        QemuRun kvm = Run(qemu, image, rawDisk, timeout, QemuAccel.Kvm, extraArguments, echo is null ? null : Hold, stopWhen);
        if (kvm.KvmFailure is null || released)
        {
            Release();
            return kvm;
        }

        verdict.RememberFailure(kvm.KvmFailure);
        notice?.Invoke(kvm.KvmFailure + "; using TCG");
        return Run(qemu, image, rawDisk, timeout, QemuAccel.Tcg, extraArguments, echo, stopWhen) with { KvmFailure = kvm.KvmFailure };
    }

    // KVM gives up on the kernel's first SSE instruction, before it prints much: once this many lines came out, the
    // attempt counts as running and its output flows.
    private const int HeldLines = 3;

    private static QemuRun Run(string qemu, string image, bool rawDisk, TimeSpan timeout, QemuAccel used, IEnumerable<string>? extraArguments, Action<string>? echo, Func<string, bool>? stopWhen)
    {
        var start = new ProcessStartInfo(qemu)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (string argument in Arguments(image, rawDisk, used, extraArguments))
            start.ArgumentList.Add(argument);

        var output = new StringBuilder();
        var errors = new StringBuilder();
        var clock = Stopwatch.StartNew();
        using var seen = new ManualResetEventSlim(false);
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
                return;
            lock (output)
                output.Append(e.Data).Append('\n');
            echo?.Invoke(e.Data);
            if (stopWhen?.Invoke(e.Data) == true)
                seen.Set();
        };
        // QEMU does not exit when KVM gives up on an instruction: it stops the guest and waits, so watch for it.
        using var kvmGaveUp = new ManualResetEventSlim();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
                return;
            lock (errors)
                errors.Append(e.Data).Append('\n');
            if (e.Data.StartsWith(KvmInternalError, StringComparison.Ordinal))
                kvmGaveUp.Set();
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        bool exited = false;
        while (!exited && !seen.IsSet && !kvmGaveUp.IsSet && clock.Elapsed < timeout)
            exited = process.WaitForExit(TimeSpan.FromMilliseconds(50));
        bool stopped = !exited && seen.IsSet;
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.WaitForExit();
        int code = exited ? process.ExitCode : -1;
        string problems;
        lock (errors)
            problems = errors.ToString().Trim();
        // The debug-exit device makes QEMU exit with status * 2 + 1; QEMU's own failures exit 1 with a message.
        int? status = exited && (code & 1) == 1 && !(code == 1 && problems.Length > 0) ? (code - 1) / 2 : null;
        string text;
        lock (output)
            text = output.ToString();
        if (kvmGaveUp.IsSet)
        {
            string failure = KvmFailureText(problems);
            return new QemuRun(text + "\n[" + failure + "]\n", null, false, code, used, clock.Elapsed) { KvmFailure = failure };
        }

        if (exited && status is null && code != 0)
            text += "\n[qemu exited with code " + code + ": " + problems + "]\n";
        return new QemuRun(text, status, !exited && !stopped, code, used, clock.Elapsed) { StoppedOnOutput = stopped };
    }

    internal const string KvmInternalError = "KVM internal error";

    // QEMU's report names the guest's RIP: keep that, and leave the register and instruction dump out of a line meant
    // to be read.
    internal static string KvmFailureText(string qemuErrors)
    {
        string? rip = null;
        foreach (string line in qemuErrors.Split('\n'))
        {
            if (rip is null && line.StartsWith("RIP=", StringComparison.Ordinal))
                rip = line.Split(' ')[0][4..].ToLowerInvariant();
        }

        return "KVM cannot run this image here (" + KvmInternalError + (rip is null ? "" : " at rip 0x" + rip) + ")";
    }

    /// <summary>The QEMU command line for a boot.</summary>
    /// <param name="image">The image file.</param>
    /// <param name="rawDisk">True for a raw disk image.</param>
    /// <param name="accel">Accelerator (not Auto).</param>
    /// <param name="extraArguments">More arguments.</param>
    /// <returns>The arguments.</returns>
    public static IReadOnlyList<string> Arguments(string image, bool rawDisk, QemuAccel accel, IEnumerable<string>? extraArguments = null)
    {
        var args = new List<string>
        {
            "-display", "none", "-serial", "stdio", "-monitor", "none", "-no-reboot",
            "-m", "256",
            "-device", $"isa-debug-exit,iobase=0x{DebugExitPort:x},iosize=0x04",
            "-accel", accel == QemuAccel.Kvm ? "kvm" : "tcg",
        };
        if (rawDisk)
            args.AddRange(["-drive", $"format=raw,file={image},if=ide,index=0"]);
        else
            args.AddRange(["-kernel", image]);
        if (extraArguments is not null)
            args.AddRange(extraArguments);
        return args;
    }
}
