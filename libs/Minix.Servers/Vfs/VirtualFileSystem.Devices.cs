using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel;
using Minix.Kernel.Grants;
using Minix.Posix;
using Minix.Posix.Abi;

namespace Minix.Servers.Vfs;

// Special files: open, read, write and close go to the driver the major number names (DeviceTable), found by its
// label in the data store. VFS never waits for a driver: each request goes out with SENDNB (tried again until the
// driver takes it) and the caller is suspended until the driver's answer comes back through VFS's loop.
public sealed partial class VirtualFileSystem
{
    private const int MaxDeviceCalls = 32;

    private DeviceCall[] _deviceCalls = new DeviceCall[MaxDeviceCalls];
    private int _nextDeviceId = 1;

    /// <summary>Sends a special file's open to its driver; the opener waits for the answer. /dev/tty opens the
    /// opener's controlling terminal; a session leader without one that opens a terminal nobody controls gets it as
    /// its controlling terminal (unless O_NOCTTY).</summary>
    private long DeviceOpen(int proc, int fd, int file, int flags)
    {
        ref OpenFile f = ref _files[file];
        ref VfsProcess p = ref _processes[proc];
        f.Device = _vnodes[f.Vnode].Device;
        bool block = IsBlock(f.Vnode);
        Status status = Status.Ok;
        if (!block && DeviceNumber.Major(f.Device) == DeviceTable.ControllingTerminalMajor)
        {
            if (p.Terminal == 0)
                status = Status.NoSuchDevice; // ENXIO: no controlling terminal
            f.Device = p.Terminal;
        }

        Endpoint driver = Endpoint.None;
        if (status == Status.Ok)
            status = FindDriver(f.Device, out driver);
        if (status == Status.Ok)
        {
            f.Driver = driver;
            int access = f.Flags & (int)OpenFlags.AccessMode;
            var request = new DeviceRequest
            {
                Minor = DeviceNumber.Minor(f.Device),
                Access = access == (int)OpenFlags.ReadOnly ? DeviceAccess.Read : access == (int)OpenFlags.WriteOnly ? DeviceAccess.Write : DeviceAccess.Read | DeviceAccess.Write,
                Grant = GrantId.Invalid,
                User = p.Endpoint,
            };
            if (!block && DeviceTable.IsTerminal(f.Device) && p.SessionLeader && p.Terminal == 0 && (flags & (int)OpenFlags.NoControllingTerminal) == 0 && ControllingSession(f.Device) < 0)
                request.Flags = DeviceRequestFlags.ControllingTerminal;
            status = Queue(proc, file, block ? BlockDeviceProtocol.Open : CharDeviceProtocol.Open, request, new GrantId(GrantId.Invalid));
        }

        if (status != Status.Ok)
        {
            f.Driver = Endpoint.None;
            Close(proc, fd);
            return (long)status;
        }

        Suspend(proc, Suspension.Device, FileSystemProtocol.Open, file, GrantId.Invalid, 0, 0);
        return Remember(proc, fd);
    }

