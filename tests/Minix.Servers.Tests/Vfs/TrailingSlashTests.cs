using System.Text;
using Minix.Ipc;
using Minix.Posix.Abi;
using Minix.Servers.Mfs;
using Minix.Servers.Tests.Mfs;
using Minix.Tests.Shared;
using Xunit.Abstractions;
using static Minix.Posix.Posix;

namespace Minix.Servers.Tests.Vfs;

/// <summary>
/// A slash after a path's last name says it names a directory (POSIX; the answers are Linux's): the calls through VFS
/// and MFS on the simulated machine, each starting from /tmp/file (holding "keep\n") and the empty /tmp/dir, and
/// what is on the disk afterwards.
/// </summary>
public class TrailingSlashTests(ITestOutputHelper output)
{
    private const int UserSlot = 12;

    [Fact]
    public void Unlinking_a_file_named_with_a_trailing_slash_gives_ENOTDIR_and_keeps_it()
    {
        (List<string> log, byte[] root) = Run(log =>
        {
            Check(log, "unlink file/", Unlink("/tmp/file/"u8));
            Check(log, "unlink file//", Unlink("/tmp/file//"u8));
            Check(log, "unlink missing/", Unlink("/tmp/missing/"u8));
            Check(log, "unlink dir/", Unlink("/tmp/dir/"u8));
            Check(log, "unlink dir", Unlink("/tmp/dir"u8));
        });

        Assert.Equal(
        [
            "unlink file/ = NotDirectory",
            "unlink file// = NotDirectory",
            "unlink missing/ = NotFound",
            "unlink dir/ = PermissionDenied", // MINIX's (and POSIX's) answer for a directory, with the slash or without
            "unlink dir = PermissionDenied",
        ], log);
        AssertUntouched(root);
    }

    [Fact]
    public void Renaming_a_file_with_a_trailing_slash_on_either_name_gives_ENOTDIR_and_moves_nothing()
    {
        (List<string> log, byte[] root) = Run(log =>
        {
            Check(log, "rename file/ other", Rename("/tmp/file/"u8, "/tmp/other"u8));
            Check(log, "rename file other/", Rename("/tmp/file"u8, "/tmp/other/"u8));
            Check(log, "rename file dir/", Rename("/tmp/file"u8, "/tmp/dir/"u8));
            Check(log, "rename missing/ other", Rename("/tmp/missing/"u8, "/tmp/other"u8));
        });

        Assert.Equal(
        [
            "rename file/ other = NotDirectory",
            "rename file other/ = NotDirectory",
            "rename file dir/ = NotDirectory",
            "rename missing/ other = NotFound",
        ], log);
        AssertUntouched(root);
    }

    [Fact]
    public void Creating_a_file_named_with_a_trailing_slash_gives_EISDIR_and_neither_creates_nor_truncates()
    {
        (List<string> log, byte[] root) = Run(log =>
        {
            Check(log, "creat new/", Open("/tmp/new/"u8, OpenFlags.WriteOnly | OpenFlags.Create, 0x1A4));
            Check(log, "creat new/ exclusive", Open("/tmp/new/"u8, OpenFlags.WriteOnly | OpenFlags.Create | OpenFlags.Exclusive, 0x1A4));
            Check(log, "creat file/ truncating", Open("/tmp/file/"u8, OpenFlags.WriteOnly | OpenFlags.Create | OpenFlags.Truncate, 0x1A4));
            Check(log, "creat dir/ read-only", Open("/tmp/dir/"u8, OpenFlags.ReadOnly | OpenFlags.Create, 0x1A4));
        });

        Assert.Equal(
        [
            "creat new/ = IsDirectory",
            "creat new/ exclusive = IsDirectory",
            "creat file/ truncating = IsDirectory",
            "creat dir/ read-only = IsDirectory",
        ], log);
        AssertUntouched(root);
    }

    [Fact]
    public void Opening_an_existing_directory_with_O_CREAT_gives_EISDIR_without_the_slash_too_unless_O_DIRECTORY_asks_for_one()
    {
        (List<string> log, byte[] root) = Run(log =>
        {
            Check(log, "creat dir read-only", Open("/tmp/dir"u8, OpenFlags.ReadOnly | OpenFlags.Create, 0x1A4));
            long opened = Open("/tmp/dir"u8, OpenFlags.ReadOnly | OpenFlags.Create | OpenFlags.Directory, 0x1A4);
            log.Add("creat dir O_DIRECTORY " + (opened >= 0 ? "opened" : ((Status)opened).ToString()));
            if (opened >= 0)
                Close((int)opened);
            opened = Open("/tmp/dir"u8, OpenFlags.ReadOnly, 0);
            log.Add("open dir read-only " + (opened >= 0 ? "opened" : ((Status)opened).ToString()));
        });

        Assert.Equal(["creat dir read-only = IsDirectory", "creat dir O_DIRECTORY opened", "open dir read-only opened"], log);
        AssertUntouched(root);
    }

    [Fact]
    public void Making_a_device_node_named_with_a_trailing_slash_gives_ENOENT_or_EEXIST_and_makes_nothing()
    {
        (List<string> log, byte[] root) = Run(log =>
        {
            Check(log, "mknod node/", MakeNode("/tmp/node/"u8, FileModeBits.CharacterDevice | 0x1A4, 0x0401));
            Check(log, "mknod file/", MakeNode("/tmp/file/"u8, FileModeBits.CharacterDevice | 0x1A4, 0x0401));
            Check(log, "mknod dir/", MakeNode("/tmp/dir/"u8, FileModeBits.CharacterDevice | 0x1A4, 0x0401));
        });

        Assert.Equal(
        [
            "mknod node/ = NotFound",
            "mknod file/ = AlreadyExists",
            "mknod dir/ = AlreadyExists",
        ], log);
        AssertUntouched(root);
    }

