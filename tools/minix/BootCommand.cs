using System.CommandLine;
using Minix.Build.Boot;
using Minix.Build.Imaging;
using Minix.Build.Pipeline;
using Minix.Build.Qemu;

namespace Minix.Tool;

/// <summary><c>minix boot &lt;image project&gt;</c>: builds the image and boots it in QEMU with the serial port on standard output.</summary>
public static class BootCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var project = ToolOptions.ImageProject();
        var timeout = ToolOptions.Timeout("Stop the boot after this many seconds.", 60);
        var accel = ToolOptions.Accel();
        var disk = new Option<bool>("--disk") { Description = "Boot the raw BIOS disk image instead of the Multiboot kernel." };
        var debug = ToolOptions.Debug();
        var placed = ToolOptions.KernelPlaced();
        var append = new Option<string>("--append") { Description = "More kernel command line after the image's own, e.g. \"lpr.misbehave=null\" or \"fuzz.seed=7 fuzz.calls=1000000\" (processes read it with SYS_GETINFO BootParameters)." };
        var until = new Option<string?>("--until") { Description = "Stop QEMU as soon as a console line contains this text (exit 0), e.g. \"mydriver: ready\"." };
        var drive = DriveOption();
        var commands = new Option<string[]>("--run")
        {
            Description = "Type this command line at the image's shell after its prompt (repeatable, in order; newlines in one value separate lines too), then halt; exits with the last command's status. "
                + "Without it, an image with /bin/sh gets the serial console on this terminal, or types its MinixBootDemo lines when standard input is not a terminal.",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("boot", "Build an image and boot it in QEMU; exits with the guest's status.") { project, timeout, accel, disk, debug, placed, append, until, drive, commands };
        command.SetAction(parse =>
        {
            QemuAccel mode = parse.GetValue(accel);
            bool raw = parse.GetValue(disk);
            string[] drives = parse.GetValue(drive) ?? [];
            if (!DrivesFit(drives, raw))
                return 2;
            var built = ImageCommand.Build(parse.GetValue(project)!, !parse.GetValue(debug), Console.Error, parse.GetValue(placed));
            if (built is null)
                return 1;
            var (image, contents) = built.Value;
            if (raw && image.DiskFile.Length == 0)
            {
                Console.Error.WriteLine("minix: the image is larger than the BIOS loader's 32 MiB, so there is no disk image: boot it without --disk");
                return 1;
            }
            drives = [.. contents.Drives, .. drives];
            if (!DrivesFit(drives, raw))
                return 2;

            Directory.CreateDirectory(contents.OutputDirectory);
            string file;
            IReadOnlyList<string> qemuArguments;
            try
            {
                (file, qemuArguments) = Target(image.MultibootFile, image.DiskFile, contents, raw, WithBootTime(contents, parse.GetValue(append)));
            }
            catch (ToolchainException e)
            {
                Console.Error.WriteLine("minix: " + e.Message);
                return 2;
            }

            string? text = parse.GetValue(until);
            string[] given = parse.GetValue(commands) ?? [];
            string? script = given.Length > 0 ? string.Join('\n', given) : null;
            bool shell = contents.Spec.Programs.Any(p => p.Name == "sh");
            if (script is not null || (shell && string.IsNullOrEmpty(text)))
            {
                if (!shell)
                {
                    Console.Error.WriteLine($"minix: --run: {parse.GetValue(project)} has no /bin/sh to type the commands at (add commands/sh as a MinixProgram)");
                    return 2;
                }

                IReadOnlyList<string> extra = [.. qemuArguments, .. IdeDrives.Arguments(drives, raw)];
                if (script is null && !Console.IsInputRedirected)
                    return ShellBoot.Attach(file, raw, mode, extra);
                IReadOnlyList<string>? lines = script is not null ? ScriptLines(script) : DemoLines(contents.BootDemo);
                if (lines is null)
                    return 2;
                return ShellBoot.Script(file, raw, mode, extra, lines, TimeSpan.FromSeconds(parse.GetValue(timeout)));
            }

            Func<string, bool>? stopWhen = string.IsNullOrEmpty(text) ? null : line => line.Contains(text, StringComparison.Ordinal);
            QemuRun run = QemuLauncher.Boot(file, raw, TimeSpan.FromSeconds(parse.GetValue(timeout)), mode, qemuArguments, Console.Out.WriteLine, stopWhen, drives,
                notice: line => Console.Error.WriteLine("minix: " + line));
            if (run.KvmFailure is not null && run.Accel == QemuAccel.Kvm)
                Console.Error.WriteLine($"minix: {run.KvmFailure}; try --accel tcg");
            Console.Error.WriteLine(run.StoppedOnOutput
                ? $"minix: stopped on \"{text}\" after {run.Elapsed.TotalSeconds:F1} s ({run.Accel})"
                : run.TimedOut
                ? $"minix: stopped after {parse.GetValue(timeout)} s ({run.Accel})"
                : $"minix: the guest stopped with status {run.GuestStatus?.ToString() ?? "none"} after {run.Elapsed.TotalSeconds:F1} s ({run.Accel})");
            return run.StoppedOnOutput ? 0 : run.GuestStatus ?? (run.TimedOut ? 124 : 1);
        });
        return command;
    }

    /// <summary>
    /// The append option with <c>boottime=</c> (seconds since 1970, now) added for an image with a root file system,
    /// unless the image's or the option's line sets it: the kernel keeps no calendar, and the file server dates files
    /// by the boot time plus the uptime.
    /// </summary>
    /// <param name="contents">The image project.</param>
    /// <param name="append">The append option, or null.</param>
    /// <returns>The line to append, or null.</returns>
    public static string? WithBootTime(ImageProject.Contents contents, string? append)
    {
        if (contents.Spec.RootFileSystem is null || (contents.Spec.CommandLine + " " + append).Contains("boottime=", StringComparison.Ordinal))
            return append;
        return (append + " boottime=" + DateTimeOffset.UtcNow.ToUnixTimeSeconds()).Trim();
    }

    /// <summary>The run option's command lines: one per line of its text; blank lines are left out.</summary>
    /// <param name="text">The option's value.</param>
    /// <returns>The lines.</returns>
    public static IReadOnlyList<string> ScriptLines(string text) =>
        [.. text.Replace("\r", "", StringComparison.Ordinal).Split('\n').Where(l => l.Trim().Length > 0)];

    /// <summary>The demo's command lines (comment lines left out), or null after saying why there are none.</summary>
    private static IReadOnlyList<string>? DemoLines(string? file)
    {
        if (file is null)
        {
            Console.Error.WriteLine("minix: standard input is not a terminal and the image project sets no MinixBootDemo: give the commands with --run");
            return null;
        }

        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"minix: {file}: no such file (the image project's MinixBootDemo)");
            return null;
        }

        return [.. ScriptLines(File.ReadAllText(file)).Where(l => !l.TrimStart().StartsWith('#'))];
    }

    /// <summary><c>--drive FILE</c>, repeatable: raw disk images attached as the next IDE disks.</summary>
    /// <returns>The option.</returns>
    public static Option<string[]> DriveOption() => new("--drive")
    {
        Description = "Attach a raw disk image as the next IDE disk (repeatable: the first is c0d0, then c0d1, c1d0, c1d1; after the image project's MinixDrive items, and after the boot disk with --disk).",
        // Each --drive names one file: a bare --drive is a mistake to report, not an empty list.
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>Checks the drives before anything is built or booted; prints why not, naming the file.</summary>
    /// <param name="drives">The disk images.</param>
    /// <param name="raw">Whether the boot disk takes the first IDE position.</param>
    /// <returns>True if QEMU can attach them all.</returns>
    public static bool DrivesFit(IReadOnlyList<string> drives, bool raw)
    {
        try
        {
            IdeDrives.Arguments(drives, raw);
            return true;
        }
        catch (IdeDriveException e)
        {
            Console.Error.WriteLine("minix: --drive: " + e.Message);
            return false;
        }
    }

    /// <summary>
    /// The file to boot and the QEMU arguments, with <paramref name="append"/> added after the image's own kernel
    /// command line: QEMU passes the whole line to a Multiboot kernel (whose loader's line then wins over the one in
    /// the boot archive); a raw disk gets a copy whose loader carries it.
    /// </summary>
    /// <param name="multibootFile">The image's Multiboot kernel file.</param>
    /// <param name="diskFile">The image's raw disk file.</param>
    /// <param name="contents">The image project (its command line, QEMU arguments and output folder).</param>
    /// <param name="raw">Whether the raw disk is booted.</param>
    /// <param name="append">More command line, or null.</param>
    /// <returns>The file and the arguments.</returns>
    /// <exception cref="ToolchainException">The whole line is longer than the kernel takes (<c>Limits.BootCommandLineLength</c>).</exception>
    public static (string File, IReadOnlyList<string> Arguments) Target(string multibootFile, string diskFile, ImageProject.Contents contents, bool raw, string? append)
    {
        if (string.IsNullOrWhiteSpace(append))
            return (raw ? diskFile : multibootFile, contents.QemuArguments);
        string line = (contents.Spec.CommandLine + " " + append).Trim();
        BootCommandLine.Check(line, "--append");
        if (!raw)
            return (multibootFile, [.. contents.QemuArguments, "-append", line]);
        string disk = Path.Combine(contents.OutputDirectory, "minix-append.img");
        File.WriteAllBytes(disk, BootImageWriter.BiosDisk(File.ReadAllBytes(multibootFile), line));
        return (disk, contents.QemuArguments);
    }
}