    /// <summary>Passes a read, write or ioctl of a special file to its driver, with the caller's buffer granted on.
    /// A terminal that is another session's controlling terminal cannot be read (EIO), so a process outside the
    /// session cannot take the input its shell waits for.</summary>
    private long DeviceTransfer(int proc, int fd, int file, int type, int grant, int count, int code = 0)
    {
        ref OpenFile f = ref _files[file];
        if (f.Driver == Endpoint.None)
            return (long)Status.IoError;
        bool block = IsBlock(f.Vnode);
        bool write = type == FileSystemProtocol.Write;
        if (type == FileSystemProtocol.Read && !block && DeviceTable.IsTerminal(f.Device) && _processes[proc].Terminal != f.Device && ControllingSession(f.Device) >= 0)
            return (long)Status.IoError;
        GrantFlags access = type == FileSystemProtocol.IoControl
            ? (IoctlCode.DriverReads((uint)code) ? GrantFlags.Read : 0) | (IoctlCode.DriverWrites((uint)code) ? GrantFlags.Write : 0)
            : write ? GrantFlags.Read : GrantFlags.Write;
        GrantId passed = new(GrantId.Invalid);
        if (access != 0)
        {
            passed = _grants.GrantIndirect(f.Driver, _processes[proc].Endpoint, new GrantId(grant), access);
            if (!passed.IsValid)
                return (long)Status.OutOfMemory;
        }

        var request = new DeviceRequest
        {
            Minor = DeviceNumber.Minor(f.Device),
            Position = block ? f.Position : 0,
            Grant = passed.Value,
            Count = count,
            IoctlRequest = code,
            User = _processes[proc].Endpoint,
            Flags = (f.Flags & (int)OpenFlags.NonBlocking) != 0 ? DeviceRequestFlags.NonBlocking : DeviceRequestFlags.None,
        };
        int kind = type == FileSystemProtocol.IoControl ? (block ? BlockDeviceProtocol.Ioctl : CharDeviceProtocol.Ioctl)
            : block ? (write ? BlockDeviceProtocol.Write : BlockDeviceProtocol.Read) : (write ? CharDeviceProtocol.Write : CharDeviceProtocol.Read);
        Status status = Queue(proc, file, kind, request, passed);
        if (status != Status.Ok)
        {
            if (passed.IsValid)
                _grants.Revoke(passed);
            return (long)status;
        }

        Suspend(proc, Suspension.Device, type, file, grant, count, 0);
        return Remember(proc, fd);
    }

    /// <summary>ioctl: a character device's driver gets the request code and the caller's data, granted the way the
    /// code says (<see cref="IoctlCode"/>); anything else is not a terminal (ENOTTY).</summary>
    private long DeviceControl(int proc, int fd, int grant, int count, int code)
    {
        int file = FileOf(proc, fd);
        if (file < 0)
            return (long)Status.BadFileDescriptor;
        int vnode = _files[file].Vnode;
        if (TypeOf(vnode) != FileModeBits.CharacterDevice)
            return (long)Status.NotTerminal;
        if (count < IoctlCode.Size((uint)code))
            return (long)Status.InvalidArgument;
        return DeviceTransfer(proc, fd, file, FileSystemProtocol.IoControl, grant, IoctlCode.Size((uint)code), code);
    }

    /// <summary>Tells the driver a special file was closed; nobody waits for the answer.</summary>
    private void DeviceClose(int file)
    {
        ref OpenFile f = ref _files[file];
        var request = new DeviceRequest { Minor = DeviceNumber.Minor(f.Device), Grant = GrantId.Invalid };
        Queue(-1, -1, IsBlock(f.Vnode) ? BlockDeviceProtocol.Close : CharDeviceProtocol.Close, request, new GrantId(GrantId.Invalid), f.Driver);
    }

    private long Remember(int proc, int fd)
    {
        _processes[proc].Descriptor = fd;
        return Suspended;
    }

    /// <summary>A driver's answer: finishes the call it belongs to.</summary>
    private void DriverAnswered(Endpoint driver, in DeviceReply reply)
    {
        for (int i = 0; i < _deviceCalls.Length; i++)
        {
            ref DeviceCall call = ref _deviceCalls[i];
            if (!call.Used || !call.Sent || call.Driver != driver || call.Message.Payload<DeviceRequest>().Id != reply.Id)
                continue;
            Finish(ref call, reply.Result);
            return;
        }
    }

