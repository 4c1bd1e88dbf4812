using Minix.Build.Qemu;
using Xunit;

namespace Minix.Build.Tests;

/// <summary>Disk images attached as the guest's IDE disks (<c>minix boot --drive</c>).</summary>
public sealed class IdeDrivesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("minix-drives-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Disk(string name, int bytes = 4096)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, new byte[bytes]);
        return path;
    }

    [Fact]
    public void Drives_become_ide_disks_in_order_from_the_first_position_or_after_the_boot_disk()
    {
        string a = Disk("a.img"), b = Disk("b,c.img");

        Assert.Equal(["-drive", $"file={a},format=raw,if=ide,index=0", "-drive", $"file={b.Replace(",", ",,")},format=raw,if=ide,index=1"], IdeDrives.Arguments([a, b], bootDiskFirst: false));
        Assert.Equal(["-drive", $"file={a},format=raw,if=ide,index=1"], IdeDrives.Arguments([a], bootDiskFirst: true));
        Assert.Empty(IdeDrives.Arguments([], bootDiskFirst: false));
    }

    [Fact]
    public void The_boot_command_line_has_the_drives_after_the_raw_boot_disk()
    {
        string a = Disk("a.img");
        var args = QemuLauncher.Arguments("minix.img", rawDisk: true, QemuAccel.Tcg, IdeDrives.Arguments([a], bootDiskFirst: true)).ToList();

        int boot = args.IndexOf("format=raw,file=minix.img,if=ide,index=0");
        Assert.True(boot > 0);
        Assert.Equal($"file={a},format=raw,if=ide,index=1", args[boot + 2]);
    }

    [Fact]
    public void A_missing_file_a_folder_an_empty_file_and_a_fifth_disk_are_refused_naming_the_file()
    {
        string a = Disk("a.img");
        string missing = Path.Combine(_folder, "missing.img");
        string empty = Disk("empty.img", 0);

        var noFile = Assert.Throws<IdeDriveException>(() => IdeDrives.Arguments([a, missing], bootDiskFirst: false));
        Assert.Equal(missing, noFile.File);
        Assert.Contains($"'{missing}' does not exist", noFile.Message);
        Assert.Contains("is a directory", Assert.Throws<IdeDriveException>(() => IdeDrives.Arguments([_folder], false)).Message);
        Assert.Contains($"'{empty}' is empty", Assert.Throws<IdeDriveException>(() => IdeDrives.Arguments([empty], false)).Message);
        string e = Disk("e.img");
        var tooMany = Assert.Throws<IdeDriveException>(() => IdeDrives.Arguments([a, a, a, a, e], false));
        Assert.Equal(e, tooMany.File);
        Assert.Contains("too many drives", tooMany.Message);
        Assert.Contains("boot disk takes the first", Assert.Throws<IdeDriveException>(() => IdeDrives.Arguments([a, a, a, e], true)).Message);
    }
}
