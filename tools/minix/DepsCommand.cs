using System.CommandLine;

namespace Minix.Tool;

/// <summary><c>minix deps &lt;project or assembly&gt;</c>: a driver's kernel dependencies by category and functional class.</summary>
public static class DepsCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A driver project (.csproj or its folder) or a built assembly (.dll)." };
        var command = new Command("deps", "Print a driver's kernel dependencies (categories A-E, functional classes), as the paper's Sec. 3 analysis.") { path };
        command.SetAction(parse => Minix.DriverKit.Inventory.DepsCommand.Run(Path.GetFullPath(parse.GetValue(path)!), Console.Out, Console.Error, null));
        return command;
    }
}
