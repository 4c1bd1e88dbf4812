using System.Runtime.InteropServices;
using Minix.Ipc;
using Minix.Kernel;

namespace Minix.Servers;

/// <summary>
/// What the virtual file system (VFS) asks a file server (MINIX's VFS-to-FS range, 0xA00). Everything is by inode
/// number within the one device the server has mounted; VFS walks paths itself, one name at a time, so it sees every
/// mount point and every "..". Names and data travel through grants: VFS grants the server its copy of a name, and
/// passes a program's buffer on as an indirect grant, so the server copies straight to and from the program.
/// Every reply carries its status in <see cref="Message.Type"/> and a <see cref="FileServerReply"/>.
/// </summary>
/// <remarks>
/// An inode the server hands to VFS (lookup, create, the root at mount) is held by VFS until it sends
/// <see cref="PutNode"/> with the number of holds it got; only then may the server free an unlinked file.
/// </remarks>
public static class FileServerProtocol
{
    /// <summary>Mount the device (<see cref="FileServerMountRequest"/>). Reply: the root inode, held.</summary>
    public const int ReadSuper = MessageType.FileServerBase + 1;

    /// <summary>Unmount: write everything back, mark the file system clean (no payload).</summary>
    public const int Unmount = MessageType.FileServerBase + 2;

    /// <summary>Write every change back to the device (no payload).</summary>
    public const int Sync = MessageType.FileServerBase + 3;

    /// <summary>Look a name up in a directory (<see cref="FileServerRequest"/>: inode, name). Reply: the node found, held.</summary>
    public const int Lookup = MessageType.FileServerBase + 4;

    /// <summary>Give back holds on an inode (<see cref="FileServerRequest"/>: inode, count).</summary>
    public const int PutNode = MessageType.FileServerBase + 5;

    /// <summary>Read from a file (<see cref="FileServerRequest"/>: inode, grant with write access, position, count). Reply: bytes read.</summary>
    public const int Read = MessageType.FileServerBase + 6;

    /// <summary>Write to a file (<see cref="FileServerRequest"/>: inode, grant with read access, position, count). Reply: bytes written and the new size.</summary>
    public const int Write = MessageType.FileServerBase + 7;

    /// <summary>Set a file's length (<see cref="FileServerRequest"/>: inode, position = the length).</summary>
    public const int Truncate = MessageType.FileServerBase + 8;

    /// <summary>Create a file or special file (<see cref="FileServerRequest"/>: directory, name, mode, ids, device). Reply: the new node, held.</summary>
    public const int Create = MessageType.FileServerBase + 9;

    /// <summary>Make a directory (<see cref="FileServerRequest"/>: directory, name, mode, ids).</summary>
    public const int MakeDirectory = MessageType.FileServerBase + 10;

    /// <summary>Remove a name that is not a directory (<see cref="FileServerRequest"/>: directory, name).</summary>
    public const int Unlink = MessageType.FileServerBase + 11;

    /// <summary>Remove an empty directory (<see cref="FileServerRequest"/>: directory, name).</summary>
    public const int RemoveDirectory = MessageType.FileServerBase + 12;

    /// <summary>Add a name for an inode (<see cref="FileServerRequest"/>: directory, name, <see cref="FileServerRequest.Other"/> = the inode).</summary>
    public const int Link = MessageType.FileServerBase + 13;

    /// <summary>
    /// Rename (<see cref="FileServerRequest"/>: inode = old directory, <see cref="FileServerRequest.Other"/> = new
    /// directory; the name grant holds the old name then the new one, <see cref="FileServerRequest.NameLength"/> and
    /// <see cref="FileServerRequest.SecondNameLength"/> long).
    /// </summary>
    public const int Rename = MessageType.FileServerBase + 14;

    /// <summary>Read directory entries as getdents records (<see cref="FileServerRequest"/>: inode, grant, position, count). Reply: bytes and the next position.</summary>
    public const int GetDirectoryEntries = MessageType.FileServerBase + 15;

    /// <summary>Fill a <c>struct stat</c> (<see cref="FileServerRequest"/>: inode, grant with write access).</summary>
    public const int Stat = MessageType.FileServerBase + 16;

