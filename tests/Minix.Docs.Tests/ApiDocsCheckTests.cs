using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Minix.Docs.Checks;

namespace Minix.Docs.Tests;

/// <summary>The API surface reader and the XML-docs check, on small libraries compiled in memory.</summary>
public sealed class ApiDocsCheckTests
{
    private static ApiSurface Surface(string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(documentationMode: DocumentationMode.Diagnose));
        var compilation = CSharpCompilation.Create("Fake.Lib", [tree], CompilationReferences.Platform(), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        return ApiSurface.From([compilation.Assembly]);
    }

    [Fact]
    public void DocumentedApiPasses()
    {
        ApiSurface api = Surface("""
            namespace Fake;
            /// <summary>A type.</summary>
            public sealed class Thing
            {
                /// <summary>Makes one.</summary>
                public Thing() { }
                /// <summary>A number.</summary>
                public int Number => 1;
                /// <inheritdoc/>
                public override string ToString() => "thing";
                internal void Hidden() { }
            }
            """);

        Assert.Empty(ApiDocsCheck.Run(api));
        Assert.Contains("Fake.Thing", api.Uids);
        Assert.Contains("Fake.Thing.#ctor", api.Uids);
        Assert.Contains("Fake.Thing.#ctor*", api.Uids);
        Assert.Contains("Fake.Thing.Number", api.Uids);
        Assert.Contains("Fake", api.Uids);
        Assert.DoesNotContain(api.Uids, u => u.Contains("Hidden"));
    }

    [Fact]
    public void UndocumentedOrEmptyDocsFail()
    {
        ApiSurface api = Surface("""
            namespace Fake;
            /// <summary>A type.</summary>
            public static class Thing
            {
                public static int NoDocs() => 1;
                /// <summary> </summary>
                public static int EmptyDocs() => 2;
            }
            """);

        var issues = ApiDocsCheck.Run(api).Select(i => i.Message).ToList();
        Assert.Equal(2, issues.Count);
        Assert.Contains(issues, m => m.StartsWith("Fake.Thing.NoDocs"));
        Assert.Contains(issues, m => m.StartsWith("Fake.Thing.EmptyDocs"));
    }

    [Fact]
    public void RealLibrariesExposeTheirUids()
    {
        var uids = RealDocs.Instance.Api.Uids;
        Assert.Contains("Minix.Ipc.Message", uids);
        Assert.Contains("Minix.Ipc.Message.Payload``1", uids);
        Assert.Contains("Minix.Kernel.Grants.GrantCheck.Verify*", uids);
        Assert.Contains("Minix.Kernel.Configuration", uids);
        Assert.Contains("Minix", uids);
        Assert.Contains("Minix.Ipc.Message.Create*", uids);
        Assert.DoesNotContain("Minix.Ipc.Message.Create``1*", uids);
    }
}
