using Minix.Tests.Shared;
using Minix.Build.Qemu;

namespace Image.Tests;

/// <summary>
/// Builds the terminal image (tests/Image.Terminal) once and boots it once, talking to it the way a user at the serial
/// console would: it waits for ttytest's prompt, types a line in two bursts with a typing mistake erased in between
/// (DEL), waits for the parent and child to say they wait; on the PC console it types a line on the PS/2 keyboard
/// (QEMU's monitor) and reads the VGA text screen back; then it types ^C at the serial console, then ^D, and waits
/// for the machine to halt. The tests read the one transcript, the screen, and the marks taken along the way.
/// </summary>
public sealed class TerminalImageFixture
{
    private static readonly TimeSpan Boot = TimeSpan.FromSeconds(300);
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(120);

    public TerminalImageFixture()
    {
        Qemu.RequireInstalled();
        var image = ImageBuilds.BuildProject("tests/Image.Terminal/Image.Terminal.csproj", "minix-terminal-image");
        string file = Path.Combine(Path.GetTempPath(), "minix-terminal-" + Guid.NewGuid().ToString("N") + ".elf");
        File.Copy(image.MultibootFile, file);
        try
        {
            using var session = QemuSession.Start(file, rawDisk: false, QemuAccel.Tcg, monitor: true);
            Prompted = session.WaitFor(o => o.Contains("ttytest: type a line"), Boot);
            if (Prompted)
            {
                int typing = session.OutputLength;
                session.Type("hellx\x7f");
                session.WaitFor(o => o.Contains("hellx\b \b"), Step, typing);
                session.Type("o, world\n");
                session.WaitFor(o => o.Contains("ttytest: parent waiting") && o.Contains("ttytest: child sleeping"), Step, typing);
                Echo = session.OutputSince(typing);
                ScreenPrompted = session.WaitForScreen(rows => rows.Any(r => r.Contains("ttytest: type a line")), Step);
                if (ScreenPrompted)
                    session.Monitor.TypeKeys("Hello, VGA!\n");
                session.WaitForScreen(rows => rows.Any(r => r.Contains("ttytest: read")), Step);
                Screen = session.Monitor.ReadTextScreen();
                int interrupt = session.OutputLength;
                session.Type("\x03");
                if (session.WaitFor(o => o.Contains("ttytest: type ^D"), Step, interrupt))
                    session.Type("\x04");
                Halted = session.WaitForExit(Step); // ttytest halts the machine after the ^D
                AfterInterrupt = session.OutputSince(interrupt);
            }

            Output = session.Output;
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Whether the PC console's ttytest prompted on the VGA screen.</summary>
    public bool ScreenPrompted { get; }

    /// <summary>The VGA text screen's rows after the line typed on the keyboard was read.</summary>
    public IReadOnlyList<string> Screen { get; } = [];

    /// <summary>Whether ttytest's prompt came (on its standard error, the console).</summary>
    public bool Prompted { get; }

    /// <summary>What came back from the typed line on (echo and ttytest's answers).</summary>
    public string Echo { get; } = "";

    /// <summary>What came back after ^C (and ^D).</summary>
    public string AfterInterrupt { get; } = "";

    /// <summary>Whether QEMU ended (ttytest halts the machine).</summary>
    public bool Halted { get; }

    /// <summary>Everything on the serial console.</summary>
    public string Output { get; } = "";

    /// <summary>The transcript with control characters shown (\x7f, \b), for failure messages.</summary>
    public string Transcript => ConsoleTranscript.Visible(Output);
}
