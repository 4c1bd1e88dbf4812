using Minix.DriverKit.Testing;
using Minix.DriverKit.Testing.Devices;
using Minix.Ipc;
using Minix.Kernel.Grants;
using Minix.Tests.Shared;

namespace Minix.DriverKit.Tests;

/// <summary>The character-driver protocol end to end: a user program talks to <see cref="EchoDriver"/> through the kernel.</summary>
public class CharacterDriverProtocolTests
{
    private readonly EchoDriver.Probe _probe = new();

    [Fact]
    public void Open_write_read_ioctl_and_close_go_through_grants()
    {
        var results = new List<long>();
        byte[] readBack = new byte[0];
        bool done = false;
        using var sim = Systems.Standalone(_probe, SampleSystem.User(Systems.ClientSlot, "client", () =>
        {
            var grants = new GrantTable(4);
            grants.Register();
            byte[] buffer = PinnedMemory.Allocate(32);
            "hello, driver"u8.CopyTo(buffer);
            var echo = DeviceClient.Character(new Endpoint(Systems.EchoSlot));
            results.Add(echo.Open(0, DeviceAccess.Read | DeviceAccess.Write));
            GrantId read = grants.Grant(echo.Driver, buffer.AsSpan(0, 13), GrantFlags.Read);
            results.Add(echo.Write(0, 0, read, 13));
            grants.Revoke(read);
            byte[] into = PinnedMemory.Allocate(32);
            GrantId write = grants.Grant(echo.Driver, into, GrantFlags.Write);
            results.Add(echo.Read(0, 0, write, 32));
            readBack = into.AsSpan(0, 13).ToArray();
            results.Add(echo.Ioctl(0, EchoDriver.IoctlDouble, 21));
            results.Add(echo.Close(0));
            done = true;
        }));
        sim.RunUntil(() => done);
        Assert.Equal(new long[] { 0, 13, 13, 42, 0 }, results);
        Assert.Equal("hello, driver"u8.ToArray(), readBack);
        Assert.Single(_probe.Inits);
        Assert.Equal(InitType.Fresh, _probe.Inits[0].Type);
    }

    [Fact]
    public void A_minor_that_is_not_open_gets_ERESTART_an_unknown_minor_ENXIO_and_an_unknown_request_EBADREQUEST()
    {
        var results = new List<long>();
        Status unknownType = Status.Ok;
        bool done = false;
        using var sim = Systems.Standalone(_probe, SampleSystem.User(Systems.ClientSlot, "client", () =>
        {
            var echo = DeviceClient.Character(new Endpoint(Systems.EchoSlot));
            results.Add(echo.Ioctl(1, EchoDriver.IoctlDouble, 1));
            results.Add(echo.Close(0));
            results.Add(echo.Open(5, DeviceAccess.Read));
            results.Add(echo.Open(1, DeviceAccess.Read));
            results.Add(echo.Ioctl(1, 99, 0));
            var odd = new Message(0x4F0);
            Messaging.SendRec(echo.Driver, ref odd);
            unknownType = odd.Status;
            done = true;
        }));
        sim.RunUntil(() => done);
        Assert.Equal(new long[] { (long)Status.Restart, (long)Status.Restart, (long)Status.NoSuchDevice, 0, (long)Status.BadRequest }, results);
        Assert.Equal(Status.BadRequest, unknownType);
    }

    [Fact]
    public void A_revoked_grant_is_refused_by_the_kernel_and_the_driver_reports_why()
    {
        long result = 0;
        bool done = false;
        using var sim = Systems.Standalone(_probe, SampleSystem.User(Systems.ClientSlot, "client", () =>
        {
            var grants = new GrantTable(1);
            grants.Register();
            byte[] buffer = PinnedMemory.Allocate(8);
            var echo = DeviceClient.Character(new Endpoint(Systems.EchoSlot));
            echo.Open(0, DeviceAccess.Write);
            GrantId grant = grants.Grant(echo.Driver, buffer, GrantFlags.Read);
            grants.Revoke(grant);
            result = echo.Write(0, 0, grant, 8);
            done = true;
        }));
        sim.RunUntil(() => done);
        Assert.Equal((long)Status.GrantRevoked, result);
    }

    [Fact]
    public void Interrupts_and_alarms_arrive_as_notifications_in_the_drivers_own_loop()
    {
        bool done = false;
        using var sim = Systems.Standalone(_probe, SampleSystem.Service(9, "helper", () =>
        {
            Minix.Kernel.Calls.Sys.OutByte(0x2F0, 10); // start the interval timer: IRQ 5 every 10 ticks
            var m = default(Message);
            Messaging.Receive(Endpoint.Clock, ref m, out _); // never comes: the helper has no alarm; keeps it waiting
        }), SampleSystem.User(Systems.ClientSlot, "client", () =>
        {
            var echo = DeviceClient.Character(new Endpoint(Systems.EchoSlot));
            echo.Open(0, DeviceAccess.Read);
            echo.Ioctl(0, EchoDriver.IoctlSetAlarm, 3);
            echo.Ioctl(0, EchoDriver.IoctlWaitForInterrupt, 0);
            echo.Ioctl(0, EchoDriver.IoctlWaitForInterrupt, 0);
            done = true;
        }));
        sim.AddDevice(new IntervalTimerDevice());
        sim.RunUntil(() => done);
        Assert.True(_probe.Interrupts.Count >= 2);
        Assert.All(_probe.Interrupts, mask => Assert.Equal(1UL << EchoDriver.TimerNotifyId, mask));
        Assert.Single(_probe.Alarms);
    }
}
