using Minix.Build.Imaging;
using Minix.Build.Pipeline;

namespace Minix.Build.Tests;

/// <summary>
/// MinixProgram items: one without an Entry is an ordinary program (its Main the entry, a heap that grows to the process
/// manager's limit); one with an Entry keeps an entry of its own and a fixed heap; a HeapSize on an ordinary program
/// is refused, naming it, since nothing would read it.
/// </summary>
public sealed class ProgramItemTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("minix-programs-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private ImageProject.Contents Create(params ImageProject.ProcessItem[] programs)
    {
        var process = new ImageProject.ProcessItem("p.csproj", Path.Combine(_folder, "p.csproj"), new Dictionary<string, string> { ["Name"] = "p", ["Slot"] = "8", ["Entry"] = "p_main" });
        var properties = new Dictionary<string, string> { ["MinixSystemConf"] = "system.conf", ["MinixKernelProject"] = "kernel.csproj", ["MinixRootFileSystem"] = "true" };
        return ImageProject.Create(Path.Combine(_folder, "Image.csproj"), [process], properties, [], optimize: true, programs: programs);
    }

    private ImageProject.ProcessItem Program(string name, params (string, string)[] metadata) =>
        new(name + ".csproj", Path.Combine(_folder, name + ".csproj"), metadata.Append(("Name", name)).ToDictionary(m => m.Item1, m => m.Item2));

    [Fact]
    public void A_program_without_an_entry_enters_at_main_and_one_with_an_entry_keeps_it()
    {
        var programs = Create(Program("wordcount"), Program("proctest", ("Entry", "proctest_main"), ("HeapSize", "4194304"))).Spec.Programs;
        Assert.True(programs[0].EntersAtMain);
        Assert.False(programs[1].EntersAtMain);
        Assert.Equal("proctest_main", programs[1].EntrySymbol);
        Assert.Equal(4UL << 20, programs[1].HeapSize);
    }

    [Fact]
    public void A_heap_size_on_an_ordinary_program_is_an_error_naming_the_program()
    {
        var e = Assert.Throws<ToolchainException>(() => Create(Program("wordcount", ("HeapSize", "4194304"))));
        Assert.Contains("MinixProgram 'wordcount' has no Entry", e.Message);
        Assert.Contains("HeapSize", e.Message);
    }
}
