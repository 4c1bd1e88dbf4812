using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Minix.Docs.Checks;
using Minix.Kernel.Calls;

namespace Minix.Docs.Tests;

/// <summary>
/// Pages whose text states facts about the code, checked against the code so they cannot go stale: the API index,
/// the fault kinds, what a user program may call, and the two diagrams.
/// </summary>
public sealed partial class PageContentTests
{
    private static RealDocs Docs => RealDocs.Instance;

    private static string Page(string path) => File.ReadAllText(Path.Combine(Docs.DocsRoot, path));

    [Fact]
    public void The_api_index_names_every_namespace_that_has_public_types()
    {
        string index = Page("api/index.md");
        var named = XrefNamespace().Matches(index).Select(m => m.Groups["uid"].Value).ToHashSet(StringComparer.Ordinal);

        var missing = Docs.Api.Namespaces.Where(ns => !named.Contains(ns)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "docs/api/index.md does not name: " + string.Join(", ", missing));
        Assert.DoesNotContain("do not yet expose", index, StringComparison.Ordinal);
    }

    [Fact]
    public void The_debugging_page_maps_every_fault_kind_to_its_name_and_number()
    {
        string debugging = Page("articles/debugging.md");

        for (int kind = 1; kind < RuntimeFaultKind.Count; kind++)
        {
            string name = System.Text.Encoding.UTF8.GetString(RuntimeFaultKind.Name(kind));
            Assert.Matches(@"(?m)^\| `" + name + @"` \| " + kind + @" \|", debugging);
        }
    }

    [Fact]
    public void The_privileges_page_names_every_kernel_call_a_user_program_may_make()
    {
        string privileges = Page("articles/privileges-and-system-conf.md");

        foreach (KernelCall call in Enum.GetValues<KernelCall>().Where(c => KernelCallMask.Allows(KernelCallMask.User, (int)c)))
            Assert.Contains("`" + call.ToString().ToUpperInvariant() + "`", privileges, StringComparison.Ordinal);
    }

    [Fact]
    public void The_home_page_diagram_marks_as_planned_exactly_what_the_repository_does_not_have_yet()
    {
        XDocument svg = XDocument.Load(Path.Combine(Docs.DocsRoot, "images", "architecture-layers.svg"));
        // Each component the OS layer adds, and where it lives once it exists.
        var components = new Dictionary<string, string>
        {
            ["PM"] = "libs/Minix.Servers/Pm",
            ["VFS"] = "libs/Minix.Servers/Vfs",
            ["TTY"] = "libs/Minix.Servers/Tty",
            ["init"] = "commands/init",
            ["sh"] = "commands/sh",
            // The PC keyboard is a device of the terminal server, as in MINIX.
            ["keyboard"] = "libs/Minix.Servers/Tty/PcKeyboard.cs",
        };

        foreach (var (label, home) in components)
        {
            XElement text = Assert.Single(svg.Descendants(), e => e.Name.LocalName == "text" && e.Value == label);
            bool planned = text.AncestorsAndSelf().Any(e => (string?)e.Attribute("class") == "planned");
            bool exists = Directory.Exists(Path.Combine(Docs.RepoRoot, home)) || File.Exists(Path.Combine(Docs.RepoRoot, home));
            Assert.True(planned != exists, exists
                ? $"{label} exists ({home}): the home page's diagram still draws it as planned"
                : $"{label} does not exist yet ({home}): the home page's diagram must draw it as planned (class=\"planned\")");
        }
    }

    [Fact]
    public void The_boot_image_diagram_shows_the_sample_images_processes_and_no_plans()
    {
        string svg = File.ReadAllText(Path.Combine(Docs.DocsRoot, "images", "boot-image.svg"));
        XDocument project = XDocument.Load(Path.Combine(Docs.RepoRoot, "samples", "DriverImage", "Image.csproj"));

        var names = project.Descendants("MinixProcess").Select(p => (string)p.Attribute("Name")!).ToList();
        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.Matches(@"\b" + name + @"\b", svg));
        Assert.DoesNotContain("planned", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_the_kernel_names_only_files_that_exist()
    {
        string page = Page("articles/reading-the-kernel.md");
        string kernel = Path.Combine(Docs.RepoRoot, "libs", "Minix.Kernel");
        var rows = page.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToList();
        Assert.True(rows.Count >= 15, "the page's file table is missing");

        foreach (string row in rows)
        {
            string ours = row.Split('|')[3];
            foreach (Match file in CodeFile().Matches(ours))
            {
                string path = file.Groups["path"].Value;
                string full = path.StartsWith("libs/", StringComparison.Ordinal) ? Path.Combine(Docs.RepoRoot, path) : Path.Combine(kernel, path);
                bool exists = path.Contains('*')
                    ? Directory.GetFiles(Path.GetDirectoryName(full)!, Path.GetFileName(full)).Length > 0
                    : File.Exists(full) || Directory.Exists(full);
                Assert.True(exists, $"docs/articles/reading-the-kernel.md names {path}, which does not exist");
            }
        }
    }

    [Fact]
    public void The_servers_package_description_names_the_servers_it_has_and_no_other()
    {
        string description = Description("libs/Minix.Servers/Minix.Servers.csproj");
        var servers = new Dictionary<string, string>
        {
            ["reincarnation server"] = "ReincarnationServer",
            ["data store"] = "DataStoreServer",
            ["log server"] = "LogServer",
            ["process manager"] = "ProcessManager",
            ["virtual file system"] = "VirtualFileSystem",
            ["MINIX v3 file server"] = "FileServer",
            ["terminal"] = "TerminalServer",
        };
        string sources = string.Concat(Directory.GetFiles(Path.Combine(Docs.RepoRoot, "libs", "Minix.Servers"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal)).Select(File.ReadAllText));

        foreach (var (words, type) in servers)
        {
            bool exists = Regex.IsMatch(sources, @"\bclass " + type + @"\b");
            Assert.True(description.Contains(words, StringComparison.OrdinalIgnoreCase) == exists,
                exists ? $"Minix.Servers has {type}, but its package description does not name the {words}" : $"Minix.Servers' package description names a {words}, which it does not have");
        }
    }

    [Fact]
    public void The_tool_package_description_names_every_command_of_the_tool()
    {
        string description = Description("tools/minix/minix.csproj");
        var commands = Directory.GetFiles(Path.Combine(Docs.RepoRoot, "tools", "minix"), "*.cs")
            .SelectMany(f => ToolCommand().Matches(File.ReadAllText(f)).Select(m => m.Groups["name"].Value))
            .ToList();

        Assert.NotEmpty(commands);
        Assert.All(commands, c => Assert.Contains("minix " + c, description, StringComparison.Ordinal));
    }

    private static string Description(string project) =>
        XDocument.Load(Path.Combine(Docs.RepoRoot, project)).Descendants("Description").Single().Value;

    [GeneratedRegex(@"new Command\(""(?<name>[a-z]+)""")]
    private static partial Regex ToolCommand();

    [GeneratedRegex(@"`(?<path>[\w./*]+(\.cs|/))`")]
    private static partial Regex CodeFile();

    [GeneratedRegex(@"<xref:(?<uid>[A-Za-z][\w.]*)>")]
    private static partial Regex XrefNamespace();
}
