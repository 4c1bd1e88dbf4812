using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Minix.DriverKit.Inventory;

namespace Minix.DriverKit.Analyzers.Tests;

public class ImageApiManifestTests
{
    [Fact]
    public void Every_id_of_the_seed_manifest_names_a_real_framework_symbol()
    {
        CSharpCompilation compilation = CSharpCompilation.Create("Probe", references: TestReferences.Net100References);
        ImageApiManifest manifest = ImageApiManifest.Embedded;

        Assert.True(manifest.Count > 200, "the manifest was not embedded");
        var unknown = manifest.Ids.Where(id => !Resolves(id, compilation)).ToList();
        Assert.True(unknown.Count == 0, string.Join("\n", unknown));
    }

    // Roslyn cannot look up renamed indexers (String.Chars) by id, so a miss is retried among the type's members.
    private static bool Resolves(string id, Compilation compilation)
    {
        if (DocumentationCommentId.GetFirstSymbolForDeclarationId(id, compilation) != null)
            return true;
        int paren = id.IndexOf('(');
        string name = paren < 0 ? id : id.Substring(0, paren);
        string typeId = "T:" + name.Substring(2, name.LastIndexOf('.') - 2);
        return DocumentationCommentId.GetFirstSymbolForDeclarationId(typeId, compilation) is INamedTypeSymbol type
            && type.GetMembers().Any(m => m.GetDocumentationCommentId() == id);
    }

    [Fact]
    public void The_manifest_format_admits_members_by_id_or_whole_types()
    {
        ImageApiManifest manifest = ImageApiManifest.Parse("""
            # a comment
            T:System.Object
            M:System.Object.#ctor   # constructors keep their '#'
            T:System.Span`1 *
            """);
        Assert.True(manifest.Contains("M:System.Object.#ctor"));
        Assert.True(manifest.AdmitsMember("M:System.Span`1.Slice(System.Int32)", "T:System.Span`1"));
        Assert.False(manifest.AdmitsMember("M:System.Object.GetType", "T:System.Object"));
        Assert.True(manifest.AdmitsAllMembersOf("T:System.Span`1"));
        Assert.Equal(3, manifest.Count);
    }

    [Fact]
    public void A_manifest_written_from_an_assembly_lists_its_public_api()
    {
        string text = ImageApiManifestWriter.Write(typeof(Minix.Ipc.Endpoint).Assembly.Location);
        ImageApiManifest manifest = ImageApiManifest.Parse(text);

        Assert.True(manifest.Contains("T:Minix.Ipc.Endpoint"));
        Assert.True(manifest.Contains("P:Minix.Ipc.Endpoint.DataStore"));
        Assert.True(manifest.Contains("M:Minix.Ipc.Messaging.SendRec(Minix.Ipc.Endpoint,Minix.Ipc.Message@)"));
        Assert.DoesNotContain(manifest.Ids, id => id.Contains("IpcTrap", StringComparison.Ordinal) && !id.StartsWith("T:", StringComparison.Ordinal) && id.Contains("Current", StringComparison.Ordinal));
    }

    [Fact]
    public void Once_Minix_Runtime_is_built_the_manifest_is_its_public_api()
    {
        // Until the image runtime exists the hand-written seed stands; once libs/Minix.Runtime builds, the manifest
        // must be regenerated from it (ImageApiManifestWriter) and kept equal.
        string[] built = Directory.Exists(Repository.PathOf("libs", "Minix.Runtime", "bin"))
            ? Directory.GetFiles(Repository.PathOf("libs", "Minix.Runtime", "bin"), "Minix.Runtime.dll", SearchOption.AllDirectories)
            : Array.Empty<string>();
        if (built.Length == 0 || !File.ReadAllText(Repository.PathOf("libs", "Minix.DriverKit.Analyzers", "OnImage", "ImageApi.txt")).Contains("generated from", StringComparison.Ordinal))
            return;

        ImageApiManifest expected = ImageApiManifest.Parse(ImageApiManifestWriter.Write(built[0]));
        Assert.Equal(expected.Ids.OrderBy(i => i, StringComparer.Ordinal), ImageApiManifest.Embedded.Ids.OrderBy(i => i, StringComparer.Ordinal));
    }
}
