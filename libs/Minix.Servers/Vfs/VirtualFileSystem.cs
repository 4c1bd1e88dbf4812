using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel;
using Minix.Kernel.Calls;
using Minix.Posix;

namespace Minix.Servers.Vfs;

/// <summary>
/// The virtual file system (VFS, boot slot 1): the POSIX file calls of every process (<see cref="FileSystemProtocol"/>),
/// per-process descriptor tables over shared open files, path lookup across mount points, pipes, and special files
/// routed to their drivers. File contents live in file servers (<see cref="Mfs.FileServer"/>), one per mounted device,
/// which VFS drives by inode number (<see cref="FileServerProtocol"/>); the process manager keeps it informed of forks,
/// exits and execs (<see cref="VfsFromPmProtocol"/>).
/// </summary>
/// <remarks>
/// <para>
/// <b>Never blocked by a client or a driver.</b> A call that must wait (an empty or full pipe, a device that answers
/// later) suspends its caller, who stays in its SENDREC, and is answered when it can finish. Requests to drivers go out
/// with SENDNB and are retried until the driver takes them; their answers arrive in VFS's loop like any message. VFS
/// does SENDREC only to file servers and the data store, which are trusted to answer.
/// </para>
/// <para>
/// <b>Root.</b> At start VFS mounts the root file system: the file server in boot slot 3 on the block device named by
/// the boot parameter <c>rootdev=&lt;label&gt;[:&lt;minor&gt;]</c> (default <c>ramdisk:0</c>). Other file servers announce
/// themselves in the data store as <c>fs.&lt;label&gt;</c>, and mount(2) puts a device on a free one.
/// </para>
/// Every table is allocated at start-up; the loop allocates nothing.
/// </remarks>
public sealed partial class VirtualFileSystem : Service
{
    /// <summary>Descriptors per process (OPEN_MAX).</summary>
    public const int OpenMax = 64;

    /// <summary>Open files in the whole system.</summary>
    public const int MaxOpenFiles = 256;

    /// <summary>Files VFS knows at once.</summary>
    public const int MaxVnodes = 256;

    /// <summary>Mounted file systems.</summary>
    public const int MaxMounts = 8;

    /// <summary>Pipes at once.</summary>
    public const int MaxPipes = 16;

    /// <summary>The longest path (PATH_MAX, NUL included).</summary>
    public const int PathMax = 1024;

    /// <summary>The longest name in a path (NAME_MAX); a file server may allow fewer (MFS: 60).</summary>
    public const int NameMax = 255;

    /// <summary>The umask of a process VFS has never heard of.</summary>
    public const int DefaultUmask = 0x12; // 022

    /// <summary>A handler's result meaning "the caller is suspended: answer later".</summary>
    private const long Suspended = (long)Status.DontReply;

    private readonly Endpoint _rootServer;
    private VfsProcess[] _processes = null!;
    private int[] _descriptors = null!;
    private OpenFile[] _files = null!;
    private Vnode[] _vnodes = null!;
    private MountPoint[] _mounts = null!;
    private FileServerSlot[] _servers = null!;
    private PipeBuffers _pipes = null!;
    private GrantTable _grants = null!;
    private byte[] _path = null!;
    private byte[] _path2 = null!;
    private byte[] _scratch = null!;
    private int _rootVnode = -1;
    private int _second;

    /// <summary>Creates VFS.</summary>
    /// <param name="rootServer">The root file server's endpoint (default: boot slot 3).</param>
    public VirtualFileSystem(Endpoint rootServer = default)
    {
        _rootServer = rootServer == default ? new Endpoint(3) : rootServer;
    }

    /// <summary>Allocates the tables, subscribes to file servers' announcements and mounts the root file system.</summary>
    /// <returns><see cref="Status.Ok"/> (VFS runs without a root if it cannot mount one, and says why).</returns>
    protected override Status OnInitFresh()
    {
        int slots = Sys.GetKernelInfo(out KernelInfo info) == Status.Ok && info.ProcessSlots > 0 ? info.ProcessSlots : 128;
        _processes = new VfsProcess[slots];
        _descriptors = new int[slots * OpenMax];
        _files = new OpenFile[MaxOpenFiles];
        _vnodes = new Vnode[MaxVnodes];
        _mounts = new MountPoint[MaxMounts];
        _servers = new FileServerSlot[MaxMounts];
        _pipes = new PipeBuffers(MaxPipes);
        _grants = new GrantTable(16);
        _path = PinnedMemory.Allocate(PathMax);
        _path2 = PinnedMemory.Allocate(PathMax);
        _scratch = PinnedMemory.Allocate(1024);
        for (int i = 0; i < _vnodes.Length; i++)
        {
            _vnodes[i].MountedHere = -1;
            _vnodes[i].Pipe = -1;
            _vnodes[i].Mount = -1;
        }
        Status status = _grants.Register();
        if (status != Status.Ok)
            return status;
        DataStore.Subscribe("fs.*"u8);
        MountRoot();
        return Status.Ok;
    }

