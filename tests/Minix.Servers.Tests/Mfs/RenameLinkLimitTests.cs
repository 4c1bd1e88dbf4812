using Minix.Ipc;
using Minix.Servers.Mfs;

namespace Minix.Servers.Tests.Mfs;

/// <summary>Moving a directory gives its new parent one more link (its ".."), within the link limit.</summary>
public class RenameLinkLimitTests
{
    [Fact]
    public void Moving_a_directory_into_a_parent_at_the_link_limit_gives_EMLINK_and_changes_nothing()
    {
        byte[] disk = TestDisks.Formatted();
        Volume v = TestDisks.Mount(disk);
        const uint root = DiskFormat.RootInode;
        Assert.Equal(Status.Ok, v.MakeDirectory(root, "from"u8, 0x1ED, 0, 0, out uint from));
        Assert.Equal(Status.Ok, v.MakeDirectory(from, "moving"u8, 0x1ED, 0, 0, out uint moving));
        Assert.Equal(Status.Ok, v.MakeDirectory(root, "full"u8, 0x1ED, 0, 0, out uint full));
        Assert.Equal(Status.Ok, v.GetInode(full, out int fullSlot));
        ushort realLinks = v.Node(fullSlot).Links;
        v.Node(fullSlot).Links = DiskFormat.MaxLinks;

        Assert.Equal(Status.TooManyLinks, v.Rename(from, "moving"u8, full, "moving"u8));

        Assert.Equal(DiskFormat.MaxLinks, v.Node(fullSlot).Links);
        Assert.Equal(Status.Ok, v.Lookup(from, "moving"u8, out uint stayed));
        Assert.Equal(moving, stayed);
        v.PutInode(stayed);
        Assert.Equal(Status.NotFound, v.Lookup(full, "moving"u8, out _));
        Assert.Equal(Status.Ok, v.Lookup(moving, ".."u8, out uint parent));
        Assert.Equal(from, parent);
        v.PutInode(parent);
        v.Node(fullSlot).Links = realLinks;
        v.PutInode(full);
        v.PutInode(full);
        v.PutInode(moving);
        v.PutInode(from);
        Assert.Equal(Status.Ok, v.Unmount());
        TestDisks.FsckClean(disk);
    }
}