    /// <summary>Ends a device call with <paramref name="result"/>, answering its process (ERESTART and a dead driver become EIO).</summary>
    private void Finish(ref DeviceCall call, long result)
    {
        int proc = call.Process;
        int file = call.File;
        if (call.Grant.IsValid)
            _grants.Revoke(call.Grant);
        int type = call.Message.Type;
        bool controlling = (call.Message.Payload<DeviceRequest>().Flags & DeviceRequestFlags.ControllingTerminal) != 0;
        call = default;
        if (result == (long)Status.Restart || result == (long)Status.DeadEndpoint)
            result = (long)Status.IoError;
        if (proc < 0)
            return;
        ref VfsProcess p = ref _processes[proc];
        if (p.Waiting != Suspension.Device || p.File != file)
            return; // the process was interrupted or ended meanwhile
        p.Waiting = Suspension.None;
        if (type == CharDeviceProtocol.Open || type == BlockDeviceProtocol.Open)
        {
            if (result < 0)
            {
                _files[file].Driver = Endpoint.None; // never opened: nothing to close
                Close(proc, p.Descriptor);
            }
            else
            {
                result = p.Descriptor;
                if (controlling)
                    p.Terminal = _files[file].Device;
            }
        }
        else if (result > 0 && (type == BlockDeviceProtocol.Read || type == BlockDeviceProtocol.Write))
        {
            _files[file].Position += result;
        }

        _second = 0;
        Answer(proc, result);
    }

    /// <summary>Adds a request for the driver; it goes out at once if the driver is waiting, else later.</summary>
    private Status Queue(int proc, int file, int type, DeviceRequest request, GrantId grant, Endpoint driver = default, bool keepId = false)
    {
        for (int i = 0; i < _deviceCalls.Length; i++)
        {
            ref DeviceCall call = ref _deviceCalls[i];
            if (call.Used)
                continue;
            call.Order = _nextDeviceId++;
            if (_nextDeviceId == int.MaxValue)
                _nextDeviceId = 1;
            if (!keepId)
                request.Id = call.Order;
            call.Used = true;
            call.Sent = false;
            call.Process = proc;
            call.File = file;
            call.Driver = proc >= 0 ? _files[file].Driver : driver;
            call.Grant = grant;
            call.Message = Message.Create(type, request);
            return Status.Ok;
        }

        return Status.TryAgain;
    }

    /// <summary>Offers every request not yet taken to its driver (SENDNB), oldest first, and none to a driver after
    /// one it did not take (so a driver sees a cancel before the request that follows it); while any is left the
    /// alarm brings VFS back in a tick.</summary>
    private void SendPending()
    {
        bool left = false;
        int after = 0;
        Span<int> busy = stackalloc int[MaxDeviceCalls];
        int busyCount = 0;
        while (true)
        {
            int next = -1;
            for (int i = 0; i < _deviceCalls.Length; i++)
            {
                ref DeviceCall c = ref _deviceCalls[i];
                if (c.Used && !c.Sent && c.Order > after && (next < 0 || c.Order < _deviceCalls[next].Order))
                    next = i;
            }

            if (next < 0)
                break;
            ref DeviceCall call = ref _deviceCalls[next];
            after = call.Order;
            bool waiting = false;
            for (int b = 0; b < busyCount; b++)
                waiting |= busy[b] == call.Driver.Value;
            if (waiting)
                continue;
            var copy = call.Message;
            // A block driver gets its call with SENDREC and answers at once: it may be serving a file server's block
            // request, and a file server may be what VFS waits on, so an answer sent later could close the circle
            // VFS -> file server -> disk driver -> VFS. A character device (a terminal) answers when it has data.
            bool block = copy.Type >= BlockDeviceProtocol.Open && copy.Type <= BlockDeviceProtocol.Ioctl;
            Status status = block ? Messaging.SendRec(call.Driver, ref copy) : Messaging.SendNb(call.Driver, ref copy);
            if (status == Status.Ok && block)
            {
                call.Sent = true;
                if (call.Process < 0)
                    call = default;
                else
                    Finish(ref call, copy.Payload<DeviceReply>().Result);
            }
            else if (status == Status.Ok)
            {
                call.Sent = true;
                if (call.Process < 0)
                    call = default; // a close or a cancel: nobody waits for its answer
            }
            else if (status == Status.NotReady)
            {
                left = true;
                busy[busyCount++] = call.Driver.Value;
            }
            else
            {
                Finish(ref call, (long)Status.IoError);
            }
        }

        if (left)
            Alarm.Set(1);
    }