    /// <summary>Serves one request: a program's file call, the process manager's news, a driver's answer.</summary>
    /// <param name="message">The request.</param>
    /// <param name="how">How it came.</param>
    protected override void OnRequest(ref Message message, IpcStatus how)
    {
        int type = message.Type;
        if (type > MessageType.FileSystemBase && type < FileSystemProtocol.End)
            FileCall(ref message);
        else if (type >= VfsFromPmProtocol.Fork && type <= VfsFromPmProtocol.SetSession)
            ProcessManagerCall(ref message, how);
        else if (type == CharDeviceProtocol.Reply || type == BlockDeviceProtocol.Reply)
            DriverAnswered(message.Source, message.Payload<DeviceReply>());
        else
            OnOtherMessage(ref message, how);
        SendPending();
    }

    /// <summary>Data-store notifications (file servers announcing themselves); other notifications are ignored.</summary>
    /// <param name="message">The message.</param>
    /// <param name="how">How it came.</param>
    protected override void OnOtherMessage(ref Message message, IpcStatus how)
    {
        if (how.IsNotify && message.Source == Endpoint.DataStore)
        {
            while (DataStore.Check(out DataStoreReply entry) == Status.Ok)
                FileServerAnnounced(entry);
            SendPending();
            return;
        }

        base.OnOtherMessage(ref message, how);
    }

    /// <summary>The retry alarm: driver requests that could not be delivered are tried again.</summary>
    /// <param name="timestamp">When.</param>
    protected override void OnAlarm(ulong timestamp) => SendPending();

    /// <summary>Decodes a program's file call and answers it, unless it was suspended.</summary>
    private void FileCall(ref Message message)
    {
        int proc = ProcessOf(message.Source);
        if (proc < 0)
        {
            ReplyStatus(message.Source, IpcCall.SendRec, Status.InvalidArgument);
            return;
        }

        _second = 0;
        long result = Dispatch(proc, message.Type, ref message);
        if (result != Suspended)
            Answer(proc, result);
    }

    private long Dispatch(int proc, int type, ref Message message)
    {
        switch (type)
        {
            case FileSystemProtocol.Open:
            case FileSystemProtocol.Stat:
            case FileSystemProtocol.StatFileSystem:
            case FileSystemProtocol.Truncate:
            case FileSystemProtocol.Unlink:
            case FileSystemProtocol.MakeDirectory:
            case FileSystemProtocol.RemoveDirectory:
            case FileSystemProtocol.ChangeDirectory:
            case FileSystemProtocol.Unmount:
            case FileSystemProtocol.ChangeMode:
            case FileSystemProtocol.SetTimes:
            case FileSystemProtocol.MakeNode:
                return PathCall(proc, type, message.Payload<PathRequest>());
            case FileSystemProtocol.Link:
            case FileSystemProtocol.Rename:
            case FileSystemProtocol.Mount:
                return TwoPathCall(proc, type, message.Payload<TwoPathRequest>());
            case FileSystemProtocol.Pipe:
                return MakePipe(proc);
            case FileSystemProtocol.Sync:
                return (long)SyncAll();
            default:
                return DescriptorCall(proc, type, message.Payload<DescriptorRequest>());
        }
    }

    private long PathCall(int proc, int type, in PathRequest request)
    {
        Status status = CopyPath(proc, request.PathGrant, request.PathLength, _path);
        if (status != Status.Ok)
            return (long)status;
        ReadOnlySpan<byte> path = _path.AsSpan(0, request.PathLength);
        switch (type)
        {
            case FileSystemProtocol.Open:
                return Open(proc, path, request.Flags, request.Mode);
            case FileSystemProtocol.Stat:
                return (long)StatPath(proc, path, request.SecondGrant);
            case FileSystemProtocol.StatFileSystem:
                return (long)StatFileSystem(proc, path, request.SecondGrant);
            case FileSystemProtocol.Truncate:
                return (long)TruncatePath(proc, path, request.Number);
            case FileSystemProtocol.Unlink:
                return (long)Remove(proc, path, directory: false);
            case FileSystemProtocol.MakeDirectory:
                return (long)MakeDirectory(proc, path, request.Mode);
            case FileSystemProtocol.RemoveDirectory:
                return (long)Remove(proc, path, directory: true);
            case FileSystemProtocol.ChangeDirectory:
                return (long)ChangeDirectory(proc, path);
            case FileSystemProtocol.Unmount:
                return (long)Unmount(proc, path);
            case FileSystemProtocol.ChangeMode:
                return (long)ChangeMode(proc, path, request.Mode);
            case FileSystemProtocol.SetTimes:
                return (long)SetTimes(proc, path, request.SecondGrant);
            default:
                return (long)MakeNode(proc, path, request.Mode, request.Number);
        }
    }

