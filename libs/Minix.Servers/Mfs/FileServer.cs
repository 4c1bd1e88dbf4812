using System.Runtime.InteropServices;
using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel;
using Minix.Kernel.Calls;
using Minix.Kernel.Grants;
using Minix.Posix.Abi;

namespace Minix.Servers.Mfs;

/// <summary>
/// The MINIX file server (MFS): one process per mounted device, serving the <see cref="FileServerProtocol"/> to the
/// virtual file system over a <see cref="Volume"/> on a <see cref="DriverDisk"/>. It answers only VFS. Its buffer
/// cache is the boot parameter <c>mfs.cache</c> KiB (default <see cref="DefaultCacheKiB"/>), allocated at start-up.
/// </summary>
/// <remarks>
/// Once initialized it announces itself in the data store as <c>fs.&lt;label&gt;</c>, so VFS knows it can mount a
/// device on it; the server at boot slot 3 is the root file server, which VFS mounts at start. Requests are served one
/// at a time; a request that meets a damaged file system fails with the errno that fits, and the server logs what was
/// wrong. A request whose block driver dies is repeated on the driver's next incarnation (<see cref="DriverDisk"/>).
/// </remarks>
public sealed class FileServer : Service
{
    /// <summary>The buffer cache's size when the boot parameters do not say, in KiB.</summary>
    public const int DefaultCacheKiB = 1024;

    /// <summary>The longest name VFS sends (the file system itself allows 60 bytes; longer ones get ENAMETOOLONG here).</summary>
    public const int MaxNameLength = 255;

    private readonly int _cacheKiB;
    private GrantTable _grants = null!;
    private DriverDisk _disk = null!;
    private Volume _volume = null!;
    private GrantedMemory _memory = null!;
    private byte[] _names = null!;
    private ulong _device;

    /// <summary>Creates the server.</summary>
    /// <param name="cacheKiB">The cache size in KiB, or 0 to take the boot parameter <c>mfs.cache</c> (else <see cref="DefaultCacheKiB"/>).</param>
    public FileServer(int cacheKiB = 0)
    {
        _cacheKiB = cacheKiB;
    }

    /// <summary>The mounted volume (for tests).</summary>
    public Volume Volume => _volume;

    /// <summary>Allocates the cache, inode table and grant table.</summary>
    /// <returns><see cref="Status.Ok"/>.</returns>
    protected override Status OnInitFresh()
    {
        int kib = _cacheKiB > 0 ? _cacheKiB : BootNumber("mfs.cache"u8, DefaultCacheKiB);
        _grants = new GrantTable(4);
        Status status = _grants.Register();
        if (status != Status.Ok)
            return status;
        _disk = new DriverDisk(_grants);
        _volume = new Volume(new BufferCache(kib * 1024), new InodeTable(), new UptimeClock());
        _memory = new GrantedMemory();
        _names = PinnedMemory.Allocate(2 * MaxNameLength);
        return Status.Ok;
    }

    /// <summary>Announces <c>fs.&lt;label&gt;</c> in the data store.</summary>
    protected override void OnAnnounce()
    {
        Span<byte> key = stackalloc byte[3 + ProcessName.Capacity];
        "fs."u8.CopyTo(key);
        ReadOnlySpan<byte> label = ProcessName.Bytes(Label);
        label.CopyTo(key.Slice(3));
        DataStore.Publish(key.Slice(0, 3 + label.Length), Self);
    }

    /// <summary>Serves one request of the <see cref="FileServerProtocol"/>.</summary>
    /// <param name="message">The request; reused for the reply.</param>
    /// <param name="how">How it came.</param>
    protected override void OnRequest(ref Message message, IpcStatus how)
    {
        int type = message.Type;
        if (type < FileServerProtocol.ReadSuper || type > FileServerProtocol.SetTimes)
        {
            OnOtherMessage(ref message, how);
            return;
        }

        Endpoint client = message.Source;
        var reply = default(FileServerReply);
        Status status;
        if (client.Slot != Endpoint.FileSystem.Slot)
            status = Status.PermissionDenied; // only VFS speaks to a file server
        else if (type == FileServerProtocol.ReadSuper)
            status = ReadSuper(message.Payload<FileServerMountRequest>(), ref reply);
        else if (!_volume.IsMounted)
            status = Status.InvalidArgument;
        else
            status = Serve(type, client, message.Payload<FileServerRequest>(), ref reply);

        if (_volume.Problem.Length > 0)
        {
            var line = new LogText(stackalloc byte[200]);
            line.Append("file system damaged: "u8).Append(_volume.Problem);
            Log.Write(line.Text);
            _volume.ClearProblem();
        }

        var answer = Message.Create((int)status, reply);
        Reply(client, how.Call, ref answer);
    }

