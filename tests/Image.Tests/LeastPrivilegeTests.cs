using System.Globalization;
using System.Text.RegularExpressions;
using Minix.DriverKit.Testing;
using Minix.Kernel.Configuration;

namespace Image.Tests;

/// <summary>
/// Least privilege, checked on what really runs: the printer driver built for user mode holds no instruction only
/// ring 0 may execute and no kernel address, and in QEMU every port it asks the kernel for lies inside its
/// system.conf entry.
/// </summary>
[Collection(SampleImageCollection.Name)]
public partial class LeastPrivilegeTests(SystemImageFixture system)
{
    [Fact]
    public void The_printer_built_for_user_mode_holds_no_ring0_instruction_and_no_kernel_address()
    {
        var printer = system.Image.Modules.Single(m => m.Name == "printer").Image;
        Assert.True(printer.Symbols.Entries.Count(e => e.Kind == Minix.Build.Linking.SymbolKind.Function) > 100, "the printer's map lists its functions");

        List<string> findings = PrivilegedCode.Find(printer, system.Image.Kernel);
        Assert.True(findings.Count == 0, string.Join("\n", findings));
        // Nothing of the kernel's own code is linked into the driver: only the kernel-call wrappers (Minix.Kernel.Calls).
        Assert.DoesNotContain(printer.Symbols.Entries, e => KernelInternals().IsMatch(e.Name));
    }

    [Fact]
    public void In_QEMU_every_port_the_printer_driver_asks_for_lies_inside_its_system_conf_entry()
    {
        ServiceConfig conf = SystemConfReader.ReadFile(RepositoryRoot.Combine("samples", "drivers", "Printer", "system.conf")).Single(s => s.Name == "printer");
        var (run, printed) = system.Boot("console=com1 halt.after=lpr trace=printer");
        Assert.Contains("log: lpr: done, 256 bytes, 0 retries", run.Output);

        var accesses = new List<(int Port, int Width)>();
        foreach (string e in DriverTraceLog.Normalized(DriverTraceLog.Lines(run.Output), "printer"))
        {
            Match m = PortAccess().Match(e);
            if (!m.Success)
                continue;
            Assert.DoesNotMatch(@"-> E[A-Z]+$", e);
            int width = m.Groups["width"].Value switch { "b" => 1, "w" => 2, _ => 4 };
            foreach (Capture port in m.Groups["port"].Captures)
                accesses.Add((int.Parse(port.Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture), width));
        }

        // At least one status read or data write per printed byte went through the kernel.
        Assert.True(accesses.Count >= printed.Length, $"{accesses.Count} port accesses for {printed.Length} bytes printed");
        Assert.All(accesses, a => Assert.True(conf.Io.Any(r => r.Contains(a.Port, a.Width)), $"port 0x{a.Port:x} is outside io {string.Join(' ', conf.Io)}"));
    }

    [GeneratedRegex(@"^Minix_Kernel_(Core|Arch|Image|Boot)_")]
    private static partial Regex KernelInternals();

    // "DEVIO in b 0x379 -> 0xdf", "DEVIO out b 0x378 0x41 -> OK", "VDEVIO out b 0x378:0x41 0x37a:0x0d -> OK",
    // and a string call to one port, "VDEVIO out b 0x378 x16 -> OK"
    [GeneratedRegex(@"^(?:DEVIO (?:in|out) (?<width>[bwl]) 0x(?<port>[0-9a-f]+)|VDEVIO (?:in|out) (?<width>[bwl])(?:(?: 0x(?<port>[0-9a-f]+):0x[0-9a-f]+)+| 0x(?<port>[0-9a-f]+) x\d+))")]
    private static partial Regex PortAccess();
}
