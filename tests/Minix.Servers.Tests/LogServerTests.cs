using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel.Grants;
using Minix.Tests.Shared;

namespace Minix.Servers.Tests;

/// <summary>The log server: how user programs print.</summary>
public class LogServerTests
{
    [Fact]
    public void A_user_program_prints_lines_through_the_log_server_inline_and_through_a_grant()
    {
        var answers = new List<Status>();
        bool done = false;
        using var sim = SampleSystem.Boot(SampleSystem.ImageConf, null, [.. SampleSystem.Servers(), SampleSystem.User(SampleSystem.UserSlot, "hello", () =>
        {
            answers.Add(LogClient.Write("hello from a user program\nits second line, long enough to need a second message on the way\n"u8));
            var grants = new GrantTable(1);
            grants.Register();
            byte[] text = PinnedMemory.Allocate(24);
            "printed through a grant\n"u8.CopyTo(text);
            GrantId grant = grants.Grant(Endpoint.Log, text, GrantFlags.Read);
            var m = Message.Create(LogProtocol.WriteGranted, new LogGrantRequest { Grant = grant.Value, Length = 24 });
            Messaging.SendRec(Endpoint.Log, ref m);
            answers.Add(m.Status);
            m = Message.Create(LogProtocol.WriteGranted, new LogGrantRequest { Grant = grant.Value, Length = 25 });
            Messaging.SendRec(Endpoint.Log, ref m);
            answers.Add(m.Status);
            done = true;
        })]);
        sim.RunUntil(() => done);
        Assert.Equal([Status.Ok, Status.Ok, Status.GrantOutOfRange], answers);
        Assert.True(sim.Logged("log: hello from a user program"));
        Assert.True(sim.Logged("log: its second line, long enough to need a second message on the way"));
        Assert.True(sim.Logged("log: printed through a grant"));
    }
}