    private Status Serve(int type, Endpoint vfs, in FileServerRequest request, ref FileServerReply reply)
    {
        _memory.Granter = vfs;
        _memory.Grant = new GrantId(request.Grant);
        Status status;
        uint inode;
        switch (type)
        {
            case FileServerProtocol.Unmount:
                status = _volume.Unmount();
                _disk.Close();
                return status;
            case FileServerProtocol.Sync:
                return _volume.Sync();
            case FileServerProtocol.Lookup:
                status = Name(vfs, request, out ReadOnlySpan<byte> name);
                if (status == Status.Ok)
                    status = _volume.Lookup(request.Inode, name, out inode);
                else
                    return status;
                return status == Status.Ok ? Describe(inode, ref reply) : status;
            case FileServerProtocol.PutNode:
                return _volume.PutInode(request.Inode, request.Count);
            case FileServerProtocol.Read:
            case FileServerProtocol.Write:
                return Transfer(type == FileServerProtocol.Write, request, ref reply);
            case FileServerProtocol.Truncate:
                status = _volume.GetInode(request.Inode, out int slot);
                if (status != Status.Ok)
                    return status;
                status = _volume.Truncate(slot, request.Position);
                _volume.PutInode(request.Inode);
                return status;
            case FileServerProtocol.Create:
                status = Name(vfs, request, out name);
                if (status == Status.Ok)
                    status = _volume.Create(request.Inode, name, request.Mode, request.UserId, request.GroupId, request.Other, out inode);
                else
                    return status;
                return status == Status.Ok ? Describe(inode, ref reply) : status;
            case FileServerProtocol.MakeDirectory:
                status = Name(vfs, request, out name);
                return status == Status.Ok ? _volume.MakeDirectory(request.Inode, name, request.Mode, request.UserId, request.GroupId, out _) : status;
            case FileServerProtocol.Unlink:
                status = Name(vfs, request, out name);
                return status == Status.Ok ? _volume.Unlink(request.Inode, name) : status;
            case FileServerProtocol.RemoveDirectory:
                status = Name(vfs, request, out name);
                return status == Status.Ok ? _volume.RemoveDirectory(request.Inode, name) : status;
            case FileServerProtocol.Link:
                status = Name(vfs, request, out name);
                return status == Status.Ok ? _volume.Link(request.Inode, name, request.Other) : status;
            case FileServerProtocol.Rename:
                return Rename(vfs, request);
            case FileServerProtocol.GetDirectoryEntries:
                status = _volume.ReadDirectory(request.Inode, request.Position, request.Count, _memory, out int filled, out long next);
                reply.Result = filled;
                reply.Next = next;
                return status;
            case FileServerProtocol.Stat:
                status = _volume.Stat(request.Inode, _device, out FileStatus stat);
                return status == Status.Ok ? _memory.CopyTo(0, MemoryMarshal.AsBytes(MemoryMarshal.CreateReadOnlySpan(ref stat, 1))) : status;
            case FileServerProtocol.ChangeMode:
                status = _volume.ChangeMode(request.Inode, request.Mode);
                return status == Status.Ok ? Attributes(request.Inode, ref reply) : status;
            case FileServerProtocol.StatFileSystem:
                status = _volume.StatFileSystem(out FileSystemStatistics statistics);
                return status == Status.Ok ? _memory.CopyTo(0, MemoryMarshal.AsBytes(MemoryMarshal.CreateReadOnlySpan(ref statistics, 1))) : status;
            case FileServerProtocol.SetTimes:
                return SetTimes(request);
            default:
                return Status.BadRequest;
        }
    }

    /// <summary>utime: the program's times come through VFS's indirect grant; without one, the server's clock says "now".</summary>
    private Status SetTimes(in FileServerRequest request)
    {
        if (request.Grant == GrantId.Invalid)
            return _volume.SetTimes(request.Inode, null);
        FileTimes times = default;
        Status status = _memory.CopyFrom(0, MemoryMarshal.AsBytes(MemoryMarshal.CreateSpan(ref times, 1)));
        return status == Status.Ok ? _volume.SetTimes(request.Inode, times) : status;
    }

