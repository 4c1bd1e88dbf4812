using Minix.Ipc;
using Minix.Posix;
using Minix.Posix.Abi;
using Minix.Servers.Mfs;
using Minix.Tests.Shared;
using Xunit.Abstractions;
using static Minix.Posix.Posix;
using StandIn = Minix.Servers.Tests.Vfs.StandInProcessManager;

namespace Minix.Servers.Tests.Vfs;

/// <summary>VFS's side of the PM-to-VFS protocol: fork, exec's descriptors, ids, exec-open and reboot.</summary>
public class ProcessManagerTests(ITestOutputHelper output)
{
    private const int Parent = 12;
    private const int Child = 13;

    [Fact]
    public void A_forked_child_shares_open_files_and_offsets_with_its_parent_and_exec_closes_only_close_on_exec_descriptors()
    {
        var log = new List<string>();
        bool done = false;
        using var sim = FileSystemMachine.Boot(FileSystemMachine.RootImage(), output.WriteLine,
            StandIn.Process(),
            SampleSystem.User(Parent, "parent", () =>
            {
                long fd = Open("/tmp/shared"u8, OpenFlags.ReadWrite | OpenFlags.Create | OpenFlags.CloseOnExec);
                Write((int)fd, "parent,"u8);
                log.Add("close-on-exec flag " + Control((int)fd, FileControl.GetDescriptorFlags));
                ChangeDirectory("/tmp"u8);
                SetUmask(0x3F); // 077
                StandIn.Call(StandIn.Fork, Child);
            }),
            SampleSystem.User(Child, "child", () =>
            {
                StandIn.Call(StandIn.WaitForFork);
                log.Add("child writes at the shared offset " + Write(0, "child"u8));
                log.Add("child's umask " + SetUmask(0));
                var cwd = new byte[64];
                long length = GetWorkingDirectory(cwd);
                log.Add("child's directory " + System.Text.Encoding.ASCII.GetString(cwd, 0, (int)Math.Max(0, length)));
                log.Add("child's offset " + Seek(0, 0, SeekFrom.Current));
                log.Add("dup2 " + DuplicateTo(0, 5) + ", its close-on-exec flag " + Control(5, FileControl.GetDescriptorFlags));
                StandIn.Call(StandIn.Exec);
                log.Add("after exec, the close-on-exec descriptor " + Seek(0, 0, SeekFrom.Current));
                log.Add("after exec, its duplicate " + Seek(5, 0, SeekFrom.Start) + " " + Read(5, new byte[20]));
                done = true;
            }));
        sim.RunUntil(() => done);
        Assert.Equal(
        [
            "close-on-exec flag 1",
            "child writes at the shared offset 5",
            "child's umask 63",
            "child's directory /tmp",
            "child's offset 12",
            "dup2 5, its close-on-exec flag 0",
            "after exec, the close-on-exec descriptor -9",
            "after exec, its duplicate 0 12",
        ], log);
    }

