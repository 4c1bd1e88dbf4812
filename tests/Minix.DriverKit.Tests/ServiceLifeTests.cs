using Minix.DriverKit.Testing;
using Minix.Ipc;
using Minix.Kernel;
using Minix.Tests.Shared;

namespace Minix.DriverKit.Tests;

/// <summary>The SEF part of the framework: the start-up handshake, heartbeats, restarts seen from the driver and its clients, misbehaviour requests.</summary>
public class ServiceLifeTests
{
    private readonly EchoDriver.Probe _probe = new();

    [Fact]
    public void The_driver_initializes_as_rs_says_and_answers_rs_pings_from_its_loop()
    {
        var seen = new List<string>();
        Endpoint driverSays = Endpoint.None;
        bool done = false;
        var fakeRs = SampleSystem.Service(2, "rs", () =>
        {
            var m = default(Message);
            Messaging.Receive(Endpoint.Any, ref m, out _);
            Endpoint echo = m.Source;
            seen.Add(m.Type == ServiceProtocol.Init ? "init asked" : "unexpected " + m.Type);
            var info = Message.Create((int)Status.Ok, new InitInfo { Type = InitType.Restart, OldEndpoint = new Endpoint(1234), Restarts = 3, Label = ProcessNameText.From("echo") });
            Messaging.SendNb(echo, ref info);
            Messaging.Receive(echo, ref m, out _);
            seen.Add(m.Type == ServiceProtocol.InitDone && m.Payload<InitDoneRequest>().Result == Status.Ok ? "init done" : "unexpected " + m.Type);
            var ok = new Message((int)Status.Ok);
            Messaging.SendNb(echo, ref ok);
            for (int ping = 0; ping < 3; ping++)
            {
                Messaging.Notify(echo);
                Messaging.Receive(echo, ref m, out IpcStatus how);
                seen.Add(how.IsNotify ? "pong" : "unexpected " + m.Type);
            }

            driverSays = echo;
            done = true;
        });
        using var sim = SampleSystem.Boot(Systems.Conf, null, fakeRs, SampleSystem.Service(Systems.EchoSlot, "echo", () => new EchoDriver(_probe).Run()));
        sim.RunUntil(() => done);
        Assert.Equal(["init asked", "init done", "pong", "pong", "pong"], seen);
        Assert.Equal((InitType.Restart, 3, new Endpoint(1234)), Assert.Single(_probe.Inits));
        Assert.Equal(new Endpoint(Systems.EchoSlot), driverSays);
    }

    [Fact]
    public void After_a_restart_a_minor_opened_before_gets_ERESTART_until_the_client_opens_it_again()
    {
        var results = new List<long>();
        Endpoint before = Endpoint.None, after = Endpoint.None, announced = Endpoint.None;
        bool done = false;
        using var sim = Systems.Supervised(_probe, true, SampleSystem.User(Systems.ClientSlot, "client", () =>
        {
            DataStore.WaitForChange("echo"u8, Endpoint.None, out before);
            var echo = DeviceClient.Character(before);
            results.Add(echo.Open(0, DeviceAccess.Read));
            results.Add((long)Misbehave.Request("echo"u8, Misbehaviour.Panic));
            results.Add(echo.Ioctl(0, EchoDriver.IoctlDouble, 1)); // the old incarnation is gone
            DataStore.WaitForChange("echo"u8, before, out after);
            echo.Driver = after;
            results.Add(echo.Ioctl(0, EchoDriver.IoctlDouble, 2)); // the new one never saw the open
            results.Add(echo.Open(0, DeviceAccess.Read));
            results.Add(echo.Ioctl(0, EchoDriver.IoctlDouble, 3));
            DataStore.Lookup("drv.echo"u8, out announced);
            done = true;
        }));
        sim.RunUntil(() => done);
        Assert.Equal(new long[] { 0, 0, (long)Status.DeadEndpoint, (long)Status.Restart, 0, 6 }, results);
        Assert.Equal(before.Slot, after.Slot);
        Assert.Equal(before.Generation + 1, after.Generation);
        Assert.Equal(after, announced);
        Assert.Equal([InitType.Fresh, InitType.Restart], _probe.Inits.Select(i => i.Type));
        Assert.Equal((InitType.Restart, 1, before), _probe.Inits[1]);
    }

    [Fact]
    public void A_driver_may_refuse_misbehaviour_requests()
    {
        Status answer = Status.Ok;
        long stillServing = 0;
        bool done = false;
        using var sim = Systems.Supervised(_probe, false, SampleSystem.User(Systems.ClientSlot, "client", () =>
        {
            DataStore.WaitForChange("echo"u8, Endpoint.None, out Endpoint echo);
            answer = Misbehave.Request("echo"u8, Misbehaviour.NullDereference);
            var device = DeviceClient.Character(echo);
            device.Open(0, DeviceAccess.Read);
            stillServing = device.Ioctl(0, EchoDriver.IoctlDouble, 4);
            done = true;
        }));
        sim.RunUntil(() => done);
        Assert.Equal(Status.PermissionDenied, answer);
        Assert.Equal(8, stillServing);
        Assert.Single(_probe.Inits);
    }

    [Fact]
    public void A_misbehaviour_armed_for_a_later_request_fires_when_that_request_arrives()
    {
        var results = new List<long>();
        bool done = false;
        using var sim = Systems.Supervised(_probe, true, SampleSystem.User(Systems.ClientSlot, "client", () =>
        {
            DataStore.WaitForChange("echo"u8, Endpoint.None, out Endpoint echo);
            var device = DeviceClient.Character(echo);
            results.Add((long)Misbehave.Request("echo"u8, Misbehaviour.NullDereference, afterRequests: 3));
            results.Add(device.Open(0, DeviceAccess.Read));
            results.Add(device.Ioctl(0, EchoDriver.IoctlDouble, 5));
            results.Add(device.Ioctl(0, EchoDriver.IoctlDouble, 6));
            done = true;
        }));
        sim.RunUntil(() => done);
        Assert.Equal(new long[] { 0, 0, 10, (long)Status.DeadEndpoint }, results);
        Assert.True(sim.Logged("echo: misbehaviour requested: null dereference at request 3 from now"));
        Assert.True(sim.Logged("kernel: echo (endpoint 8) panicked: runtime fault NullReference"));
    }

    [Fact]
    public void A_misbehaviour_request_sent_to_a_service_directly_and_not_through_RS_is_refused_with_EPERM_and_the_service_keeps_serving()
    {
        Status answer = Status.Ok;
        long stillServing = 0;
        bool done = false;
        using var sim = Systems.Supervised(_probe, true, SampleSystem.User(Systems.ClientSlot, "client", () =>
        {
            DataStore.WaitForChange("echo"u8, Endpoint.None, out Endpoint echo);
            var m = Message.Create(ServiceProtocol.Misbehave, new MisbehaveRequest { Kind = Misbehaviour.NullDereference });
            Status ipc = Messaging.SendRec(echo, ref m);
            answer = ipc != Status.Ok ? ipc : m.Status;
            var device = DeviceClient.Character(echo);
            device.Open(0, DeviceAccess.Read);
            stillServing = device.Ioctl(0, EchoDriver.IoctlDouble, 21);
            done = true;
        }));
        sim.RunUntil(() => done);
        Assert.Equal(Status.PermissionDenied, answer);
        Assert.Equal(42, stillServing);
        Assert.Single(_probe.Inits);
        Assert.False(sim.Logged("misbehaviour requested"));
    }
}
