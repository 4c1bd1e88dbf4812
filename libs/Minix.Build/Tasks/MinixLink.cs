using System.Globalization;
using Microsoft.Build.Framework;
using Minix.Build.Elf;
using Minix.Build.Linking;
using MSBuildTask = Microsoft.Build.Utilities.Task;

namespace Minix.Build.Tasks;

/// <summary>
/// MSBuild task behind the MinixImageLink target: links ILC objects for a standard target (linux-run or
/// user-process) at a base address and writes the ELF image and its symbol map. Kernels, which add their own Iced
/// arch code, call <see cref="ImageLinker"/> from C# instead.
/// </summary>
public sealed class MinixLink : MSBuildTask
{
    /// <summary>Creates the task (MSBuild sets its inputs).</summary>
    public MinixLink()
    {
    }

    /// <summary>The ELF objects to link.</summary>
    [Required]
    public ITaskItem[] Objects { get; set; } = Array.Empty<ITaskItem>();

    /// <summary><c>linux-run</c> or <c>user-process</c>.</summary>
    [Required]
    public string Target { get; set; } = "";

    /// <summary>The base virtual address, hexadecimal with 0x or decimal.</summary>
    public string BaseAddress { get; set; } = "0x400000";

    /// <summary>The entry symbol (default: the target's).</summary>
    public string? EntrySymbol { get; set; }

    /// <summary>The heap size in bytes.</summary>
    public string HeapSize { get; set; } = ImageTarget.DefaultHeapSize.ToString(CultureInfo.InvariantCulture);

    /// <summary>The image assemblies, Minix.Runtime's among them (their metadata names a program's types and resolves
    /// its generic virtual methods in its source map).</summary>
    public ITaskItem[] AssemblyNames { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The ELF image to write.</summary>
    [Required]
    public string OutputFile { get; set; } = "";

    /// <summary>The symbol map to write (default: OutputFile.map).</summary>
    public string? MapFile { get; set; }

    /// <inheritdoc/>
    public override bool Execute()
    {
        ulong heap = ulong.Parse(HeapSize, CultureInfo.InvariantCulture);
        ImageTarget target = Target switch
        {
            "linux-run" => ImageTarget.LinuxRun(heap),
            "user-process" => ImageTarget.UserProcess(EntrySymbol ?? "minix_process_start", heap),
            _ => throw new ArgumentException($"MinixImageKind '{Target}' is not linux-run or user-process (kernels link through ImageLinker with their arch code)"),
        };
        var request = new LinkRequest { BaseAddress = ParseAddress(BaseAddress), EntrySymbol = EntrySymbol ?? target.EntrySymbol };
        try
        {
            foreach (var item in Objects)
                request.Objects.Add(ElfObjectReader.Read(item.ItemSpec));
            target.Apply(request);
            var image = target.NeedsSourceMap && Objects.Length == 1
                ? ImageLinker.LinkWithSourceMap(request, Objects[0].ItemSpec, AssemblyNames.Select(a => a.ItemSpec))
                : ImageLinker.Link(request);
            File.WriteAllBytes(OutputFile, ElfExecutableWriter.Write(image));
            File.WriteAllText(MapFile ?? OutputFile + ".map", image.Symbols.ToText());
            Log.LogMessage(MessageImportance.High, $"minix image -> {OutputFile} (entry 0x{image.EntryPoint:x})");
            return true;
        }
        catch (LinkException e)
        {
            foreach (var error in e.Errors)
                Log.LogError(null, $"MINIXLD{(int)error.Kind:D3}", null, null, 0, 0, 0, 0, error.Message);
            return false;
        }
        catch (ElfFormatException e)
        {
            Log.LogError(null, "MINIXELF", null, e.File, 0, 0, 0, 0, e.Message);
            return false;
        }
    }

    private static ulong ParseAddress(string text) =>
        text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? ulong.Parse(text.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture)
            : ulong.Parse(text, CultureInfo.InvariantCulture);
}
