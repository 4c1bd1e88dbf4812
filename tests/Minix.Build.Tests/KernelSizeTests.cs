using Minix.Build.Stats;

namespace Minix.Build.Tests;

/// <summary>The kernel stays small: at most 3,000 lines (the paper: under 4,000), counted as MINIX's claim counts.</summary>
public sealed class KernelSizeTests
{
    [Fact]
    public void The_kernel_is_at_most_three_thousand_lines()
    {
        var (files, total) = KernelSourceStats.Count(Path.Combine(RepoPaths.Root, "libs", "Minix.Kernel"));
        Assert.True(total <= 3000, $"the kernel has {total} lines; the biggest files: " + string.Join(", ", files.OrderByDescending(f => f.Lines).Take(5)));
        Assert.Contains(files, f => f.File == "Core/Microkernel.Ipc.cs");
        Assert.Contains(files, f => f.File == "Host/Arch/KernelEntryCode.cs");
        Assert.DoesNotContain(files, f => f.File.StartsWith("Calls/", StringComparison.Ordinal));
    }

    [Fact]
    public void Blank_lines_and_comments_do_not_count()
    {
        const string text = """
            // a comment
            /// <summary>docs</summary>
            int a = 1; // trailing comments do not hide code

            /* a block
               comment */ int b = 2;
            /* one line */
            """;
        Assert.Equal(2, SourceLineCounter.Count(text));
    }
}
