using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Minix.DriverKit.Testing;
using Minix.DriverKit.Testing.Devices;
using Minix.Ipc;
using Minix.Kernel;
using Minix.Kernel.Grants;
using Minix.Samples.Printer;
using Minix.Tests.Shared;

namespace Minix.DriverKit.Tests;

/// <summary>The printer driver against the simulated parallel port.</summary>
public class PrinterDriverTests
{
    private static (SimulatedSystem Sim, ParallelPort Port) Boot(Action client, bool trace = false)
    {
        var sim = new SimulatedSystem(new SimulationOptions { Trace = trace, Seed = SampleSystem.Seed });
        sim.Boot(SampleSystem.ImageConf, SampleSystem.Service(SampleSystem.PrinterSlot, "printer", () => new PrinterDriver().Run()), SampleSystem.User(SampleSystem.UserSlot, "client", client));
        return (sim, sim.AddDevice(new ParallelPort()));
    }

    private static long Print(ReadOnlySpan<byte> text, GrantTable grants, ref DeviceClient printer)
    {
        byte[] buffer = PinnedMemory.Allocate(text.Length);
        text.CopyTo(buffer);
        GrantId grant = grants.Grant(printer.Driver, buffer, GrantFlags.Read);
        long result = printer.Write(0, 0, grant, text.Length);
        grants.Revoke(grant);
        return result;
    }

    [Fact]
    public void The_printer_driver_prints_byte_by_byte_waiting_for_each_acknowledge_interrupt()
    {
        long result = 0;
        bool done = false;
        var (sim, port) = Boot(() =>
        {
            var printer = SampleSystem.OpenDevice(SampleSystem.PrinterSlot, DeviceAccess.Write, out GrantTable grants);
            result = Print("Hello, printer!\n"u8, grants, ref printer);
            done = true;
        }, trace: true);
        using (sim)
        {
            sim.RunUntil(() => done);
            Assert.Equal(16, result);
            Assert.Equal("Hello, printer!\n", port.PrintedText);
            Assert.Equal(16, sim.Trace.Count(e => e.Kind == TraceKind.Interrupt && e.Operation == "IRQ 7"));
            Assert.Empty(sim.Bus.Unclaimed);
        }
    }

    [Fact]
    public void Paper_out_is_reported_as_EIO_and_the_status_ioctl_shows_it()
    {
        long write = 0, status = 0;
        bool done = false;
        var (sim, port) = Boot(() =>
        {
            var printer = SampleSystem.OpenDevice(SampleSystem.PrinterSlot, DeviceAccess.Write, out GrantTable grants);
            write = Print("x"u8, grants, ref printer);
            status = printer.Ioctl(0, PrinterDriver.IoctlGetStatus, 0);
            done = true;
        });
        port.OutOfPaper = true;
        using (sim)
        {
            sim.RunUntil(() => done);
            Assert.Equal((long)Status.IoError, write);
            Assert.Equal(0x20, status & 0x20);
            Assert.Equal("", port.PrintedText);
        }
    }

    [Fact]
    public void The_printer_driver_touches_only_the_ports_of_its_system_conf_entry_and_no_kernel_symbol()
    {
        bool done = false;
        var (sim, port) = Boot(() =>
        {
            var printer = SampleSystem.OpenDevice(SampleSystem.PrinterSlot, DeviceAccess.Write, out GrantTable grants);
            Print("abc"u8, grants, ref printer);
            printer.Ioctl(0, PrinterDriver.IoctlGetStatus, 0);
            done = true;
        }, trace: true);
        using (sim)
        {
            sim.RunUntil(() => done);
            var io = sim.Trace.Where(e => e.Process == "printer" && (e.Operation == "DEVIO" || e.Operation == "VDEVIO")).ToList();
            Assert.NotEmpty(io);
            Assert.All(io, e => Assert.Equal(Status.Ok, e.Result));
            Assert.Empty(sim.Bus.Unclaimed);
        }

        // Statically: nothing the driver's assembly references is kernel-internal (category A), and its port
        // constants lie inside io 378:4.
        Assembly printerAssembly = typeof(PrinterDriver).Assembly;
        using var reader = new PEReader(File.OpenRead(printerAssembly.Location));
        MetadataReader metadata = reader.GetMetadataReader();
        var referenced = metadata.TypeReferences
            .Select(h => metadata.GetTypeReference(h))
            .Select(t => metadata.GetString(t.Namespace) + "." + metadata.GetString(t.Name))
            .ToList();
        Assert.DoesNotContain(referenced, n => n.StartsWith("Minix.Kernel.Core.", StringComparison.Ordinal) || n.StartsWith("Minix.Kernel.Arch.", StringComparison.Ordinal));
        Assembly kernel = typeof(KernelInternalAttribute).Assembly;
        foreach (string name in referenced.Where(n => n.StartsWith("Minix.Kernel.", StringComparison.Ordinal)))
        {
            Type? type = kernel.GetType(name);
            Assert.True(type is null || type.GetCustomAttribute<KernelInternalAttribute>() is null, name + " is kernel-internal");
        }

        foreach (ushort p in new[] { PrinterDriver.DataPort, PrinterDriver.StatusPort, PrinterDriver.ControlPort })
            Assert.InRange(p, 0x378, 0x37B);
    }

