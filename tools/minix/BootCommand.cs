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
        var placed = ImageCommand.KernelPlacedOption();
        var append = new Option<string?>("--append") { Description = "The kernel command line (overrides the image's own), e.g. \"console=com1 lpr.misbehave=null\"." };
        var command = new Command("boot", "Build an image and boot it in QEMU; exits with the guest's status.") { project, timeout, accel, disk, debug, placed, append };
        command.SetAction(parse =>
        {
            QemuAccel mode = parse.GetValue(accel) switch
            {
                "kvm" => QemuAccel.Kvm,
                "tcg" => QemuAccel.Tcg,
                "auto" => QemuAccel.Auto,
                var other => throw new ArgumentException($"--accel {other}: expected kvm, tcg or auto"),
            };
            var built = ImageCommand.Build(parse.GetValue(project)!, !parse.GetValue(debug), Console.Error, parse.GetValue(placed));
            if (built is null)
                return 1;
            bool raw = parse.GetValue(disk);
            var (image, contents) = built.Value;
            Directory.CreateDirectory(contents.OutputDirectory);
            var arguments = contents.QemuArguments.ToList();
            if (parse.GetValue(append) is string line)
            {
                if (raw)
                    throw new ArgumentException("--append works with the Multiboot kernel file, not --disk (the disk's loader carries the image's own command line)");
                arguments.AddRange(["-append", line]);
            }

            QemuRun run = QemuLauncher.Boot(raw ? image.DiskFile : image.MultibootFile, raw, TimeSpan.FromSeconds(parse.GetValue(timeout)), mode, arguments, Console.Out.WriteLine);
            if (run.KvmFailure is not null)
                Console.Error.WriteLine($"minix: {run.KvmFailure}" + (run.Accel == QemuAccel.Tcg ? "; booted again under TCG" : "; try --accel tcg"));
            Console.Error.WriteLine(run.TimedOut
                ? $"minix: stopped after {parse.GetValue(timeout)} s ({run.Accel})"
                : $"minix: the guest stopped with status {run.GuestStatus?.ToString() ?? "none"} after {run.Elapsed.TotalSeconds:F1} s ({run.Accel})");
            return run.GuestStatus ?? (run.TimedOut ? 124 : 1);
        });
        return command;
    }
}
