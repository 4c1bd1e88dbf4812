using Minix.Ipc;
using Minix.Posix;
using Minix.Posix.Abi;
using Minix.Servers.Mfs;
using Minix.Tests.Shared;
using Xunit.Abstractions;
using static Minix.Posix.Posix;
using StandIn = Minix.Servers.Tests.Vfs.StandInProcessManager;

namespace Minix.Servers.Tests.Vfs;

/// <summary>Pipes: blocking, buffering, end of file, EPIPE, and what the process manager's fork, exit and unpause do to them.</summary>
public class PipeTests(ITestOutputHelper output)
{
    private const int Parent = 12;
    private const int Child = 13;

    [Fact]
    public void A_pipe_buffers_what_it_can_reports_end_of_file_and_refuses_a_writer_with_no_reader()
    {
        var log = new List<string>();
        bool done = false;
        using var sim = FileSystemMachine.Boot(FileSystemMachine.RootImage(), output.WriteLine, SampleSystem.User(Parent, "client", () =>
        {
            log.Add("pipe " + Pipe(out int r, out int w) + $" {r} {w}");
            log.Add("nonblocking read of an empty pipe " + (Control(r, FileControl.SetStatusFlags, (long)OpenFlags.NonBlocking) + Read(r, new byte[10])));
            var big = new byte[12000];
            log.Add("write more than it holds, without blocking " + (Control(w, FileControl.SetStatusFlags, (long)OpenFlags.NonBlocking) + Write(w, big)));
            log.Add("and again " + Write(w, big));
            log.Add("read " + Read(r, new byte[5000]));
            log.Add("close the writer " + Close(w));
            log.Add("read the rest " + Read(r, new byte[5000]));
            log.Add("end of file " + Read(r, new byte[5000]));
            log.Add("pipe " + Pipe(out r, out w) + $" {r} {w}");
            log.Add("close the reader " + Close(r));
            log.Add("write " + Write(w, "x"u8));
            log.Add("seek " + Seek(w, 0, SeekFrom.Start));
            done = true;
        }));
        sim.RunUntil(() => done);
        Assert.Equal(
        [
            "pipe 0 0 1",
            "nonblocking read of an empty pipe -35",
            "write more than it holds, without blocking 8192",
            "and again -35",
            "read 5000",
            "close the writer 0",
            "read the rest 3192",
            "end of file 0",
            "pipe 0 1 2",
            "close the reader 0",
            "write -32",
            "seek -29",
        ], log);
    }

    [Fact]
    public void A_writer_blocks_on_a_full_pipe_until_its_forked_reader_drains_it_and_the_reader_sees_every_byte_then_end_of_file()
    {
        byte[] data = Mfs.VolumeTests.Pattern(100_000, 7);
        var received = new List<byte>();
        long childEnd = 1;
        bool parentDone = false;
        using var sim = FileSystemMachine.Boot(FileSystemMachine.RootImage(), output.WriteLine,
            StandIn.Process(),
            SampleSystem.User(Parent, "writer", () =>
            {
                Pipe(out int r, out int w);
                StandIn.Call(StandIn.Fork, Child);
                Close(r);
                for (int at = 0; at < data.Length; at += 3000)
                    Write(w, data.AsSpan(at, Math.Min(3000, data.Length - at)));
                Close(w);
                parentDone = true;
            }),
            SampleSystem.User(Child, "reader", () =>
            {
                StandIn.Call(StandIn.WaitForFork);
                Close(1); // the write end, inherited
                var buffer = new byte[1000];
                long n;
                while ((n = Read(0, buffer)) > 0)
                    received.AddRange(buffer.AsSpan(0, (int)n).ToArray());
                childEnd = n;
            }));
        sim.RunUntil(() => parentDone && childEnd <= 0);
        Assert.Equal(0, childEnd);
        Assert.Equal(data, received.ToArray());
    }

    [Fact]
    public void A_reader_blocked_on_a_pipe_is_answered_EINTR_by_unpause_and_end_of_file_when_the_last_writer_exits()
    {
        var replies = new List<Servers.VfsPmReply>();
        var log = new List<string>();
        bool done = false;
        using var sim = FileSystemMachine.Boot(FileSystemMachine.RootImage(), output.WriteLine,
            StandIn.Process(replies),
            SampleSystem.User(Parent, "parent", () =>
            {
                Pipe(out int r, out int w);
                StandIn.Call(StandIn.Fork, Child);
                Close(r);
                log.Add("unpause of a process not waiting " + StandIn.Call(StandIn.Unpause, Parent));
                int unpaused;
                while ((unpaused = StandIn.Call(StandIn.Unpause, Child)) == 0)
                {
                    // the child has not reached its read yet
                }

                log.Add("unpause of the blocked reader " + unpaused);
                StandIn.Call(StandIn.Exit); // never answered: the parent has ended, and its write end is closed
            }),
            SampleSystem.User(Child, "child", () =>
            {
                StandIn.Call(StandIn.WaitForFork);
                Close(1);
                log.Add("interrupted read " + Read(0, new byte[10]));
                log.Add("read after the writer exited " + Read(0, new byte[10]));
                done = true;
            }));
        sim.RunUntil(() => done);
        Assert.Equal(["unpause of a process not waiting 0", "interrupted read -4", "unpause of the blocked reader 1", "read after the writer exited 0"], log);
    }
}