    [Fact]
    public void A_printer_that_never_acknowledges_makes_the_write_time_out_after_the_alarm()
    {
        long result = 0;
        bool done = false;
        var (sim, port) = Boot(() =>
        {
            var printer = SampleSystem.OpenDevice(SampleSystem.PrinterSlot, DeviceAccess.Write, out GrantTable grants);
            result = Print("lost"u8, grants, ref printer);
            done = true;
        });
        port.Acknowledges = false;
        using (sim)
        {
            sim.RunUntil(() => done);
            Assert.Equal((long)Status.TimedOut, result);
            Assert.Equal("l", port.PrintedText); // the first byte went out; its acknowledge never came
            Assert.True(sim.Kernel.Uptime >= PrinterDriver.AckTimeoutTicks);
        }
    }

    [Fact]
    public void A_second_job_while_one_prints_is_answered_busy()
    {
        long first = 0, second = 0;
        bool printing = false, firstDone = false, secondDone = false;
        var sim = new SimulatedSystem(new SimulationOptions { Trace = false, Seed = SampleSystem.Seed });
        sim.Boot(SampleSystem.ImageConf,
            SampleSystem.Service(SampleSystem.PrinterSlot, "printer", () => new PrinterDriver().Run()),
            SampleSystem.User(SampleSystem.UserSlot, "first", () =>
            {
                var printer = SampleSystem.OpenDevice(SampleSystem.PrinterSlot, DeviceAccess.Write, out GrantTable grants);
                printing = true;
                first = Print("slow job"u8, grants, ref printer);
                firstDone = true;
            }),
            SampleSystem.User(SampleSystem.DevCheckSlot, "second", () =>
            {
                var printer = SampleSystem.OpenDevice(SampleSystem.PrinterSlot, DeviceAccess.Write, out GrantTable grants);
                while (!printing)
                    printer.Ioctl(0, PrinterDriver.IoctlGetStatus, 0);
                second = Print("x"u8, grants, ref printer);
                secondDone = true;
            }));
        var port = sim.AddDevice(new ParallelPort());
        port.Acknowledges = false; // the first job hangs on its first byte until the alarm
        using (sim)
        {
            sim.RunUntil(() => firstDone && secondDone);
            Assert.Equal((long)Status.Busy, second);
            Assert.Equal((long)Status.TimedOut, first);
        }
    }

    [Fact]
    public void Only_minor_zero_exists_and_unknown_ioctls_are_refused()
    {
        var results = new List<long>();
        bool done = false;
        var (sim, _) = Boot(() =>
        {
            var printer = DeviceClient.Character(new Endpoint(SampleSystem.PrinterSlot));
            results.Add(printer.Open(3, DeviceAccess.Write));
            results.Add(printer.Open(0, DeviceAccess.Write));
            results.Add(printer.Ioctl(0, 9, 0));
            results.Add(printer.Ioctl(0, PrinterDriver.IoctlGetStatus, 0) & 0x80);
            done = true;
        });
        using (sim)
        {
            sim.RunUntil(() => done);
            Assert.Equal(new long[] { (long)Status.NoSuchDevice, 0, (long)Status.BadRequest, 0x80 }, results);
        }
    }
}
