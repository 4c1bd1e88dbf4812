using System.Linq;
using Minix.Docs.Checks;

namespace Minix.Docs.Tests;

/// <summary>The table check on fixture trees: named columns pass; an empty header row and an escaped pipe in code fail.</summary>
public sealed class TableCheckTests
{
    [Fact]
    public void A_table_with_named_columns_and_plain_code_passes()
    {
        using var docs = new FixtureDocs().Write("page.md", "# Page\n\n| option | does |\n|---|---|\n| `--accel` | `auto`, `kvm` or `tcg` |\n");

        Assert.Empty(TableCheck.Run(docs.Load()));
    }

    [Fact]
    public void An_empty_header_row_fails()
    {
        using var docs = new FixtureDocs().Write("page.md", "# Page\n\n| | |\n|---|---|\n| Id | MINIX001 |\n");

        DocIssue issue = Assert.Single(TableCheck.Run(docs.Load()));
        Assert.Equal(3, issue.Line);
        Assert.Contains("header row is empty", issue.Message);
    }

    [Fact]
    public void An_escaped_pipe_inside_code_in_a_cell_fails()
    {
        using var docs = new FixtureDocs().Write("page.md", "# Page\n\n| option | does |\n|---|---|\n| `--accel auto\\|kvm\\|tcg` | acceleration |\n");

        DocIssue issue = Assert.Single(TableCheck.Run(docs.Load()));
        Assert.Equal(5, issue.Line);
        Assert.Contains("renders with its backslash", issue.Message);
    }
}
