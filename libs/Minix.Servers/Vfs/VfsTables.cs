using Minix.Ipc;
using Minix.Kernel;

namespace Minix.Servers.Vfs;

/// <summary>What a process is waiting for inside VFS (its SENDREC stays unanswered meanwhile).</summary>
internal enum Suspension
{
    /// <summary>Not suspended.</summary>
    None = 0,

    /// <summary>Reading an empty pipe that still has a writer.</summary>
    PipeRead,

    /// <summary>Writing a full pipe that still has a reader.</summary>
    PipeWrite,

    /// <summary>Waiting for a device driver's answer (open, read, write, ioctl).</summary>
    Device,
}

/// <summary>One process as VFS sees it: its ids, directories, descriptor flags and what it waits for. Its descriptors are a row of <see cref="VirtualFileSystem"/>'s descriptor table.</summary>
internal struct VfsProcess
{
    public Endpoint Endpoint;
    public bool Used;
    public int WorkingDirectory;
    public int RootDirectory;
    public int Umask;
    public int RealUserId;
    public int UserId;
    public int RealGroupId;
    public int GroupId;

    /// <summary>FD_CLOEXEC, one bit per descriptor.</summary>
    public ulong CloseOnExec;

    public Suspension Waiting;

    /// <summary>The call it is suspended in (its request type).</summary>
    public int Call;

    /// <summary>The open file the suspended call is on.</summary>
    public int File;

    /// <summary>The descriptor the suspended call returns (a device open) or is on.</summary>
    public int Descriptor;

    /// <summary>The caller's grant of its buffer.</summary>
    public int Grant;

    /// <summary>Bytes asked for.</summary>
    public int Count;

    /// <summary>Bytes already moved (a pipe write larger than the pipe).</summary>
    public int Done;
}

/// <summary>An open-file description: shared by the descriptors dup, dup2 and fork make, so they share the position and status flags.</summary>
internal struct OpenFile
{
    /// <summary>Descriptors (in all processes) that refer to it; 0 means free.</summary>
    public int Count;

    public int Vnode;

    /// <summary>The access mode and status flags (<see cref="Posix.Abi.OpenFlags"/>).</summary>
    public int Flags;

    public long Position;

    /// <summary>For a special file: the driver's endpoint when it was opened.</summary>
    public Endpoint Driver;
}

/// <summary>A file VFS knows: which file server and inode, its cached attributes, mounts on it, and a pipe's state.</summary>
internal struct Vnode
{
    /// <summary>References from open files, directories, mounts and VFS itself; 0 means free.</summary>
    public int Refs;

    /// <summary>Which mount it belongs to (-1 for a pipe).</summary>
    public int Mount;

    public uint Inode;

    /// <summary>How many holds the file server gave VFS on the inode (given back all at once).</summary>
    public int ServerHolds;

    public int Mode;
    public long Size;
    public int UserId;
    public int GroupId;

    /// <summary>For a special file: its device number.</summary>
    public uint Device;

    /// <summary>The mount whose root covers this directory, or -1.</summary>
    public int MountedHere;

    /// <summary>For a pipe: its buffer, else -1.</summary>
    public int Pipe;

    /// <summary>For a pipe: open files that read it.</summary>
    public int Readers;

    /// <summary>For a pipe: open files that write it.</summary>
    public int Writers;
}

/// <summary>A mounted file system.</summary>
internal struct MountPoint
{
    public bool Used;

    /// <summary>The file server that has the device mounted.</summary>
    public Endpoint Server;

    /// <summary>Its root directory's vnode.</summary>
    public int Root;

    /// <summary>The directory it covers (-1 for "/").</summary>
    public int MountedOn;

    /// <summary>The device number (st_dev).</summary>
    public uint Device;

    public bool ReadOnly;
}

/// <summary>A file server VFS has heard of (from its data-store announcement).</summary>
internal struct FileServerSlot
{
    public Endpoint Endpoint;
    public ProcessName Label;

    /// <summary>The mount it serves, or -1 if it is free.</summary>
    public int Mount;
}
