using System.CommandLine;
using Minix.Build.Linking;
using Minix.Build.Debugging;
using Minix.Build.Disassembly;
using Minix.Build.Elf;
using Minix.Build.Pipeline;

namespace Minix.Tool;

/// <summary><c>minix disasm &lt;project&gt; &lt;Namespace.Type.Method&gt;</c>.</summary>
public static class DisasmCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var project = new Argument<FileInfo>("project") { Description = "The .csproj." };
        var method = new Argument<string>("method") { Description = "Namespace.Type.Method." };
        var debug = ToolOptions.Debug("Disassemble the unoptimized build.");
        var command = new Command("disasm", "Show a method's x86-64 code from the linked image.") { project, method, debug };
        command.SetAction(parse =>
        {
            try
            {
                var image = RunCommand.Build(parse.GetValue(project)!, parse.GetValue(method)!, !parse.GetValue(debug));
                var target = image.Methods[0];
                var lines = SourceLineMap.Read(ElfObjectReader.Read(image.ObjectPath), image.Image);
                Console.Out.Write(MethodDisassembler.Disassemble(image.Image, image.ExecutablePath, target, lines));
                return 0;
            }
            catch (Exception e) when (e is ToolchainException or LinkException)
            {
                Console.Error.WriteLine(e.Message);
                return 1;
            }
        });
        return command;
    }
}
