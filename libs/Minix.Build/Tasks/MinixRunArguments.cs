using Microsoft.Build.Framework;
using Minix.Build.Imaging;
using Minix.Build.Pipeline;
using Minix.Build.Qemu;

namespace Minix.Build.Tasks;

/// <summary>
/// MSBuild task behind <c>dotnet run</c> of an image project: the QEMU command line that boots the system image the
/// build wrote (the Multiboot file, the serial console on the terminal, the project's own QEMU arguments), as
/// <c>minix boot</c> would, but always with the accelerator it is told (QEMU cannot fall back by itself when KVM
/// accepts an image it then cannot run).
/// </summary>
public sealed class MinixRunArguments : ImageProjectTask
{
    /// <summary>Creates the task (MSBuild sets its inputs).</summary>
    public MinixRunArguments()
    {
    }

    /// <summary><c>tcg</c> (the default: it runs everywhere) or <c>kvm</c>.</summary>
    public string Accel { get; set; } = "tcg";

    /// <summary>The program to run: QEMU.</summary>
    [Output]
    public string RunCommand { get; set; } = "";

    /// <summary>Its arguments, quoted for a command line.</summary>
    [Output]
    public string RunArguments { get; set; } = "";

    /// <inheritdoc/>
    public override bool Execute()
    {
        QemuAccel accel;
        switch (Accel.ToLowerInvariant())
        {
            case "" or "tcg":
                accel = QemuAccel.Tcg;
                break;
            case "kvm":
                accel = QemuAccel.Kvm;
                break;
            default:
                Log.LogError(null, "MINIXB021", null, ProjectFile, 0, 0, 0, 0, $"MinixQemuAccel is '{Accel}': expected tcg or kvm");
                return false;
        }

        try
        {
            ImageProject.Contents contents = ReadProject();
            string image = Path.Combine(contents.OutputDirectory, "minix.elf");
            if (!File.Exists(image))
            {
                Log.LogError(null, "MINIXB022", null, ProjectFile, 0, 0, 0, 0, $"no system image at {image}: build the project first (MinixSystemImageOnBuild may be false)");
                return false;
            }

            RunCommand = QemuLauncher.Find() ?? QemuLauncher.Executable;
            RunArguments = string.Join(" ", QemuLauncher.Arguments(image, rawDisk: false, accel, contents.QemuArguments).Select(Quote));
            return true;
        }
        catch (ToolchainException e)
        {
            Log.LogError(null, "MINIXB022", null, ProjectFile, 0, 0, 0, 0, e.Message);
            return false;
        }
    }

    private static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsLetterOrDigit(c) || "-_=.,:/+@%".Contains(c)) ? argument : "\"" + argument.Replace("\"", "\\\"") + "\"";
}
