using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel;
using Minix.Posix;
using Minix.Posix.Abi;

namespace Minix.Servers.Vfs;

// Mounting: the root file system at start, mount(2) and umount(2) onto file servers that announced themselves, and
// sync. A file server serves one device; a mounted file system's root stands for the directory it covers.
public sealed partial class VirtualFileSystem
{
    /// <summary>Mounts "/" from the root file server, on the device the boot parameter <c>rootdev</c> names.</summary>
    private void MountRoot()
    {
        Span<byte> text = stackalloc byte[ProcessName.Capacity + 8];
        scoped ReadOnlySpan<byte> label = "ramdisk"u8;
        int minor = 0;
        if (BootParameters.TryGet("rootdev"u8, text, out int length) && length > 0)
        {
            ReadOnlySpan<byte> value = text.Slice(0, length);
            int colon = value.IndexOf((byte)':');
            label = colon < 0 ? value : value.Slice(0, colon);
            if (colon >= 0)
                minor = ParseNumber(value.Slice(colon + 1));
        }

        Status status = MountOn(_rootServer, label, minor, -1, readOnly: false, out int mount);
        var line = new LogText(stackalloc byte[128]);
        if (status == Status.Ok)
        {
            _rootVnode = _mounts[mount].Root;
            line.Append("root file system: "u8).Append(label).Append(" minor "u8).Append(minor).Append(" on "u8).Append(_rootServer);
        }
        else
        {
            line.Append("cannot mount the root file system ("u8).Append(label).Append(" minor "u8).Append(minor).Append("): "u8).Append(status);
        }

        Log.Write(line.Text);
    }

    /// <summary>Asks <paramref name="server"/> to mount the device and records the mount over <paramref name="coveredDirectory"/> (-1 for "/").</summary>
    private Status MountOn(Endpoint server, ReadOnlySpan<byte> label, int minor, int coveredDirectory, bool readOnly, out int mount)
    {
        mount = -1;
        for (int i = 0; i < _mounts.Length && mount < 0; i++)
        {
            if (!_mounts[i].Used)
                mount = i;
        }

        if (mount < 0)
            return Status.OutOfMemory;
        if (!TryName(label, out ProcessName driver))
            return Status.NoSuchDevice;
        uint device = DeviceNumber.Make(DeviceTable.MajorOf(label), minor);
        var request = new FileServerMountRequest { DriverLabel = driver, Minor = minor, ReadOnly = readOnly ? 1 : 0, Device = device };
        var message = Message.Create(FileServerProtocol.ReadSuper, request);
        Status status = Messaging.SendRec(server, ref message);
        if (status != Status.Ok)
            return Status.NoSuchDevice; // no such file server
        if (message.Status != Status.Ok)
            return message.Status;
        _mounts[mount] = new MountPoint { Used = true, Server = server, Root = -1, MountedOn = coveredDirectory, Device = device, ReadOnly = readOnly };
        status = Adopt(mount, message.Payload<FileServerReply>(), out int root);
        if (status != Status.Ok)
        {
            var unmount = new FileServerRequest();
            Ask(mount, FileServerProtocol.Unmount, ref unmount, out _);
            _mounts[mount] = default;
            return status;
        }

        _mounts[mount].Root = root;
        if (coveredDirectory >= 0)
            _vnodes[coveredDirectory].MountedHere = mount;
        for (int i = 0; i < _servers.Length; i++)
        {
            if (_servers[i].Endpoint == server)
                _servers[i].Mount = mount;
        }

        return Status.Ok;
    }

    private Status Mount(int proc, ReadOnlySpan<byte> special, ReadOnlySpan<byte> directory, int flags)
    {
        if (_processes[proc].UserId != 0)
            return Status.PermissionDenied;
        Status status = Resolve(proc, special, out int device);
        if (status != Status.Ok)
            return status;
        bool block = TypeOf(device) == FileModeBits.BlockDevice;
        uint number = _vnodes[device].Device;

        Release(device);
        if (!block)
            return Status.NotBlockDevice;
        ReadOnlySpan<byte> label = DeviceTable.LabelOf(DeviceNumber.Major(number));
        if (label.Length == 0)
            return Status.NoSuchDevice;
        for (int i = 0; i < _mounts.Length; i++)
        {
            if (_mounts[i].Used && _mounts[i].Device == number)
                return Status.Busy;
        }

        status = Resolve(proc, directory, out int covered);
        if (status != Status.Ok)
            return status;
        if (!IsDirectory(covered))
            status = Status.NotDirectory;
        else if (_vnodes[covered].MountedHere >= 0 || IsMountedRoot(covered) || covered == _rootVnode)
            status = Status.Busy;
        int server = -1;
        for (int i = 0; i < _servers.Length && server < 0 && status == Status.Ok; i++)
        {
            if (_servers[i].Endpoint != default && _servers[i].Endpoint != Endpoint.None && _servers[i].Mount < 0)
                server = i;
        }

        if (status == Status.Ok && server < 0)
        {
            Log.Write("mount: no free file server (each mounted device needs its own)"u8);
            status = Status.Busy;
        }

        if (status == Status.Ok)
            status = MountOn(_servers[server].Endpoint, label, DeviceNumber.Minor(number), covered, (flags & (int)MountFlags.ReadOnly) != 0, out _);
        if (status != Status.Ok)
            Release(covered); // on success the mount keeps the covered directory
        return status;
    }