    /// <summary>Set permission bits (<see cref="FileServerRequest"/>: inode, mode). Reply: the node's new mode.</summary>
    public const int ChangeMode = MessageType.FileServerBase + 17;

    /// <summary>Fill a <c>struct statvfs</c> for the whole file system (<see cref="FileServerRequest"/>: grant with write access).</summary>
    public const int StatFileSystem = MessageType.FileServerBase + 18;

    /// <summary>
    /// Set an inode's access and modification times (<see cref="FileServerRequest"/>: inode, grant = a program's
    /// <c>FileTimes</c> passed on with read access, or invalid for the server's "now"). The change time becomes now.
    /// </summary>
    public const int SetTimes = MessageType.FileServerBase + 19;
}

/// <summary>The payload of <see cref="FileServerProtocol.ReadSuper"/>.</summary>
[StructLayout(LayoutKind.Explicit, Size = 32)]
public struct FileServerMountRequest : IMessagePayload
{
    /// <summary>The block driver's label (it announces itself in the data store as <c>drv.&lt;label&gt;</c>).</summary>
    [FieldOffset(0)] public ProcessName DriverLabel;

    /// <summary>The minor device.</summary>
    [FieldOffset(16)] public int Minor;

    /// <summary>Mount read-only.</summary>
    [FieldOffset(20)] public int ReadOnly;

    /// <summary>The device number the server reports as st_dev.</summary>
    [FieldOffset(24)] public ulong Device;
}

/// <summary>The payload of every other request of <see cref="FileServerProtocol"/>.</summary>
[StructLayout(LayoutKind.Explicit, Size = 48)]
public struct FileServerRequest : IMessagePayload
{
    /// <summary>The inode (a file, or the directory a name is in).</summary>
    [FieldOffset(0)] public uint Inode;

    /// <summary>VFS's grant of the name(s) (read access).</summary>
    [FieldOffset(4)] public int NameGrant;

    /// <summary>The name's length in bytes.</summary>
    [FieldOffset(8)] public int NameLength;

    /// <summary>Rename: the second name's length (it follows the first in the same grant).</summary>
    [FieldOffset(12)] public int SecondNameLength;

    /// <summary>Read, write, getdents, stat, set times: the grant of the data (a program's grant passed on).</summary>
    [FieldOffset(16)] public int Grant;

    /// <summary>Read, write, getdents: bytes. Putnode: holds given back.</summary>
    [FieldOffset(20)] public int Count;

    /// <summary>Read, write, getdents: the byte position. Truncate: the length.</summary>
    [FieldOffset(24)] public long Position;

    /// <summary>Create, mkdir, chmod: the mode.</summary>
    [FieldOffset(32)] public int Mode;

    /// <summary>Create, mkdir: the owner.</summary>
    [FieldOffset(36)] public ushort UserId;

    /// <summary>Create, mkdir: the group.</summary>
    [FieldOffset(38)] public ushort GroupId;

    /// <summary>Link: the inode to link to. Rename: the new directory. Create: the device number of a special file.</summary>
    [FieldOffset(40)] public uint Other;
}

/// <summary>The payload of every reply of <see cref="FileServerProtocol"/>: a node's attributes and a result.</summary>
[StructLayout(LayoutKind.Explicit, Size = 40)]
public struct FileServerReply : IMessagePayload
{
    /// <summary>The node's inode number.</summary>
    [FieldOffset(0)] public uint Inode;

    /// <summary>Its mode.</summary>
    [FieldOffset(4)] public int Mode;

    /// <summary>Its size in bytes.</summary>
    [FieldOffset(8)] public long Size;

    /// <summary>Its owner.</summary>
    [FieldOffset(16)] public int UserId;

    /// <summary>Its group.</summary>
    [FieldOffset(20)] public int GroupId;

    /// <summary>For a special file: its device number.</summary>
    [FieldOffset(24)] public uint Device;

    /// <summary>Read, write, getdents: bytes moved.</summary>
    [FieldOffset(28)] public int Result;

    /// <summary>Getdents: the position to continue from.</summary>
    [FieldOffset(32)] public long Next;
}
