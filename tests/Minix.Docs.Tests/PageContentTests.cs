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
            ["keyboard"] = "samples/drivers/Keyboard",
        };

        foreach (var (label, home) in components)
        {
            XElement text = Assert.Single(svg.Descendants(), e => e.Name.LocalName == "text" && e.Value == label);
            bool planned = text.AncestorsAndSelf().Any(e => (string?)e.Attribute("class") == "planned");
            bool exists = Directory.Exists(Path.Combine(Docs.RepoRoot, home));
            Assert.True(planned != exists, exists
                ? $"{label} exists ({home}): the home page's diagram still draws it as planned"
                : $"{label} does not exist yet ({home}): the home page's diagram must draw it as planned (class=\"planned\")");
        }
    }

    [Fact]
    public void The_boot_image_diagram_shows_the_sample_images_processes_and_no_plans()
    {
        string svg = File.ReadAllText(Path.Combine(Docs.DocsRoot, "images", "boot-image.svg"));
        XDocument project = XDocument.Load(Path.Combine(Docs.RepoRoot, "samples", "Image", "Image.csproj"));

        var names = project.Descendants("MinixProcess").Select(p => (string)p.Attribute("Name")!).ToList();
        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.Matches(@"\b" + name + @"\b", svg));
        Assert.DoesNotContain("planned", svg, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"<xref:(?<uid>[A-Za-z][\w.]*)>")]
    private static partial Regex XrefNamespace();
}
