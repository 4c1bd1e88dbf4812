using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Minix.DriverKit.Inventory;

namespace Minix.DriverKit.Analyzers.Tests;

public class ImageApiManifestTests
{
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
    public void The_manifest_is_the_public_api_of_the_image_runtime_as_built()
    {
        // ImageApi.txt is generated from Minix.Runtime.dll (ImageApiManifestWriter): a runtime that gained or lost an
        // API must come with the manifest written again, or the analyzer would warn about what the image has.
        string runtime = Directory.GetFiles(Repository.PathOf("libs", "Minix.Runtime", "bin"), "Minix.Runtime.dll", SearchOption.AllDirectories)
            .OrderByDescending(File.GetLastWriteTimeUtc).First();
        ImageApiManifest expected = ImageApiManifest.Parse(ImageApiManifestWriter.Write(runtime));
        Assert.Equal(expected.Ids.OrderBy(i => i, StringComparer.Ordinal), ImageApiManifest.Embedded.Ids.OrderBy(i => i, StringComparer.Ordinal));
    }

    [Fact]
    public void A_field_of_dotnet_is_admitted_by_the_image_runtimes_property_of_its_name()
    {
        ImageApiManifest manifest = ImageApiManifest.Parse("P:System.String.Empty\nF:System.IntPtr.Zero\n");
        Assert.True(manifest.AdmitsMember("F:System.String.Empty", "T:System.String"));
        Assert.True(manifest.AdmitsMember("P:System.IntPtr.Zero", "T:System.IntPtr"));
        Assert.False(manifest.AdmitsMember("M:System.String.Empty", "T:System.String"));
        Assert.False(manifest.AdmitsMember("F:System.String.Other", "T:System.String"));
    }
}