    private long TwoPathCall(int proc, int type, in TwoPathRequest request)
    {
        Status status = CopyPath(proc, request.PathGrant, request.PathLength, _path2);
        if (status == Status.Ok)
            status = CopyPath(proc, request.Path2Grant, request.Path2Length, _path);
        if (status != Status.Ok)
            return (long)status;
        ReadOnlySpan<byte> first = _path2.AsSpan(0, request.PathLength);
        ReadOnlySpan<byte> second = _path.AsSpan(0, request.Path2Length);
        if (type == FileSystemProtocol.Link)
            return (long)Link(proc, first, second);
        if (type == FileSystemProtocol.Rename)
            return (long)Rename(proc, first, second);
        return (long)Mount(proc, first, second, request.Flags);
    }

    private long DescriptorCall(int proc, int type, in DescriptorRequest request)
    {
        switch (type)
        {
            case FileSystemProtocol.Close:
                return (long)Close(proc, request.Descriptor);
            case FileSystemProtocol.Read:
            case FileSystemProtocol.Write:
                return ReadWrite(proc, type, request.Descriptor, request.Grant, request.Count);
            case FileSystemProtocol.Seek:
                return Seek(proc, request.Descriptor, request.Argument, request.Command);
            case FileSystemProtocol.FileStat:
                return (long)StatDescriptor(proc, request.Descriptor, request.Grant);
            case FileSystemProtocol.FileTruncate:
                return (long)TruncateDescriptor(proc, request.Descriptor, request.Argument);
            case FileSystemProtocol.GetWorkingDirectory:
                return WorkingDirectory(proc, request.Grant, request.Count);
            case FileSystemProtocol.GetDirectoryEntries:
                return DirectoryEntries(proc, request.Descriptor, request.Grant, request.Count);
            case FileSystemProtocol.Duplicate:
                return Duplicate(proc, request.Descriptor, 0, exact: false);
            case FileSystemProtocol.DuplicateTo:
                return Duplicate(proc, request.Descriptor, request.Command, exact: true);
            case FileSystemProtocol.Control:
                return Control(proc, request.Descriptor, request.Command, request.Argument);
            case FileSystemProtocol.SetUmask:
                int old = _processes[proc].Umask;
                _processes[proc].Umask = request.Command & 0x1FF;
                return old;
            case FileSystemProtocol.IsTerminal:
                return IsTerminal(proc, request.Descriptor);
            case FileSystemProtocol.IoControl:
                return DeviceControl(proc, request.Descriptor, request.Grant, request.Count, request.Command);
            default:
                return (long)Status.BadRequest;
        }
    }

    /// <summary>Answers a process's file call: the status in the type, the value (and a pipe's second descriptor) in the payload.</summary>
    private void Answer(int proc, long result)
    {
        var reply = Message.Create(result < 0 ? (int)result : 0, new FileSystemReply { Value = result < 0 ? 0 : result, Second = _second });
        Messaging.SendNb(_processes[proc].Endpoint, ref reply);
    }

    /// <summary>The table row of <paramref name="endpoint"/>: a process seen for the first time (or a new incarnation in a reused slot) starts as root in "/".</summary>
    private int ProcessOf(Endpoint endpoint)
    {
        int slot = endpoint.Slot;
        if (endpoint.IsSpecial || slot < 0 || slot >= _processes.Length)
            return -1;
        ref VfsProcess p = ref _processes[slot];
        if (p.Used && p.Endpoint == endpoint)
            return slot;
        if (p.Used)
            Exited(slot); // an earlier process in this slot ended without PM telling us
        p = default;
        p.Used = true;
        p.Endpoint = endpoint;
        p.Umask = DefaultUmask;
        p.WorkingDirectory = Hold(_rootVnode);
        p.RootDirectory = Hold(_rootVnode);
        for (int fd = 0; fd < OpenMax; fd++)
            _descriptors[(slot * OpenMax) + fd] = -1;
        return slot;
    }

    /// <summary>Copies a path from a process's grant (ENAMETOOLONG past <see cref="PathMax"/>, ENOENT when empty).</summary>
    private Status CopyPath(int proc, int grant, int length, byte[] into)
    {
        if (length <= 0)
            return Status.NotFound;
        if (length >= PathMax)
            return Status.NameTooLong;
        return Sys.SafeCopyFrom(_processes[proc].Endpoint, new Kernel.Grants.GrantId(grant), 0, into.AsSpan(0, length));
    }
}
