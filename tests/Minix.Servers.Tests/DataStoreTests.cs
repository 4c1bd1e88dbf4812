using Minix.DriverKit;
using Minix.DriverKit.Testing.Devices;
using Minix.Ipc;
using Minix.Samples.Printer;
using Minix.Tests.Shared;

namespace Minix.Servers.Tests;

/// <summary>DS: names to endpoints, ownership, subscriptions and waiting for a restarted service.</summary>
public class DataStoreTests
{
    private const string Conf = """
        service rs { system PRIVCTL SPAWN KILL ABORT; ipc ALL_SYS; priority 2; };
        service ds { ipc ALL_SYS; priority 3; };
        service printer { io 378:4; irq 7; system DEVIO VDEVIO IRQCTL; ipc rs ds; period 50; control watcher; };
        service watcher { ipc rs ds printer; };
        """;

    [Fact]
    public void A_subscriber_is_notified_when_a_restarted_driver_is_published_under_its_new_endpoint()
    {
        var changes = new List<(string Key, Endpoint Value, int Version)>();
        Endpoint first = Endpoint.None;
        bool done = false;
        void Drain()
        {
            var m = default(Message);
            Messaging.Receive(Endpoint.DataStore, ref m, out IpcStatus how);
            while (DataStore.Check(out DataStoreReply entry) == Status.Ok)
                changes.Add((System.Text.Encoding.ASCII.GetString(DataStoreKey.Bytes(entry.Key)), entry.Value, entry.Version));
        }

        using var sim = SampleSystem.Boot(Conf, null, SampleSystem.Rs(), SampleSystem.Ds(),
            SampleSystem.Service(SampleSystem.PrinterSlot, "printer", () => new PrinterDriver().Run()),
            SampleSystem.Service(13, "watcher", () =>
            {
                DataStore.WaitForChange("printer"u8, Endpoint.None, out first);
                DataStore.Subscribe("printer"u8);
                Drain(); // subscribing reports the current value at once
                Misbehave.Request("printer"u8, Misbehaviour.IllegalInstruction);
                Drain();
                done = true;
            }));
        sim.AddDevice(new ParallelPort());
        sim.RunUntil(() => done);
        Assert.Equal(2, changes.Count);
        Assert.Equal(("printer", first, 1), changes[0]);
        Assert.Equal("printer", changes[1].Key);
        Assert.Equal(first.Slot, changes[1].Value.Slot);
        Assert.Equal(first.Generation + 1, changes[1].Value.Generation);
        Assert.Equal(2, changes[1].Version);
    }

    [Fact]
    public void A_prefix_subscription_sees_every_driver_announce_itself()
    {
        var keys = new List<string>();
        bool done = false;
        using var sim = SampleSystem.Boot(Conf, null, SampleSystem.Rs(), SampleSystem.Ds(),
            SampleSystem.Service(SampleSystem.PrinterSlot, "printer", () => new PrinterDriver().Run()),
            SampleSystem.Service(13, "watcher", () =>
            {
                DataStore.Subscribe("drv.*"u8);
                var m = default(Message);
                while (keys.Count == 0)
                {
                    Messaging.Receive(Endpoint.DataStore, ref m, out _);
                    while (DataStore.Check(out DataStoreReply entry) == Status.Ok)
                        keys.Add(System.Text.Encoding.ASCII.GetString(DataStoreKey.Bytes(entry.Key)));
                }

                done = true;
            }));
        sim.AddDevice(new ParallelPort());
        sim.RunUntil(() => done);
        Assert.Equal(["drv.printer"], keys);
    }

    [Fact]
    public void Only_a_names_owner_or_rs_may_change_it_and_unknown_names_are_not_found()
    {
        var answers = new List<Status>();
        bool done = false;
        using var sim = SampleSystem.Boot(Conf, null, SampleSystem.Rs(), SampleSystem.Ds(),
            SampleSystem.Service(SampleSystem.PrinterSlot, "printer", () => new PrinterDriver().Run()),
            SampleSystem.Service(13, "watcher", () =>
            {
                DataStore.WaitForChange("printer"u8, Endpoint.None, out Endpoint printer);
                answers.Add(DataStore.Publish("printer"u8, new Endpoint(13)));
                answers.Add(DataStore.Delete("printer"u8));
                answers.Add(DataStore.Publish("watcher.state"u8, new Endpoint(13), flags: 7));
                answers.Add(DataStore.Lookup("watcher.state"u8, out Endpoint mine));
                answers.Add(mine == new Endpoint(13) ? Status.Ok : Status.Generic);
                answers.Add(DataStore.Delete("watcher.state"u8));
                answers.Add(DataStore.Lookup("watcher.state"u8, out _));
                answers.Add(DataStore.Lookup("printer"u8, out Endpoint still));
                answers.Add(still == printer ? Status.Ok : Status.Generic);
                answers.Add(DataStore.Publish(new byte[33], new Endpoint(13)));
                done = true;
            }));
        sim.AddDevice(new ParallelPort());
        sim.RunUntil(() => done);
        Assert.Equal(
            [Status.PermissionDenied, Status.PermissionDenied, Status.Ok, Status.Ok, Status.Ok, Status.Ok, Status.NotFound, Status.Ok, Status.Ok, Status.InvalidArgument],
            answers);
    }

