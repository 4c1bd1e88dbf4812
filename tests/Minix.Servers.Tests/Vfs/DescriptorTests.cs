using System.Text;
using Minix.Posix;
using Minix.Posix.Abi;
using Minix.Tests.Shared;
using Xunit.Abstractions;
using static Minix.Posix.Posix;

namespace Minix.Servers.Tests.Vfs;

/// <summary>Descriptors and open flags: dup and fcntl share an open file, O_APPEND, O_TRUNC, O_EXCL, the umask, EMFILE.</summary>
public class DescriptorTests(ITestOutputHelper output)
{
    [Fact]
    public void Descriptors_share_open_files_and_the_open_flags_and_umask_do_what_posix_says()
    {
        var log = new List<string>();
        bool done = false;
        using var sim = FileSystemMachine.Boot(FileSystemMachine.RootImage(), output.WriteLine, SampleSystem.User(12, "client", () =>
        {
            long fd = Open("/tmp/f"u8, OpenFlags.ReadWrite | OpenFlags.Create | OpenFlags.Exclusive, 0x1B6);
            log.Add("create exclusively " + fd);
            log.Add("again exclusively " + Open("/tmp/f"u8, OpenFlags.ReadWrite | OpenFlags.Create | OpenFlags.Exclusive));
            log.Add("mode after umask 022 " + Convert.ToString(Stat("/tmp/f"u8, out FileStatus st) == 0 ? st.Mode & 0x1FF : -1, 8));
            Write((int)fd, "0123456789"u8);
            long copy = Duplicate((int)fd);
            log.Add("dup " + copy + ", shared position " + Seek((int)copy, 0, SeekFrom.Current));
            long at = Control((int)fd, FileControl.DuplicateAtLeast, 10);
            log.Add("F_DUPFD 10 " + at);
            log.Add("F_GETFL " + Control((int)fd, FileControl.GetStatusFlags));
            log.Add("F_SETFL append " + Control((int)fd, FileControl.SetStatusFlags, (long)OpenFlags.Append));
            Seek((int)fd, 0, SeekFrom.Start);
            Write((int)copy, "ab"u8);
            log.Add("append writes at the end " + Seek((int)fd, 0, SeekFrom.Current));
            log.Add("F_GETFL through the copy " + Control((int)copy, FileControl.GetStatusFlags));
            log.Add("fcntl bad command " + Control((int)fd, 99));
            long trunc = Open("/tmp/f"u8, OpenFlags.WriteOnly | OpenFlags.Truncate);
            log.Add("O_TRUNC size " + (FileStat((int)trunc, out st) == 0 ? st.SizeInBytes : -1));
            log.Add("ftruncate a read-only descriptor " + FileTruncate((int)Open("/tmp/f"u8, OpenFlags.ReadOnly), 5));
            log.Add("truncate grows " + Truncate("/tmp/f"u8, 5000) + " " + (Stat("/tmp/f"u8, out st) == 0 ? st.SizeInBytes : -1));
            log.Add("chmod " + ChangeMode("/tmp/f"u8, 0x124) + " " + Convert.ToString(Stat("/tmp/f"u8, out st) == 0 ? st.Mode & 0xFFF : -1, 8));
            log.Add("umask " + SetUmask(0) + " then " + SetUmask(0x12));
            log.Add("seek before the start " + Seek((int)fd, -1, SeekFrom.Start));
            log.Add("seek bad whence " + Seek((int)fd, 0, (SeekFrom)7));
            log.Add("dup2 onto itself " + DuplicateTo((int)fd, (int)fd));
            log.Add("dup2 out of range " + DuplicateTo((int)fd, 999));
            long opened = 0;
            while (Open("/tmp/f"u8, OpenFlags.ReadOnly) >= 0)
                opened++;
            log.Add("EMFILE after " + opened + " more: " + Open("/tmp/f"u8, OpenFlags.ReadOnly));
            log.Add("getdents on a file " + GetDirectoryEntries((int)fd, new byte[100]));
            done = true;
        }));
        sim.RunUntil(() => done);
        Assert.Equal(
        [
            "create exclusively 0",
            "again exclusively -17",
            "mode after umask 022 644",
            "dup 1, shared position 10",
            "F_DUPFD 10 10",
            "F_GETFL 2",
            "F_SETFL append 0",
            "append writes at the end 12",
            "F_GETFL through the copy 10",
            "fcntl bad command -22",
            "O_TRUNC size 0",
            "ftruncate a read-only descriptor -22",
            "truncate grows 0 5000",
            "chmod 0 444",
            "umask 18 then 0",
            "seek before the start -22",
            "seek bad whence -22",
            "dup2 onto itself 0",
            "dup2 out of range -9",
            $"EMFILE after {Minix.Servers.Vfs.VirtualFileSystem.OpenMax - 5} more: -24",
            "getdents on a file -20",
        ], log);
    }
}
