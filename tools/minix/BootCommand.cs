using System.CommandLine;
using Minix.Build.Qemu;

namespace Minix.Tool;

/// <summary><c>minix boot &lt;image project&gt;</c>: builds the image and boots it in QEMU with the serial port on standard output.</summary>
public static class BootCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var project = ImageCommand.ProjectArgument();
        var timeout = new Option<int>("--timeout") { Description = "Stop the boot after this many seconds.", DefaultValueFactory = _ => 60 };
        var accel = new Option<string>("--accel") { Description = "kvm, tcg or auto (KVM when usable, else TCG).", DefaultValueFactory = _ => "auto" };
        var disk = new Option<bool>("--disk") { Description = "Boot the raw BIOS disk image instead of the Multiboot kernel." };
        var debug = new Option<bool>("--debug") { Description = "Build unoptimized." };
        var until = new Option<string?>("--until") { Description = "Stop QEMU as soon as a console line contains this text (exit 0), e.g. \"mydriver: ready\"." };
        var command = new Command("boot", "Build an image and boot it in QEMU; exits with the guest's status.") { project, timeout, accel, disk, debug, until };
        command.SetAction(parse =>
        {
            QemuAccel mode = parse.GetValue(accel) switch
            {
                "kvm" => QemuAccel.Kvm,
                "tcg" => QemuAccel.Tcg,
                "auto" => QemuAccel.Auto,
                var other => throw new ArgumentException($"--accel {other}: expected kvm, tcg or auto"),
            };
            var built = ImageCommand.Build(parse.GetValue(project)!, !parse.GetValue(debug), Console.Error);
            if (built is null)
                return 1;
            bool raw = parse.GetValue(disk);
            var (image, contents) = built.Value;
            Directory.CreateDirectory(contents.OutputDirectory);
            string? text = parse.GetValue(until);
            Func<string, bool>? stopWhen = string.IsNullOrEmpty(text) ? null : line => line.Contains(text, StringComparison.Ordinal);
            QemuRun run = QemuLauncher.Boot(raw ? image.DiskFile : image.MultibootFile, raw, TimeSpan.FromSeconds(parse.GetValue(timeout)), mode, contents.QemuArguments, Console.Out.WriteLine, stopWhen);
            Console.Error.WriteLine(run.StoppedOnOutput
                ? $"minix: stopped on \"{text}\" after {run.Elapsed.TotalSeconds:F1} s ({run.Accel})"
                : run.TimedOut
                ? $"minix: stopped after {parse.GetValue(timeout)} s ({run.Accel})"
                : $"minix: the guest stopped with status {run.GuestStatus?.ToString() ?? "none"} after {run.Elapsed.TotalSeconds:F1} s ({run.Accel})");
            return run.StoppedOnOutput ? 0 : run.GuestStatus ?? (run.TimedOut ? 124 : 1);
        });
        return command;
    }
}
