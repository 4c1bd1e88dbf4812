using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
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
    public static Option<int> Timeout(string description, int defaultSeconds) => new("--timeout")
    {
        Description = description,
        DefaultValueFactory = _ => defaultSeconds,
        CustomParser = result => AtLeastOne(result, "--timeout", "seconds"),
    };

    /// <summary>
    /// Parses an option's whole number that must be at least 1 (a count or a time limit), or adds an error naming the
    /// option and what was given; a custom parser rather than a validator, since a validator reads the value, which
    /// throws for a word that is no number.
    /// </summary>
    /// <param name="result">The option's argument.</param>
    /// <param name="option">The option's name, for the message.</param>
    /// <param name="what">What the number counts, for the message (e.g. seconds).</param>
    /// <returns>The number (0 after an error).</returns>
    public static int AtLeastOne(ArgumentResult result, string option, string what)
    {
        string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int number) && number >= 1)
            return number;
        // Digits only that int cannot hold: the number is too large, not missing.
        bool tooLarge = text.Length > 0 && text.All(char.IsAsciiDigit) && !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _);
        result.AddError(tooLarge ? $"{option} {text}: too large (at most {int.MaxValue})" : $"{option} {text}: give a number of {what}, at least 1");
        return 0;
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
