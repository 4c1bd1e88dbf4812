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
    /// <returns>What happened.</returns>
    /// <exception cref="FileNotFoundException">QEMU is not installed.</exception>
    public static QemuRun Boot(string image, bool rawDisk, TimeSpan timeout, QemuAccel accel = QemuAccel.Auto, IEnumerable<string>? extraArguments = null, Action<string>? echo = null, Func<string, bool>? stopWhen = null)
    {
        string qemu = Find() ?? throw new FileNotFoundException($"{Executable} is not installed (Debian: apt-get install qemu-system-x86)", Executable);
        QemuAccel used = accel == QemuAccel.Auto ? (KvmUsable() ? QemuAccel.Kvm : QemuAccel.Tcg) : accel;
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
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
                lock (errors)
                    errors.Append(e.Data).Append('\n');
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        bool exited = false;
        while (!exited && !seen.IsSet && clock.Elapsed < timeout)
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
        if (exited && status is null && code != 0)
            text += "\n[qemu exited with code " + code + ": " + problems + "]\n";
        return new QemuRun(text, status, !exited && !stopped, code, used, clock.Elapsed) { StoppedOnOutput = stopped };
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