    [Fact]
    public void Linking_to_a_new_name_with_a_trailing_slash_gives_ENOENT_or_EEXIST_and_links_nothing()
    {
        (List<string> log, byte[] root) = Run(log =>
        {
            Check(log, "link file new/", Link("/tmp/file"u8, "/tmp/new/"u8));
            Check(log, "link file dir/", Link("/tmp/file"u8, "/tmp/dir/"u8));
            Check(log, "link file/ new", Link("/tmp/file/"u8, "/tmp/new"u8));
        });

        Assert.Equal(
        [
            "link file new/ = NotFound",
            "link file dir/ = AlreadyExists",
            "link file/ new = NotDirectory",
        ], log);
        AssertUntouched(root);
        using var disk = DiskImage.Open(root, "root", writable: false);
        Assert.Equal(1, disk.Stat("/tmp/file").Links);
    }

    [Fact]
    public void Directories_named_with_a_trailing_slash_are_made_renamed_and_removed_and_a_file_so_named_is_refused()
    {
        (List<string> log, byte[] root) = Run(log =>
        {
            Check(log, "mkdir new/", MakeDirectory("/tmp/new/"u8));
            Check(log, "rename new/ moved/", Rename("/tmp/new/"u8, "/tmp/moved/"u8));
            Check(log, "rename moved again/", Rename("/tmp/moved"u8, "/tmp/again/"u8));
            Check(log, "rename again/ gone", Rename("/tmp/again/"u8, "/tmp/gone"u8));
            Check(log, "rmdir gone//", RemoveDirectory("/tmp/gone//"u8));
            Check(log, "mkdir file/", MakeDirectory("/tmp/file/"u8));
            Check(log, "rmdir file/", RemoveDirectory("/tmp/file/"u8));
            Check(log, "rename dir file/", Rename("/tmp/dir"u8, "/tmp/file/"u8));
        });

        Assert.Equal(
        [
            "mkdir new/ = 0",
            "rename new/ moved/ = 0",
            "rename moved again/ = 0",
            "rename again/ gone = 0",
            "rmdir gone// = 0",
            "mkdir file/ = AlreadyExists",
            "rmdir file/ = NotDirectory",
            "rename dir file/ = NotDirectory",
        ], log);
        AssertUntouched(root);
    }

    [Fact]
    public void Calls_that_follow_a_whole_path_give_ENOTDIR_for_a_file_named_with_a_trailing_slash()
    {
        (List<string> log, byte[] root) = Run(log =>
        {
            Check(log, "open file/", Open("/tmp/file/"u8, OpenFlags.ReadOnly));
            Check(log, "stat file/", Stat("/tmp/file/"u8, out _));
            Check(log, "chmod file/", ChangeMode("/tmp/file/"u8, 0x1FF));
            Check(log, "truncate file/", Truncate("/tmp/file/"u8, 0));
            Check(log, "utime file/", SetTimes("/tmp/file/"u8));
            Check(log, "chdir file/", ChangeDirectory("/tmp/file/"u8));
            Check(log, "stat dir/", Stat("/tmp/dir/"u8, out _));
        });

        Assert.Equal(
        [
            "open file/ = NotDirectory",
            "stat file/ = NotDirectory",
            "chmod file/ = NotDirectory",
            "truncate file/ = NotDirectory",
            "utime file/ = NotDirectory",
            "chdir file/ = NotDirectory",
            "stat dir/ = 0",
        ], log);
        AssertUntouched(root);
        using var disk = DiskImage.Open(root, "root", writable: false);
        Assert.Equal(FileModeBits.Regular | 0x1A4, disk.Stat("/tmp/file").Mode);
    }

    private static void Check(List<string> log, string what, long result) =>
        log.Add($"{what} = {(result < 0 ? ((Status)result).ToString() : "0")}");

    /// <summary>/tmp still holds exactly the file, with its content, and the directory; the disk is clean.</summary>
    private static void AssertUntouched(byte[] root)
    {
        using var disk = DiskImage.Open(root, "root", writable: false);
        Assert.Equal([".", "..", "dir", "file"], disk.List("/tmp").Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal("keep\n", Encoding.ASCII.GetString(disk.ReadFile("/tmp/file")));
        Assert.Equal(FileModeBits.Directory, disk.Stat("/tmp/dir").Mode & FileModeBits.TypeMask);
    }

    /// <summary>Runs <paramref name="program"/> as a root process over a fresh disk, then gives its log and the disk (fsck-clean).</summary>
    private (List<string> Log, byte[] Root) Run(Action<List<string>> program)
    {
        byte[] root = FileSystemMachine.RootImage();
        using (var setup = DiskImage.Open(root, "root", writable: true, new FixedClock(1)))
        {
            setup.WriteFile("/tmp/file", "keep\n"u8.ToArray());
            setup.MakeDirectory("/tmp/dir");
        }

        var log = new List<string>();
        bool done = false;
        using (var sim = FileSystemMachine.Boot(root, output.WriteLine, SampleSystem.User(UserSlot, "client", () =>
        {
            program(log);
            Check(log, "sync", Sync());
            done = true;
        })))
        {
            sim.RunUntil(() => done);
        }

        Assert.Equal("sync = 0", log[^1]);
        log.RemoveAt(log.Count - 1);
        TestDisks.FsckClean(root);
        return (log, root);
    }
}
