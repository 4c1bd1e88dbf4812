using System.CommandLine;
using System.CommandLine.Parsing;
using Minix.Build.Qemu;

namespace Minix.Tool;

/// <summary>
/// The arguments and options several commands share, each defined and validated here once, so every command names
/// them, describes them and refuses bad values the same way (a clear error and exit 1, never a stack trace).
/// </summary>
public static class ToolOptions
{
    /// <summary>The image-project argument (a .csproj or a folder holding exactly one).</summary>
    /// <returns>The argument.</returns>
    public static Argument<string> ImageProject() => new("project") { Description = "The image project (.csproj, or a folder with one)." };

    /// <summary>The option that puts drivers in the kernel.</summary>
    /// <returns>The option.</returns>
    public static Option<string?> KernelPlaced() => new("--kernel-placed") { Description = "Drivers to place in the kernel (MINIX 2 style), names separated by ';' (overrides MinixKernelPlaced)." };

    /// <summary>The option that builds unoptimized.</summary>
    /// <param name="description">What it means for the command.</param>
    /// <returns>The option.</returns>
    public static Option<bool> Debug(string description = "Build unoptimized.") => new("--debug") { Description = description };

    /// <summary>A time limit in whole seconds, at least 1.</summary>
    /// <param name="description">What the limit stops.</param>
    /// <param name="defaultSeconds">Its default.</param>
    /// <returns>The option.</returns>
    public static Option<int> Timeout(string description, int defaultSeconds)
    {
        var option = new Option<int>("--timeout") { Description = description, DefaultValueFactory = _ => defaultSeconds };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
                result.AddError($"--timeout {result.GetValueOrDefault<int>()}: give a number of seconds, at least 1");
        });
        return option;
    }

    /// <summary>The QEMU accelerator: auto, kvm or tcg.</summary>
    /// <returns>The option.</returns>
    public static Option<QemuAccel> Accel() => new("--accel")
    {
        Description = "kvm, tcg or auto (KVM when it can run the image, else TCG).",
        DefaultValueFactory = _ => QemuAccel.Auto,
        CustomParser = ParseAccel,
    };

    private static QemuAccel ParseAccel(ArgumentResult result)
    {
        string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        switch (text.ToLowerInvariant())
        {
            case "auto":
                return QemuAccel.Auto;
            case "kvm":
                return QemuAccel.Kvm;
            case "tcg":
                return QemuAccel.Tcg;
            default:
                result.AddError($"--accel {text}: expected auto, kvm or tcg");
                return QemuAccel.Auto;
        }
    }
}
