using System.Diagnostics;
using System.Text;
using System.Threading;

namespace Minix.Build.Qemu;

/// <summary>
/// A guest running in QEMU that one talks to while it runs: bytes typed at its serial console (COM1, QEMU's standard
/// input), its output as it comes (<see cref="Output"/>, <see cref="WaitFor"/>), and with <c>monitor</c> QEMU's
/// machine protocol (<see cref="Monitor"/>) for keys on the PS/2 keyboard and reading guest memory such as the VGA
/// text screen. <see cref="QemuLauncher"/>'s Boot is the one-shot form for a guest that runs on its own.
/// </summary>
public sealed class QemuSession : IDisposable
{
    private readonly Process _process;
    private readonly SerialOutput _output;
    private readonly StringBuilder _errors = new();
    private readonly Thread _reader;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly string? _monitorPath;
    private QemuMonitor? _monitor;

    private QemuSession(Process process, string? monitorPath, Action<ReadOnlyMemory<byte>>? echo)
    {
        _process = process;
        _monitorPath = monitorPath;
        _output = new SerialOutput(echo);
        _reader = new Thread(ReadOutput) { IsBackground = true, Name = "qemu serial" };
        _reader.Start();
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (_errors)
                    _errors.Append(e.Data).Append('\n');
            }
        };
        _process.BeginErrorReadLine();
    }

    /// <summary>Starts QEMU on <paramref name="image"/> (under TCG unless <paramref name="accel"/> says KVM).</summary>
    /// <param name="image">A Multiboot kernel file or a raw disk image.</param>
    /// <param name="rawDisk">True for a raw disk image.</param>
    /// <param name="accel">The accelerator (<see cref="QemuAccel.Auto"/> picks KVM when usable).</param>
    /// <param name="extraArguments">More QEMU arguments.</param>
    /// <param name="monitor">Open QEMU's machine protocol on a socket, for <see cref="Monitor"/>.</param>
    /// <param name="window">Show QEMU's window (the VGA screen; keys typed there reach the PS/2 keyboard) instead of no display.</param>
    /// <param name="echo">If set, receives the serial output as it arrives, byte for byte.</param>
    /// <returns>The running session.</returns>
    /// <exception cref="FileNotFoundException">QEMU is not installed.</exception>
    public static QemuSession Start(string image, bool rawDisk, QemuAccel accel = QemuAccel.Tcg, IEnumerable<string>? extraArguments = null, bool monitor = false, bool window = false, Action<ReadOnlyMemory<byte>>? echo = null)
    {
        string qemu = QemuLauncher.Find() ?? throw new FileNotFoundException($"{QemuLauncher.Executable} is not installed (Debian: apt-get install qemu-system-x86)", QemuLauncher.Executable);
        QemuAccel used = accel == QemuAccel.Auto ? (QemuLauncher.KvmUsable() ? QemuAccel.Kvm : QemuAccel.Tcg) : accel;
        string? socket = monitor ? Path.Combine(Path.GetTempPath(), "minix-qmp-" + Guid.NewGuid().ToString("N")[..12] + ".sock") : null;
        var start = new ProcessStartInfo(qemu)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        IReadOnlyList<string> arguments = QemuLauncher.Arguments(image, rawDisk, used, extraArguments);
        for (int i = 0; i < arguments.Count; i++)
        {
            if (window && arguments[i] == "-display" && i + 1 < arguments.Count && arguments[i + 1] == "none")
            {
                i++;
                continue;
            }

            start.ArgumentList.Add(arguments[i]);
        }

        if (socket is not null)
        {
            start.ArgumentList.Add("-qmp");
            start.ArgumentList.Add($"unix:{socket},server=on,wait=off");
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("QEMU did not start");
        return new QemuSession(process, socket, echo) { Accel = used };
    }

    /// <summary>The accelerator QEMU runs with.</summary>
    public QemuAccel Accel { get; private init; }

    /// <summary>Time since QEMU started.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Whether QEMU has ended.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Everything the guest wrote to its serial console so far, as UTF-8 text.</summary>
    public string Output => _output.Since(0);

    /// <summary>How many bytes of output have come so far (a mark for <see cref="OutputSince"/>).</summary>
    public int OutputLength => _output.Length;

    /// <summary>What QEMU itself printed on its standard error.</summary>
    public string Errors
    {
        get
        {
            lock (_errors)
                return _errors.ToString();
        }
    }

    /// <summary>
    /// Why KVM could not run the image, once QEMU has said so (it then stays paused rather than ending); else null.
    /// A wait for output gives up as soon as this is set.
    /// </summary>
    public string? KvmFailure => Accel == QemuAccel.Kvm && Errors.Contains(QemuLauncher.KvmInternalError, StringComparison.Ordinal) ? QemuLauncher.KvmFailureText(Errors) : null;

    /// <summary>The status the guest passed to the debug-exit device, once QEMU has ended that way; else null.</summary>
    public int? GuestStatus => _process.HasExited && (_process.ExitCode & 1) == 1 && !(_process.ExitCode == 1 && Errors.Trim().Length > 0) ? (_process.ExitCode - 1) / 2 : null;

    /// <summary>QEMU's exit code, once it has ended.</summary>
    public int? ExitCode => _process.HasExited ? _process.ExitCode : null;

    /// <summary>The machine protocol (only with <c>monitor</c> at <see cref="Start"/>), connected on first use.</summary>
    /// <exception cref="InvalidOperationException">The session was started without a monitor.</exception>
    public QemuMonitor Monitor => _monitor ??= QemuMonitor.Connect(_monitorPath ?? throw new InvalidOperationException("this QEMU session was started without a monitor"), TimeSpan.FromSeconds(10));

    /// <summary>
    /// Sends output to <paramref name="echo"/> from now on (null: to nobody). Output already seen by a wait has been
    /// echoed already, so a transcript turned off after a prompt is whole.
    /// </summary>
    /// <param name="echo">The receiver.</param>
    public void EchoTo(Action<ReadOnlyMemory<byte>>? echo) => _output.EchoTo(echo);

    /// <summary>The output from byte <paramref name="mark"/> on, as UTF-8 text.</summary>
    /// <param name="mark">A value of <see cref="OutputLength"/>.</param>
    /// <returns>The text.</returns>
    public string OutputSince(int mark) => _output.Since(mark);

    /// <summary>Types bytes at the serial console.</summary>
    /// <param name="bytes">The bytes.</param>
    public void Send(ReadOnlySpan<byte> bytes)
    {
        if (_process.HasExited)
            return;
        try
        {
            _process.StandardInput.BaseStream.Write(bytes);
            _process.StandardInput.BaseStream.Flush();
        }
        catch (IOException)
        {
            // QEMU ended meanwhile: what it printed says why.
        }
    }

    /// <summary>Types text (UTF-8) at the serial console.</summary>
    /// <param name="text">The text.</param>
    public void Type(string text) => Send(Encoding.UTF8.GetBytes(text));

    /// <summary>Waits until the output from <paramref name="mark"/> on satisfies <paramref name="condition"/>, QEMU ends, or the time is up.</summary>
    /// <param name="condition">Tested on the output since the mark after each piece of output.</param>
    /// <param name="timeout">How long to wait.</param>
    /// <param name="mark">Where the output to test starts (a value of <see cref="OutputLength"/>).</param>
    /// <returns>Whether the condition held.</returns>
    public bool WaitFor(Func<string, bool> condition, TimeSpan timeout, int mark = 0) =>
        _output.WaitFor(condition, timeout, mark, giveUp: () => KvmFailure is not null);

    /// <summary>Reads the VGA text screen (through <see cref="Monitor"/>) every half second until <paramref name="condition"/> holds for its rows, QEMU ends, or the time is up.</summary>
    /// <param name="condition">Tested on the screen's rows.</param>
    /// <param name="timeout">How long to wait.</param>
    /// <returns>Whether the condition held.</returns>
    public bool WaitForScreen(Func<string[], bool> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout && !HasExited)
        {
            if (condition(Monitor.ReadTextScreen()))
                return true;
            Thread.Sleep(500);
        }

        return false;
    }

    /// <summary>Waits for QEMU to end.</summary>
    /// <param name="timeout">How long.</param>
    /// <returns>Whether it ended.</returns>
    public bool WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
            return false;
        _process.WaitForExit();
        _reader.Join(TimeSpan.FromSeconds(5));
        return true;
    }

    /// <summary>Stops QEMU now.</summary>
    public void Kill()
    {
        if (_process.HasExited)
            return;
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Kill();
        _monitor?.Dispose();
        _process.Dispose();
        if (_monitorPath is not null)
            File.Delete(_monitorPath);
    }

    private void ReadOutput()
    {
        var buffer = new byte[4096];
        Stream stream = _process.StandardOutput.BaseStream;
        while (true)
        {
            int n;
            try
            {
                n = stream.Read(buffer, 0, buffer.Length);
            }
            catch (IOException)
            {
                n = 0;
            }

            if (n <= 0)
            {
                _output.End();
                return;
            }

            _output.Append(buffer.AsSpan(0, n));
        }
    }
}