    [Fact]
    public void Exec_open_resolves_as_the_process_would_and_set_ids_makes_permission_bits_apply()
    {
        byte[] root = FileSystemMachine.RootImage();
        using (var image = DiskImage.Open(root, "root", writable: true))
        {
            image.MakeDirectory("/bin");
            image.WriteFile("/bin/prog", new byte[3000], mode: 0x1ED);
            image.WriteFile("/bin/data", new byte[10], mode: 0x1A4);
            image.MakeDirectory("/secret", 0x1C0); // 0700
        }

        var replies = new List<Servers.VfsPmReply>();
        var log = new List<string>();
        bool done = false;
        using var sim = FileSystemMachine.Boot(root, output.WriteLine,
            StandIn.Process(replies),
            SampleSystem.User(Parent, "user", () =>
            {
                ChangeDirectory("/bin"u8);
                log.Add("exec-open prog " + (StandIn.Call(StandIn.ExecOpen, Parent, path: "prog") >= 0));
                log.Add("exec-open a file without x bits " + StandIn.Call(StandIn.ExecOpen, Parent, path: "data"));
                log.Add("exec-open a directory " + StandIn.Call(StandIn.ExecOpen, Parent, path: "/tmp"));
                log.Add("exec-open nothing " + StandIn.Call(StandIn.ExecOpen, Parent, path: "none"));
                log.Add("set ids " + StandIn.Call(StandIn.SetIds, Parent, userId: 1000, groupId: 100));
                log.Add("create in / " + Open("/x"u8, OpenFlags.WriteOnly | OpenFlags.Create));
                log.Add("create in /tmp " + (Open("/tmp/x"u8, OpenFlags.WriteOnly | OpenFlags.Create) >= 0));
                log.Add("look inside /secret " + Stat("/secret/x"u8, out _));
                log.Add("exec-open under /secret " + StandIn.Call(StandIn.ExecOpen, Parent, path: "/secret"));
                log.Add("chmod another's file " + ChangeMode("/bin/prog"u8, 0x1FF));
                log.Add("mount " + Mount("/dev/c0d1"u8, "/mnt"u8));
                done = true;
            }));
        sim.RunUntil(() => done);
        Assert.Equal(
        [
            "exec-open prog True",
            "exec-open a file without x bits -13",
            "exec-open a directory -13",
            "exec-open nothing -2",
            "set ids 0",
            "create in / -13",
            "create in /tmp True",
            "look inside /secret -13",
            "exec-open under /secret -13",
            "chmod another's file -1",
            "mount -1",
        ], log);
        Servers.VfsPmReply opened = replies.First(r => r.Result >= 0 && r.Size > 0);
        Assert.Equal(3000, opened.Size);
        Assert.Equal(0x81ED, opened.Mode);
        Assert.Equal(new Endpoint(Parent), opened.Process);
    }

    [Fact]
    public void Reboot_writes_everything_back_and_unmounts_every_file_system_clean()
    {
        byte[] root = FileSystemMachine.RootImage();
        byte[] second = new byte[2 << 20];
        DiskImage.Format(second, new FormatOptions { BlockSize = 4096 }, "second");
        // The images start out marked not clean, as after a crash.
        root[1024 + 14] = 0;
        second[1024 + 14] = 0;
        var log = new List<string>();
        bool done = false;
        using var sim = FileSystemMachine.Boot(root, output.WriteLine,
        [
            StandIn.Process(),
            .. FileSystemMachine.SecondDisk(second),
            SampleSystem.User(Parent, "user", () =>
            {
                log.Add("mount " + Mount("/dev/c0d0"u8, "/mnt"u8));
                long fd = Open("/mnt/kept"u8, OpenFlags.WriteOnly | OpenFlags.Create);
                log.Add("write " + Write((int)fd, "on the second disk"u8));
                long other = Open("/tmp/kept"u8, OpenFlags.WriteOnly | OpenFlags.Create);
                log.Add("write " + Write((int)other, "on the root disk"u8));
                log.Add("umount while a file is open " + Unmount("/mnt"u8));
                log.Add("reboot " + StandIn.Call(StandIn.Reboot));
                done = true;
            }),
        ]);
        sim.RunUntil(() => done);
        Assert.Equal(["mount 0", "write 18", "write 16", "umount while a file is open -16", "reboot 0"], log);
        using (var image = DiskImage.Open(second, "second", writable: false))
        {
            Assert.True(image.Volume.WasClean);
            Assert.Equal("on the second disk", System.Text.Encoding.ASCII.GetString(image.ReadFile("/kept")));
        }

        using (var image = DiskImage.Open(root, "root", writable: false))
        {
            Assert.True(image.Volume.WasClean);
            Assert.Equal("on the root disk", System.Text.Encoding.ASCII.GetString(image.ReadFile("/tmp/kept")));
        }

        Mfs.TestDisks.FsckClean(root);
    }
}
