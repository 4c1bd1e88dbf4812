using Microsoft.CodeAnalysis.Testing;

namespace Minix.DriverKit.Analyzers.Tests;

/// <summary>MINIX106 for an interface's events: subscribing calls the interface's accessor.</summary>
public class InterfaceEventTests
{
    [Fact]
    public async Task Subscribing_to_an_interface_event_is_MINIX106()
    {
        const string source = """
            interface IDevice
            {
                event System.Action Ready;
            }

            sealed class Disk : IDevice
            {
                public event System.Action? Ready;
            }

            static class Driver
            {
                static void OnReady() { }

                public static void Watch(IDevice device, Disk disk)
                {
                    {|#0:device.Ready|} += OnReady;
                    {|#1:device.Ready|} -= OnReady;
                    disk.Ready += OnReady;
                }
            }
            """;
        await new MinixAnalyzerTest<DispatchAnalyzer>(source)
            .Expect(
                new DiagnosticResult(Descriptors.InterfaceCall).WithLocation(0).WithArguments("Ready", "IDevice"),
                new DiagnosticResult(Descriptors.InterfaceCall).WithLocation(1).WithArguments("Ready", "IDevice"))
            .RunAsync();
    }
}
