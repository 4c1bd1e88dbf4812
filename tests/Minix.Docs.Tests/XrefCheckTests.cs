using System.Linq;
using Minix.Docs.Checks;

namespace Minix.Docs.Tests;

/// <summary>The cross-reference check on fixture trees, with the real API's UIDs.</summary>
public sealed class XrefCheckTests
{
    private static UidIndex Api => RealDocs.Instance.Uids;

    [Fact]
    public void RealSymbolsPageUidsAndBaseLibraryTypesPass()
    {
        using var docs = new FixtureDocs()
            .Write("other.md", "---\nuid: other-page\n---\n# Other\n")
            .Write("page.md", "# Page\n\n<xref:Minix.Ipc.Message> [m](xref:Minix.Ipc.Message.Payload``1) @Minix.Ipc.Endpoint, " +
                              "[c](xref:Minix.Ipc.Endpoint.Create(System.Int32,System.Int32)) [o](xref:Minix.Kernel.Grants.GrantCheck.Verify*) " +
                              "<xref:Minix.Kernel.Calls> [p](xref:other-page) <xref:System.Span`1> mail me at a@b.org\n")
            .Write("toc.yml", "- name: Page\n  href: page.md\n- name: Other\n  href: other.md\n- name: Message\n  uid: Minix.Ipc.Message\n");

        Assert.Empty(XrefCheck.Run(docs.Load(), Api));
    }

    [Fact]
    public void BadXrefFailsInEachSyntax()
    {
        using var docs = new FixtureDocs().Write(
            "page.md",
            "# Page\n\n<xref:Minix.Ipc.Mesage>\n\n[m](xref:Minix.Ipc.Message.NoSuchMember)\n\nSee @Minix.Ipc.NoSuchType.\n");

        var issues = XrefCheck.Run(docs.Load(), Api).ToList();
        Assert.Equal(3, issues.Count);
        Assert.Equal([3, 5, 7], issues.Select(i => i.Line).Order());
        Assert.All(issues, i => Assert.Contains("names no public API symbol", i.Message));
    }

    [Fact]
    public void BadUidInTocFails()
    {
        using var docs = new FixtureDocs().Write("page.md", "# Page\n").Write("toc.yml", "- name: Page\n  href: page.md\n- name: Gone\n  uid: Minix.Gone\n");

        Assert.Equal("toc.yml", Assert.Single(XrefCheck.Run(docs.Load(), Api)).File);
    }

    [Fact]
    public void DuplicatePageUidFails()
    {
        using var docs = new FixtureDocs()
            .Write("page.md", "---\nuid: same\n---\n# Page\n")
            .Write("other.md", "---\nuid: same\n---\n# Other\n");

        Assert.Contains("already the uid", Assert.Single(XrefCheck.Run(docs.Load(), Api)).Message);
    }

    [Theory]
    [InlineData("see @Minix.Ipc.Message.", "Minix.Ipc.Message")]
    [InlineData("(@Minix.Ipc.Endpoint)", "Minix.Ipc.Endpoint")]
    [InlineData("@\"Some uid\" here", "Some uid")]
    public void ShorthandReferencesAreFound(string text, string uid) => Assert.Equal(uid, Assert.Single(AtReferenceSyntax.Find(text)));

    [Theory]
    [InlineData("mail a@b.org")]
    [InlineData("an @ sign")]
    [InlineData("@1abc")]
    public void ProseIsNotTakenForReferences(string text) => Assert.Empty(AtReferenceSyntax.Find(text));
}