    private Status ReadSuper(in FileServerMountRequest request, ref FileServerReply reply)
    {
        if (_volume.IsMounted)
            return Status.Busy;
        bool readOnly = request.ReadOnly != 0;
        Status status = _disk.Open(ProcessName.Bytes(request.DriverLabel), request.Minor, readOnly ? DeviceAccess.Read : DeviceAccess.Read | DeviceAccess.Write);
        if (status != Status.Ok)
            return status;
        status = _volume.Mount(_disk, readOnly);
        if (status != Status.Ok)
        {
            _disk.Close();
            return status;
        }

        _device = request.Device;
        var line = new LogText(stackalloc byte[160]);
        line.Append("mounted "u8).Append(ProcessName.Bytes(request.DriverLabel)).Append(" minor "u8).Append(request.Minor)
            .Append(": "u8).Append(_volume.Super.BlockSize).Append("-byte blocks, "u8).Append(_volume.Super.Zones).Append(" zones, "u8)
            .Append(_volume.Cache.Count).Append(" buffers"u8).Append(readOnly ? ", read-only"u8 : ""u8).Append(_volume.WasClean ? ""u8 : " (it was not cleanly unmounted)"u8);
        Log.Write(line.Text);
        status = _volume.HoldInode(DiskFormat.RootInode);
        return status == Status.Ok ? Describe(DiskFormat.RootInode, ref reply) : status;
    }

    private Status Transfer(bool write, in FileServerRequest request, ref FileServerReply reply)
    {
        Status status = _volume.GetInode(request.Inode, out int slot);
        if (status != Status.Ok)
            return status;
        int done;
        if (write)
            status = _volume.Write(slot, request.Position, request.Count, _memory, out done);
        else
            status = _volume.Read(slot, request.Position, request.Count, _memory, out done);
        reply.Result = done;
        reply.Size = _volume.Node(slot).Size;
        _volume.PutInode(request.Inode);
        return done > 0 ? Status.Ok : status;
    }

    private Status Rename(Endpoint vfs, in FileServerRequest request)
    {
        int total = request.NameLength + request.SecondNameLength;
        if (request.NameLength < 0 || request.SecondNameLength < 0 || total > _names.Length)
            return Status.NameTooLong;
        Span<byte> names = _names.AsSpan(0, total);
        Status status = Sys.SafeCopyFrom(vfs, new GrantId(request.NameGrant), 0, names);
        if (status != Status.Ok)
            return status;
        return _volume.Rename(request.Inode, names.Slice(0, request.NameLength), request.Other, names.Slice(request.NameLength, request.SecondNameLength));
    }

    /// <summary>Copies the request's name from VFS's grant.</summary>
    private Status Name(Endpoint vfs, in FileServerRequest request, out ReadOnlySpan<byte> name)
    {
        name = default;
        if (request.NameLength < 0 || request.NameLength > MaxNameLength)
            return Status.NameTooLong;
        Span<byte> copy = _names.AsSpan(0, request.NameLength);
        Status status = Sys.SafeCopyFrom(vfs, new GrantId(request.NameGrant), 0, copy);
        name = copy;
        return status;
    }

    /// <summary>Fills the reply with a held inode's attributes.</summary>
    private Status Describe(uint inode, ref FileServerReply reply)
    {
        Status status = Attributes(inode, ref reply);
        if (status != Status.Ok)
            _volume.PutInode(inode);
        return status;
    }

    private Status Attributes(uint inode, ref FileServerReply reply)
    {
        Status status = _volume.Stat(inode, _device, out FileStatus stat);
        if (status != Status.Ok)
            return status;
        reply.Inode = inode;
        reply.Mode = stat.Mode;
        reply.Size = stat.SizeInBytes;
        reply.UserId = stat.UserId;
        reply.GroupId = stat.GroupId;
        reply.Device = (uint)stat.SpecialDevice;
        return Status.Ok;
    }

    private static int BootNumber(ReadOnlySpan<byte> key, int fallback)
    {
        Span<byte> text = stackalloc byte[16];
        if (!BootParameters.TryGet(key, text, out int length) || length == 0)
            return fallback;
        int value = 0;
        for (int i = 0; i < length; i++)
        {
            if (text[i] < (byte)'0' || text[i] > (byte)'9' || value > 100_000_000)
                return fallback;
            value = (value * 10) + (text[i] - '0');
        }

        return value > 0 ? value : fallback;
    }
}
