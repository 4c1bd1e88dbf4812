using Minix.Build.Pipeline;
using Xunit;

namespace Minix.Build.Tests;

/// <summary>The C# image compiles of a whole system: one msbuild run to evaluate, the compiles in this process (ImageCompileGraph).</summary>
public sealed class ImageCompileGraphTests : IDisposable
{
    private const string LibraryProject = "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework><ImplicitUsings>disable</ImplicitUsings></PropertyGroup>{0}</Project>";

    // Each test's projects, outside the repository, so no Directory.Build.props applies.
    private readonly string root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "minix-graph-" + Guid.NewGuid().ToString("N")[..8])).FullName;

    /// <summary>Deletes the test's projects.</summary>
    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Projects_compile_in_one_run_each_with_its_own_output_and_its_references_behind_it()
    {
        string shared = Project("Shared", "", "namespace Shared;\npublic static class Twice { public static int Of(int x) => 2 * x; }\n");
        string reference = ReferenceTo(shared);
        string first = Project("First", reference, "namespace First;\npublic static class Entry { public static int Run() => Shared.Twice.Of(1); }\n");
        string second = Project("Second", reference, "namespace Second;\npublic static class Program { public static int Main(string[] args) => Shared.Twice.Of(args.Length); }\n");
        var requests = new[]
        {
            new ImageCompileGraph.Request(first, Program: false),
            new ImageCompileGraph.Request(second, Program: true),
        };
        var heard = new List<string>();

        var results = ImageCompileGraph.Compile(requests, optimize: true, Path.Combine(root, "out"), (r, _, _) => { lock (heard) heard.Add(Path.GetFileName(r.Project)); });

        // Each in its project's own folder, a program apart from a library, where every image finds it.
        Assert.Equal(Path.Combine(root, "First", "obj", "Release", "net10.0", "minix", "First.dll"), results[requests[0]][0]);
        Assert.Equal(Path.Combine(root, "Second", "obj", "Release", "net10.0", "minix-program", "Second.dll"), results[requests[1]][0]);
        Assert.All(results.Values, assemblies => Assert.Contains(assemblies.Skip(1), a => Path.GetFileName(a) == "Shared.dll"));
        Assert.Equal(["First.csproj", "Second.csproj"], heard.Order());
        Assert.True(File.Exists(results[requests[1]][0]));
    }

    [Fact]
    public void A_second_run_with_nothing_changed_answers_the_same_without_compiling_and_an_edit_compiles_again()
    {
        string project = Project("Only", "", "namespace Only;\npublic static class One { public static int Get() => 1; }\n");
        var request = new ImageCompileGraph.Request(project, Program: false);
        string graph = Path.Combine(root, "out");
        var first = ImageCompileGraph.Compile([request], optimize: true, graph);
        DateTime written = File.GetLastWriteTimeUtc(first[request][0]);

        var heard = new List<bool>();
        var second = ImageCompileGraph.Compile([request], optimize: true, graph, (_, _, compiled) => heard.Add(compiled));

        Assert.Equal(first[request], second[request]);
        Assert.Equal([false], heard);
        Assert.Equal(written, File.GetLastWriteTimeUtc(second[request][0]));

        // The second run left a record none of whose files changed: a third starts no msbuild, which would rewrite it.
        string record = Path.Combine(graph, "image-compile.stamp");
        DateTime recorded = File.GetLastWriteTimeUtc(record);
        Assert.Equal(first[request], ImageCompileGraph.Compile([request], optimize: true, graph)[request]);
        Assert.Equal(recorded, File.GetLastWriteTimeUtc(record));

        heard.Clear();
        Edit("Only", "Only.cs", "namespace Only;\npublic static class One { public static int Get() => 2; }\n");
        ImageCompileGraph.Compile([request], optimize: true, graph, (_, _, compiled) => heard.Add(compiled));

        Assert.Equal([true], heard);
        Assert.True(File.GetLastWriteTimeUtc(first[request][0]) > written);
    }

    [Fact]
    public void A_compile_error_in_one_project_names_its_file_and_line()
    {
        string good = Project("Good", "", "namespace Good;\npublic static class Fine { public static int One() => 1; }\n");
        string bad = Project("Bad", "", "namespace Bad;\n\npublic static class Broken\n{\n    public static int Two() => undefinedName;\n}\n");
        var requests = new[]
        {
            new ImageCompileGraph.Request(good, Program: false),
            new ImageCompileGraph.Request(bad, Program: false),
        };

        var e = Assert.Throws<ToolchainException>(() => ImageCompileGraph.Compile(requests, optimize: false, Path.Combine(root, "out")));

        Assert.Equal("compile", e.Step);
        Assert.Contains("Broken.cs(5,", e.Message, StringComparison.Ordinal);
        Assert.Contains("CS0103", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Fine.cs", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edited_source_compiles_again_without_msbuild()
    {
        var (project, request, graph, assembly) = OnlyProjectWithRecord();
        DateTime written = File.GetLastWriteTimeUtc(assembly);
        // A project file broken behind the record's back (its time kept): msbuild, were it started, would fail on it.
        DateTime projectTime = File.GetLastWriteTimeUtc(project);
        File.WriteAllText(project, "<Project>not msbuild</Proj>");
        File.SetLastWriteTimeUtc(project, projectTime);
        Edit("Only", "Only.cs", "namespace Only;\npublic static class One { public static int Get() => 2; }\n");
        var heard = new List<bool>();

        ImageCompileGraph.Compile([request], optimize: true, graph, (_, _, compiled) => heard.Add(compiled));

        Assert.Equal([true], heard);
        Assert.True(File.GetLastWriteTimeUtc(assembly) > written);

        // A new source changes the folder: msbuild must list the sources again, and reads the project.
        File.WriteAllText(Path.Combine(root, "Only", "Two.cs"), "namespace Only;\npublic static class Two { }\n");
        var e = Assert.Throws<ToolchainException>(() => ImageCompileGraph.Compile([request], optimize: true, graph));
        Assert.Contains("Only.csproj", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edited_project_file_starts_msbuild_again_even_beside_an_edited_source()
    {
        var (_, request, graph, _) = OnlyProjectWithRecord();
        // Broken and newer than the record: only msbuild reads it, and fails on it.
        Edit("Only", "Only.csproj", "<Project>not msbuild</Proj>");
        Edit("Only", "Only.cs", "namespace Only;\npublic static class One { public static int Get() => 2; }\n");

        var e = Assert.Throws<ToolchainException>(() => ImageCompileGraph.Compile([request], optimize: true, graph));

        Assert.Contains("Only.csproj", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_compile_in_the_tools_process_writes_the_bytes_csc_writes()
    {
        string shared = Project("Shared", "", "namespace Shared;\npublic static class Twice { public static int Of(int x) => 2 * x; }\n");
        string first = Project("First", ReferenceTo(shared), "namespace First;\npublic static class Entry { public static int Run() => Shared.Twice.Of(1); }\n");
        var request = new ImageCompileGraph.Request(first, Program: false);
        var assemblies = ImageCompileGraph.Compile([request], optimize: true, Path.Combine(root, "out"))[request];
        var files = assemblies.SelectMany(a => new[] { a, Path.ChangeExtension(a, ".pdb") }).ToList();
        var inProcess = files.ToDictionary(f => f, File.ReadAllBytes);
        files.ForEach(File.Delete);

        // The same target without the tool: MSBuild's Csc task starts csc, as a package consumer's build does.
        var csc = ProcessRunner.Run("dotnet", ["msbuild", first, "-nologo", "-t:MinixImageCompile", "-p:Configuration=Release", "-p:MinixImageOptimize=true",
            "-p:MinixRuntimeAssembly=" + ProjectImageCompiler.RuntimeAssembly,
            "-p:CustomAfterMicrosoftCommonTargets=" + Path.Combine(ProjectImageCompiler.ToolDirectory, "build", "Minix.Build.Inject.targets")]);

        Assert.True(csc.ExitCode == 0, csc.Output + csc.Error);
        Assert.All(files, f => Assert.True(inProcess[f].AsSpan().SequenceEqual(File.ReadAllBytes(f)), $"{f} differs from csc's"));
    }

    [Fact]
    public void A_reference_edited_compiles_again_what_uses_it()
    {
        string shared = Project("Shared", "", "namespace Shared;\npublic static class Twice { public static int Of(int x) => 2 * x; }\n");
        string first = Project("First", ReferenceTo(shared), "namespace First;\npublic static class Entry { public static int Run() => Shared.Twice.Of(1); }\n");
        string alone = Project("Alone", "", "namespace Alone;\npublic static class One { public static int Get() => 1; }\n");
        var requests = new[] { new ImageCompileGraph.Request(first, Program: false), new ImageCompileGraph.Request(alone, Program: false) };
        string graph = Path.Combine(root, "out");
        ImageCompileGraph.Compile(requests, optimize: true, graph);

        Edit("Shared", "Shared.cs", "namespace Shared;\npublic static class Twice { public static int Of(int x) => x + x; }\n");
        var heard = new Dictionary<string, bool>();
        ImageCompileGraph.Compile(requests, optimize: true, graph, (r, _, compiled) => { lock (heard) heard[Path.GetFileName(r.Project)] = compiled; });

        Assert.True(heard["First.csproj"], "First uses the edited Shared, so it compiles again");
        Assert.False(heard["Alone.csproj"], "Alone uses nothing that changed");
    }

    [Fact]
    public void The_image_compiles_the_language_the_host_build_compiles()
    {
        // C# 14: the field keyword and a null-conditional assignment, which a Roslyn older than the SDK's refuses.
        string project = Project("Newest", "", """
            namespace Newest;
            public sealed class Box
            {
                public int Twice { get => field; set => field = 2 * value; }
                public Box? Next { get; set; }
                public static void Fill(Box? box) => box?.Twice = 3;
            }

            """);
        var request = new ImageCompileGraph.Request(project, Program: false);

        var assemblies = ImageCompileGraph.Compile([request], optimize: true, Path.Combine(root, "out"))[request];

        Assert.True(File.Exists(assemblies[0]));
    }

    [Fact]
    public void An_error_in_a_reference_is_reported_once_and_what_uses_it_is_not_compiled()
    {
        string bad = Project("Bad", "", "namespace Bad;\n\npublic static class Broken\n{\n    public static int Two() => undefinedName;\n}\n");
        string user = Project("User", ReferenceTo(bad), "namespace User;\npublic static class Uses { public static int Run() => Bad.Broken.Two(); }\n");
        var request = new ImageCompileGraph.Request(user, Program: false);

        var e = Assert.Throws<ToolchainException>(() => ImageCompileGraph.Compile([request], optimize: true, Path.Combine(root, "out")));

        Assert.Single(e.Message.Split('\n'), l => l.Contains("CS0103", StringComparison.Ordinal));
        Assert.Contains($"Broken.cs(5,", e.Message, StringComparison.Ordinal);
        Assert.Contains($"[{bad}]", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Uses.cs", e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(root, "User", "obj", "Release", "net10.0", "minix", "User.dll")));
    }

    [Fact]
    public void A_compile_announced_before_its_reference_is_seen_as_out_of_order_and_a_run_references_first_mends_it()
    {
        string shared = Project("Shared", "", "namespace Shared;\npublic static class Twice { public static int Of(int x) => 2 * x; }\n");
        string first = Project("First", ReferenceTo(shared), "namespace First;\npublic static class Entry { public static int Run() => Shared.Twice.Of(1); }\n");
        string graph = Path.Combine(root, "out");
        var request = new ImageCompileGraph.Request(first, Program: false);
        var assemblies = ImageCompileGraph.Compile([request], optimize: true, graph)[request];
        var compiles = ImageCompileStamp.Read(Path.Combine(graph, "image-compile.stamp"), File.ReadAllText(Path.Combine(graph, "image-compile.proj")))!.Compiles;
        var user = Assert.Single(compiles, c => c.Project == first);
        var reference = Assert.Single(compiles, c => c.Project == shared);
        assemblies.ToList().ForEach(File.Delete);

        // The user first: it cannot find its reference's assembly, and the schedule says its order was wrong.
        using (var schedule = new ImageCompileSchedule())
        {
            schedule.Add(user);
            schedule.Add(reference);
            schedule.WaitQuietly();
            Assert.False(schedule.InOrder);
        }

        using (var schedule = new ImageCompileSchedule())
        {
            schedule.Add(reference);
            schedule.Add(user);
            schedule.Wait("unexpected");
            Assert.True(schedule.InOrder);
        }

        Assert.All(assemblies, a => Assert.True(File.Exists(a), a));
    }

    [Fact]
    public void A_line_msbuild_prints_announces_a_compile_only_in_its_own_form()
    {
        var compile = ImageCompileSchedule.FromLine("  minix-image-compile: /p/obj/minix/../minix/P.dll|/p/obj/minix/P.csc-args|/p/P.csproj|/sdk/Roslyn/bincore");

        Assert.Equal(new ImageCompileSchedule.Compile("/p/obj/minix/P.dll", "/p/obj/minix/P.csc-args", "/p/P.csproj", "/sdk/Roslyn/bincore"), compile);
        Assert.Null(ImageCompileSchedule.FromLine("  Restored /p/P.csproj (in 80 ms)."));
        Assert.Null(ImageCompileSchedule.FromLine("minix-image-compile: /p/P.dll|/p/P.csc-args|/p/P.csproj"));
        Assert.Null(ImageCompileSchedule.FromLine("minix-image-compile: /p/P.dll||/p/P.csproj|/sdk"));
    }

    [Fact]
    public void A_project_asked_for_twice_is_refused_before_msbuild_runs()
    {
        var request = new ImageCompileGraph.Request("/nowhere/A.csproj", Program: false);

        var e = Assert.Throws<ToolchainException>(() => ImageCompileGraph.Compile([request, request with { Program = true }], optimize: true, Path.GetTempPath()));

        Assert.Contains("/nowhere/A.csproj is asked for twice", e.Message, StringComparison.Ordinal);
    }

    // A project compiled twice: the first run restored it, newer than its own start; the second left the record to go by.
    private (string Project, ImageCompileGraph.Request Request, string Graph, string Assembly) OnlyProjectWithRecord()
    {
        string project = Project("Only", "", "namespace Only;\npublic static class One { public static int Get() => 1; }\n");
        var request = new ImageCompileGraph.Request(project, Program: false);
        string graph = Path.Combine(root, "out");
        ImageCompileGraph.Compile([request], optimize: true, graph);
        return (project, request, graph, ImageCompileGraph.Compile([request], optimize: true, graph)[request][0]);
    }

    // Newer than anything the last compile wrote, however coarse the file system's clock.
    private void Edit(string project, string file, string text)
    {
        File.WriteAllText(Path.Combine(root, project, file), text);
        File.SetLastWriteTimeUtc(Path.Combine(root, project, file), DateTime.UtcNow.AddSeconds(1));
    }

    private static string ReferenceTo(string project) => $"<ItemGroup><ProjectReference Include=\"{project}\" /></ItemGroup>";

    private string Project(string name, string items, string source)
    {
        string dir = Path.Combine(root, name);
        Directory.CreateDirectory(dir);
        string project = Path.Combine(dir, name + ".csproj");
        File.WriteAllText(project, string.Format(System.Globalization.CultureInfo.InvariantCulture, LibraryProject, items));
        File.WriteAllText(Path.Combine(dir, name switch { "Bad" => "Broken.cs", "Good" => "Fine.cs", "User" => "Uses.cs", _ => name + ".cs" }), source);
        return project;
    }
}
