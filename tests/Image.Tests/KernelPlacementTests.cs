namespace Image.Tests;

/// <summary>
/// The paper's comparison: the same driver built from the same source, placed in the kernel (ring 0, the kernel's
/// address space, kernel calls as plain calls). It works, but the bugs that only restart it in user mode now take
/// the whole system down.
/// </summary>
public class KernelPlacementTests(KernelPlacedPrinterFixture system) : IClassFixture<KernelPlacedPrinterFixture>
{
    [Fact]
    public void The_printer_placed_in_the_kernel_prints_the_document()
    {
        var (run, printed) = system.Boot("console=com1 halt.after=lpr");
        Assert.Contains("log: lpr: done, 256 bytes, 0 retries", run.Output);
        Assert.EndsWith("-- end of document --\n", printed);
        Assert.Equal(0, run.GuestStatus);
    }

    [Fact]
    public void Placed_in_the_kernel_the_same_printer_source_calls_straight_into_the_kernel()
    {
        // The other side of the least-privilege check on the user-mode build (LeastPrivilegeTests): the same scan
        // finds, here, the kernel-call stub jumping to a kernel address instead of trapping.
        var printer = system.Image.Modules.Single(m => m.Name == "printer").Image;
        List<string> findings = PrivilegedCode.Find(printer, system.Image.Kernel);
        Assert.Contains(findings, f => f.StartsWith("minix_kernel_call_trap+", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("null", "kernel panic: page fault in ring 0", "address 0x8", @"  in Minix\.DriverKit\.Misbehave\.Perform \(Misbehave\.cs:\d+\)")]
    [InlineData("wild", "kernel panic: page fault in ring 0", "address 0x7fffdead0000", @"  in Minix\.DriverKit\.Misbehave\.WildWrite \(Misbehave\.Image\.cs:\d+\)")]
    [InlineData("illegal", "kernel panic: invalid opcode in ring 0", "error 0x0", @"(?s)  in minix_cpu_ud2\n.*\n  called from Minix\.DriverKit\.Misbehave\.\w+ \(Misbehave(\.Image)?\.cs:\d+\)")]
    public void A_cpu_exception_in_the_printer_placed_in_the_kernel_is_a_kernel_panic_naming_the_method_and_line(string misbehaviour, string panic, string detail, string where)
    {
        var (run, _) = system.Boot("console=com1 halt.after=lpr lpr.misbehave=" + misbehaviour);
        Assert.Contains(panic, run.Output);
        Assert.Contains(detail, run.Output);
        Assert.Matches(where, run.Output);
        Assert.Matches(@"  rax 0x[0-9a-f]+ rbx", run.Output);
        Assert.DoesNotContain("lpr: done", run.Output);
        Assert.Equal(3, run.GuestStatus);
    }

    [Theory]
    [InlineData("panic", "kernel: printer (endpoint 8) panicked")]
    [InlineData("loop", "rs: printer missed its heartbeat for two periods; killing it")]
    public void A_throw_or_an_endless_loop_in_the_printer_placed_in_the_kernel_ends_in_a_kernel_panic(string misbehaviour, string before)
    {
        var (run, _) = system.Boot("console=com1 halt.after=lpr lpr.misbehave=" + misbehaviour);
        Assert.Contains(before, run.Output);
        Assert.Contains("kernel panic: a driver in kernel placement failed", run.Output);
        Assert.Equal(3, run.GuestStatus);
    }
}