    /// <summary>The endpoint of the driver of <paramref name="device"/>'s major number: <c>drv.&lt;label&gt;</c> in the data store (ENXIO if none).</summary>
    private static Status FindDriver(uint device, out Endpoint driver)
    {
        driver = Endpoint.None;
        ReadOnlySpan<byte> label = DeviceTable.LabelOf(DeviceNumber.Major(device));
        if (label.Length == 0)
            return Status.NoSuchDevice;
        Span<byte> key = stackalloc byte[DeviceDriver.AnnouncementKeyCapacity];
        Status status = DataStore.Lookup(key.Slice(0, DeviceDriver.AnnouncementKey(label, key)), out driver);
        return status == Status.Ok ? Status.Ok : Status.NoSuchDevice;
    }

    private bool IsBlock(int vnode) => TypeOf(vnode) == FileModeBits.BlockDevice;

    /// <summary>Cancels a process's device call (it was interrupted or ended): one the driver has not taken yet is
    /// dropped; for one it has, a character driver is told to give it up (<see cref="CharDeviceProtocol.Cancel"/>),
    /// and its answer, when it comes, is ignored.</summary>
    private void ForgetDeviceCall(int proc)
    {
        for (int i = 0; i < _deviceCalls.Length; i++)
        {
            ref DeviceCall call = ref _deviceCalls[i];
            if (!call.Used || call.Process != proc)
                continue;
            if (!call.Sent)
            {
                if (call.Grant.IsValid)
                    _grants.Revoke(call.Grant);
                call = default;
                continue;
            }

            call.Process = -1;
            int type = call.Message.Type;
            if (type == CharDeviceProtocol.Read || type == CharDeviceProtocol.Write || type == CharDeviceProtocol.Ioctl)
            {
                DeviceRequest sent = call.Message.Payload<DeviceRequest>();
                var cancel = new DeviceRequest { Minor = sent.Minor, Id = sent.Id, Grant = GrantId.Invalid, User = sent.User };
                Queue(-1, -1, CharDeviceProtocol.Cancel, cancel, new GrantId(GrantId.Invalid), call.Driver, keepId: true);
            }
        }
    }

    /// <summary>The process table row of the session leader whose controlling terminal <paramref name="device"/> is, or -1.</summary>
    private int ControllingSession(uint device)
    {
        for (int proc = 0; proc < _processes.Length; proc++)
        {
            ref VfsProcess p = ref _processes[proc];
            if (p.Used && p.SessionLeader && p.Terminal == device)
                return proc;
        }

        return -1;
    }

    /// <summary>A session leader ends or leaves its session: its controlling terminal is nobody's any more, and no
    /// process of the old session may read it.</summary>
    private void EndSession(int leader)
    {
        uint terminal = _processes[leader].Terminal;
        if (!_processes[leader].SessionLeader || terminal == 0)
            return;
        for (int proc = 0; proc < _processes.Length; proc++)
        {
            if (_processes[proc].Used && _processes[proc].Terminal == terminal)
                _processes[proc].Terminal = 0;
        }
    }

    private long IsTerminal(int proc, int fd)
    {
        int file = FileOf(proc, fd);
        if (file < 0)
            return (long)Status.BadFileDescriptor;
        int vnode = _files[file].Vnode;
        return TypeOf(vnode) == FileModeBits.CharacterDevice && DeviceTable.IsTerminal(_files[file].Device) ? 1 : 0;
    }

    /// <summary>A request to a driver on behalf of a process (or of nobody, for a close).</summary>
    private struct DeviceCall
    {
        public bool Used;
        public bool Sent;
        public int Process;
        public int File;
        public Endpoint Driver;
        public GrantId Grant;
        public Message Message;

        /// <summary>When it was queued: requests go to a driver in this order.</summary>
        public int Order;
    }
}
