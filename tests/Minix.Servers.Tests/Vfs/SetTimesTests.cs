using System.Text;
using Minix.Posix.Abi;
using Minix.Servers.Mfs;
using Minix.Servers.Tests.Mfs;
using Minix.Tests.Shared;
using Xunit.Abstractions;
using static Minix.Posix.Posix;
using StandIn = Minix.Servers.Tests.Vfs.StandInProcessManager;

namespace Minix.Servers.Tests.Vfs;

/// <summary>utime(2) through VFS to MFS on the simulated machine: times set, content kept, POSIX's permission rules, a disk fsck.minix finds clean.</summary>
public class SetTimesTests(ITestOutputHelper output)
{
    private const int UserSlot = 12;

    [Fact]
    public void Utime_sets_an_inodes_times_on_disk_without_touching_the_content_and_only_for_whom_posix_allows()
    {
        byte[] root = FileSystemMachine.RootImage();
        var log = new List<string>();
        var stats = new List<FileStatus>();
        bool done = false;
        using (var sim = FileSystemMachine.Boot(root, output.WriteLine, StandIn.Process(), SampleSystem.User(UserSlot, "client", () =>
        {
            long fd = Open("/tmp/t"u8, OpenFlags.WriteOnly | OpenFlags.Create, 0x1A4);
            Write((int)fd, "keep me\n"u8);
            Close((int)fd);
            log.Add("explicit " + SetTimes("/tmp/t"u8, new FileTimes { AccessTime = 1000, ModifyTime = 2000 }));
            Stat("/tmp/t"u8, out FileStatus st);
            stats.Add(st);
            log.Add("now " + SetTimes("/tmp/t"u8));
            Stat("/tmp/t"u8, out st);
            stats.Add(st);
            var buffer = new byte[32];
            long again = Open("/tmp/t"u8, OpenFlags.ReadOnly);
            log.Add("content " + Encoding.ASCII.GetString(buffer, 0, (int)Math.Max(0, Read((int)again, buffer))).TrimEnd('\n'));
            Close((int)again);
            log.Add("a directory " + SetTimes("/tmp"u8));
            log.Add("missing " + SetTimes("/tmp/none"u8));
            log.Add("beyond 32 bits " + SetTimes("/tmp/t"u8, new FileTimes { AccessTime = 1L << 40, ModifyTime = 0 }));
            log.Add("set ids " + StandIn.Call(StandIn.SetIds, UserSlot, userId: 1000, groupId: 100));
            log.Add("another's file, explicit " + SetTimes("/tmp/t"u8, new FileTimes { AccessTime = 1, ModifyTime = 1 }));
            log.Add("another's file, now, no write permission " + SetTimes("/tmp/t"u8));
            long mine = Open("/tmp/mine"u8, OpenFlags.WriteOnly | OpenFlags.Create, 0x1A4);
            Close((int)mine);
            log.Add("own file, explicit " + SetTimes("/tmp/mine"u8, new FileTimes { AccessTime = 5, ModifyTime = 6 }));
            log.Add("sync " + Sync());
            done = true;
        })))
        {
            sim.RunUntil(() => done);
        }

        Assert.Equal(
        [
            "explicit 0",
            "now 0",
            "content keep me",
            "a directory 0",
            "missing -2",
            "beyond 32 bits -22",
            "set ids 0",
            "another's file, explicit -1",
            "another's file, now, no write permission -13",
            "own file, explicit 0",
            "sync 0",
        ], log);
        Assert.Equal((1000L, 2000L, 8L), (stats[0].AccessTime, stats[0].ModifyTime, stats[0].SizeInBytes));
        Assert.NotEqual(2000L, stats[1].ModifyTime); // "now" is the file server's clock, never the old time
        Assert.Equal(stats[1].ModifyTime, stats[1].AccessTime);
        Assert.Equal(stats[1].ModifyTime, stats[1].ChangeTime);
        Assert.Equal(8L, stats[1].SizeInBytes);

        TestDisks.FsckClean(root);
        using var disk = DiskImage.Open(root, "root", writable: false);
        Assert.Equal("keep me\n", Encoding.ASCII.GetString(disk.ReadFile("/tmp/t")));
        FileStatus onDisk = disk.Stat("/tmp/t");
        Assert.Equal((stats[1].AccessTime, stats[1].ModifyTime), (onDisk.AccessTime, onDisk.ModifyTime));
        FileStatus mineOnDisk = disk.Stat("/tmp/mine");
        Assert.Equal((5L, 6L), (mineOnDisk.AccessTime, mineOnDisk.ModifyTime));
    }
}