    [Fact]
    public void A_user_program_may_look_names_up_but_not_publish_delete_or_subscribe_so_it_cannot_claim_a_drivers_name()
    {
        var answers = new List<Status>();
        bool done = false;
        using var sim = SampleSystem.Boot(Conf, null, SampleSystem.Rs(), SampleSystem.Ds(),
            SampleSystem.Service(SampleSystem.PrinterSlot, "printer", () => new PrinterDriver().Run()),
            SampleSystem.User(20, "intruder", () =>
            {
                answers.Add(DataStore.WaitForChange("drv.printer"u8, Endpoint.None, out Endpoint printer));
                answers.Add(DataStore.Publish("drv.scanner"u8, new Endpoint(20)));
                answers.Add(DataStore.Publish("drv.printer"u8, new Endpoint(20)));
                answers.Add(DataStore.Delete("drv.printer"u8));
                answers.Add(DataStore.Subscribe("drv.*"u8));
                answers.Add(DataStore.Lookup("drv.scanner"u8, out _));
                answers.Add(DataStore.Lookup("drv.printer"u8, out Endpoint still));
                answers.Add(still == printer && printer.Slot == SampleSystem.PrinterSlot ? Status.Ok : Status.Generic);
                done = true;
            }));
        sim.AddDevice(new ParallelPort());
        sim.RunUntil(() => done);
        Assert.Equal(
            [Status.Ok, Status.PermissionDenied, Status.PermissionDenied, Status.PermissionDenied, Status.PermissionDenied, Status.NotFound, Status.Ok, Status.Ok],
            answers);
    }

    [Fact]
    public void A_subscriber_hears_of_a_deletion_while_lookups_and_waiters_see_no_name_and_a_new_publication_revives_it()
    {
        var changes = new List<(string Key, Endpoint Value, bool Deleted, int Version)>();
        var answers = new List<Status>();
        bool done = false;
        using var sim = SampleSystem.Boot(Conf, null, SampleSystem.Rs(), SampleSystem.Ds(),
            SampleSystem.Service(13, "watcher", () =>
            {
                void Drain()
                {
                    var m = default(Message);
                    Messaging.Receive(Endpoint.DataStore, ref m, out _);
                    while (DataStore.Check(out DataStoreReply entry) == Status.Ok)
                        changes.Add((System.Text.Encoding.ASCII.GetString(DataStoreKey.Bytes(entry.Key)), entry.Value, entry.IsDeleted, entry.Version));
                }

                DataStore.Subscribe("watcher.*"u8);
                DataStore.Publish("watcher.state"u8, new Endpoint(13));
                Drain();
                answers.Add(DataStore.Delete("watcher.state"u8));
                Drain();
                answers.Add(DataStore.Lookup("watcher.state"u8, out _));
                answers.Add(DataStore.Delete("watcher.state"u8));
                answers.Add(DataStore.Publish("watcher.state"u8, new Endpoint(13)));
                Drain();
                done = true;
            }));
        sim.RunUntil(() => done);
        Assert.Equal([Status.Ok, Status.NotFound, Status.NotFound, Status.Ok], answers);
        Assert.Equal(
            [("watcher.state", new Endpoint(13), false, 1), ("watcher.state", Endpoint.None, true, 2), ("watcher.state", new Endpoint(13), false, 3)],
            changes);
    }

    [Fact]
    public void Deleted_names_leave_room_for_new_ones_once_subscribers_have_heard()
    {
        int published = 0;
        bool done = false;
        using var sim = SampleSystem.Boot(Conf, null, SampleSystem.Rs(), SampleSystem.Ds(),
            SampleSystem.Service(13, "watcher", () =>
            {
                // Far more names than DS holds at once, each deleted after publishing.
                for (int i = 0; i < 3 * DataStoreServer.MaxEntries; i++)
                {
                    byte[] key = System.Text.Encoding.ASCII.GetBytes("watcher.n" + i);
                    if (DataStore.Publish(key, new Endpoint(13)) == Status.Ok && DataStore.Delete(key) == Status.Ok)
                        published++;
                }

                done = true;
            }));
        sim.RunUntil(() => done);
        Assert.Equal(3 * DataStoreServer.MaxEntries, published);
    }
}