    private Status Unmount(int proc, ReadOnlySpan<byte> path)
    {
        if (_processes[proc].UserId != 0)
            return Status.PermissionDenied;
        Status status = Resolve(proc, path, out int vnode);
        if (status != Status.Ok)
            return status;
        int mount = -1;
        for (int i = 0; i < _mounts.Length && mount < 0; i++)
        {
            if (_mounts[i].Used && (_mounts[i].Root == vnode || (TypeOf(vnode) == FileModeBits.BlockDevice && _mounts[i].Device == _vnodes[vnode].Device)))
                mount = i;
        }

        Release(vnode);
        if (mount < 0)
            return Status.InvalidArgument;
        if (_mounts[mount].MountedOn < 0)
            return Status.Busy; // "/" goes only when the system goes down
        if (InUse(mount))
            return Status.Busy;
        return Detach(mount);
    }

    /// <summary>Whether anything but the mount itself uses a vnode of <paramref name="mount"/>.</summary>
    private bool InUse(int mount)
    {
        for (int i = 0; i < _vnodes.Length; i++)
        {
            if (_vnodes[i].Refs == 0 || _vnodes[i].Mount != mount)
                continue;
            if (i != _mounts[mount].Root || _vnodes[i].Refs > 1)
                return true;
        }

        return false;
    }

    /// <summary>Gives back the root, tells the file server to unmount, and uncovers the directory.</summary>
    private Status Detach(int mount)
    {
        ref MountPoint m = ref _mounts[mount];
        for (int i = 0; i < _vnodes.Length; i++)
        {
            // Vnodes still held (only at reboot) lose their file system.
            if (_vnodes[i].Refs > 0 && _vnodes[i].Mount == mount && i != m.Root)
                _vnodes[i].ServerHolds = 0;
        }

        Release(m.Root);
        var request = new FileServerRequest();
        Status status = Ask(mount, FileServerProtocol.Unmount, ref request, out _);
        if (m.MountedOn >= 0)
        {
            _vnodes[m.MountedOn].MountedHere = -1;
            Release(m.MountedOn);
        }

        for (int i = 0; i < _servers.Length; i++)
        {
            if (_servers[i].Mount == mount)
                _servers[i].Mount = -1;
        }

        if (m.Root == _rootVnode)
            _rootVnode = -1;
        m = default;
        return status;
    }

    /// <summary>Writes every mounted file system back to its device.</summary>
    private Status SyncAll()
    {
        Status first = Status.Ok;
        for (int i = 0; i < _mounts.Length; i++)
        {
            if (!_mounts[i].Used)
                continue;
            var request = new FileServerRequest();
            Status status = Ask(i, FileServerProtocol.Sync, ref request, out _);
            if (first == Status.Ok)
                first = status;
        }

        return first;
    }

    /// <summary>The data store reports <c>fs.&lt;label&gt;</c>: a file server that can take a mount (or one that went away).</summary>
    private void FileServerAnnounced(in DataStoreReply entry)
    {
        ReadOnlySpan<byte> key = DataStoreKey.Bytes(entry.Key);
        if (key.Length <= 3 || !TryName(key.Slice(3), out ProcessName label))
            return;
        int slot = -1;
        int free = -1;
        for (int i = 0; i < _servers.Length; i++)
        {
            if (_servers[i].Endpoint != default && ProcessName.Bytes(_servers[i].Label).SequenceEqual(key.Slice(3)))
                slot = i;
            else if (_servers[i].Endpoint == default && free < 0)
                free = i;
        }

        bool gone = (entry.Flags & DataStoreReply.DeletedFlag) != 0;
        if (slot < 0 && (gone || free < 0))
            return;
        if (slot < 0)
        {
            slot = free;
            _servers[slot] = new FileServerSlot { Label = label, Mount = -1 };
        }
        else if (_servers[slot].Mount >= 0 && _servers[slot].Endpoint != entry.Value)
        {
            var line = new LogText(stackalloc byte[96]);
            line.Append("file server "u8).Append(key.Slice(3)).Append(" restarted: what it had mounted is lost"u8);
            Log.Write(line.Text);
        }

        _servers[slot].Endpoint = gone ? default : entry.Value;
        for (int i = 0; i < _mounts.Length; i++)
        {
            if (_mounts[i].Used && _mounts[i].Server == entry.Value)
                _servers[slot].Mount = i;
        }
    }

    private static bool TryName(ReadOnlySpan<byte> text, out ProcessName name)
    {
        name = default;
        if (text.Length == 0 || text.Length > ProcessName.Capacity)
            return false;
        name = ProcessName.FromUtf8(text);
        return true;
    }

    private static int ParseNumber(ReadOnlySpan<byte> text)
    {
        int value = 0;
        for (int i = 0; i < text.Length && text[i] >= (byte)'0' && text[i] <= (byte)'9' && value < 1_000_000; i++)
            value = (value * 10) + (text[i] - '0');
        return value;
    }
}
