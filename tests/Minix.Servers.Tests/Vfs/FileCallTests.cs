using System.Runtime.InteropServices;
using System.Text;
using Minix.DriverKit.Testing;
using Minix.Ipc;
using Minix.Posix;
using Minix.Posix.Abi;
using Minix.Servers.Mfs;
using Minix.Tests.Shared;
using Xunit.Abstractions;

namespace Minix.Servers.Tests.Vfs;

/// <summary>The POSIX file calls of a program, through VFS and the file server to a disk, on the simulated machine (the same code as the image).</summary>
public class FileCallTests(ITestOutputHelper output)
{
    private const int UserSlot = 12;

    [Fact]
    public void A_program_creates_writes_reads_seeks_renames_and_removes_files_and_directories()
    {
        byte[] root = FileSystemMachine.RootImage();
        var log = new List<string>();
        bool done = false;
        void Check(string what, long result) => log.Add($"{what} = {result}");

        using var sim = FileSystemMachine.Boot(root, output.WriteLine, SampleSystem.User(UserSlot, "client", () =>
        {
            Check("mkdir", Posix.Posix.MakeDirectory("/home"u8, 0x1ED));
            Check("mkdir again", Posix.Posix.MakeDirectory("/home"u8));
            long fd = Posix.Posix.Open("/home/notes"u8, OpenFlags.ReadWrite | OpenFlags.Create, 0x1A4);
            Check("open", fd);
            Check("write", Posix.Posix.Write((int)fd, "three servers and a kernel\n"u8));
            Check("seek", Posix.Posix.Seek((int)fd, 6, SeekFrom.Start));
            var buffer = new byte[64];
            long read = Posix.Posix.Read((int)fd, buffer);
            Check("read", read);
            log.Add("text = " + Encoding.ASCII.GetString(buffer, 0, (int)Math.Max(read, 0)).TrimEnd('\n'));
            Check("read at end", Posix.Posix.Read((int)fd, buffer));
            Check("fstat", Posix.Posix.FileStat((int)fd, out FileStatus stat));
            log.Add($"size = {stat.SizeInBytes}, mode = {Convert.ToString(stat.Mode, 8)}, links = {stat.Links}");
            Check("close", Posix.Posix.Close((int)fd));
            Check("close again", Posix.Posix.Close((int)fd));
            Check("rename", Posix.Posix.Rename("/home/notes"u8, "/tmp/notes"u8));
            Check("stat old name", Posix.Posix.Stat("/home/notes"u8, out _));
            Check("stat new name", Posix.Posix.Stat("/tmp/notes"u8, out stat));
            Check("chdir", Posix.Posix.ChangeDirectory("/tmp"u8));
            Check("link", Posix.Posix.Link("notes"u8, "/home/again"u8));
            Check("unlink", Posix.Posix.Unlink("notes"u8));
            long again = Posix.Posix.Open("../home/again"u8, OpenFlags.ReadOnly);
            Check("open by the other name", again);
            Check("read by the other name", Posix.Posix.Read((int)again, buffer));
            Check("rmdir a full directory", Posix.Posix.RemoveDirectory("/home"u8));
            Check("unlink the last name", Posix.Posix.Unlink("/home/again"u8));
            Check("still readable while open", Posix.Posix.Seek((int)again, 0, SeekFrom.Start) + Posix.Posix.Read((int)again, buffer));
            Check("close", Posix.Posix.Close((int)again));
            Check("rmdir", Posix.Posix.RemoveDirectory("/home"u8));
            Check("open missing", Posix.Posix.Open("/home/x"u8, OpenFlags.ReadOnly));
            Check("name of 61 bytes", Posix.Posix.Open(Encoding.ASCII.GetBytes("/tmp/" + new string('x', 61)), OpenFlags.WriteOnly | OpenFlags.Create));
            Check("open a directory for writing", Posix.Posix.Open("/tmp"u8, OpenFlags.WriteOnly));
            Check("through a file", Posix.Posix.Open("/dev/console/x"u8, OpenFlags.ReadOnly));
            Check("sync", Posix.Posix.Sync());
            done = true;
        }));
        sim.RunUntil(() => done);
        Assert.Equal(
        [
            "mkdir = 0",
            "mkdir again = -17",
            "open = 0",
            "write = 27",
            "seek = 6",
            "read = 21",
            "text = servers and a kernel",
            "read at end = 0",
            "fstat = 0",
            "size = 27, mode = 100644, links = 1",
            "close = 0",
            "close again = -9",
            "rename = 0",
            "stat old name = -2",
            "stat new name = 0",
            "chdir = 0",
            "link = 0",
            "unlink = 0",
            "open by the other name = 0",
            "read by the other name = 27",
            "rmdir a full directory = -66",
            "unlink the last name = 0",
            "still readable while open = 27",
            "close = 0",
            "rmdir = 0",
            "open missing = -2",
            "name of 61 bytes = -63",
            "open a directory for writing = -21",
            "through a file = -20",
            "sync = 0",
        ], log);
        Assert.Equal([".", "..", "dev", "tmp", "mnt"], DiskImage.Open(root, "root", writable: false).List("/").Select(e => e.Name));
        Mfs.TestDisks.FsckClean(root);
    }
}
