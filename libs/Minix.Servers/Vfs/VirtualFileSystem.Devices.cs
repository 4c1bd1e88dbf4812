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

    /// <summary>Sends a special file's open to its driver; the opener waits for the answer.</summary>
    private long DeviceOpen(int proc, int fd, int file)
    {
        ref OpenFile f = ref _files[file];
        uint device = _vnodes[f.Vnode].Device;
        Status status = FindDriver(device, out Endpoint driver);
        if (status == Status.Ok)
        {
            f.Driver = driver;
            int access = f.Flags & (int)OpenFlags.AccessMode;
            var request = new DeviceRequest
            {
                Minor = DeviceNumber.Minor(device),
                Access = access == (int)OpenFlags.ReadOnly ? DeviceAccess.Read : access == (int)OpenFlags.WriteOnly ? DeviceAccess.Write : DeviceAccess.Read | DeviceAccess.Write,
                Grant = GrantId.Invalid,
            };
            status = Queue(proc, file, IsBlock(f.Vnode) ? BlockDeviceProtocol.Open : CharDeviceProtocol.Open, request, new GrantId(GrantId.Invalid));
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

    /// <summary>Passes a read or write of a special file to its driver, with the caller's buffer granted on.</summary>
    private long DeviceTransfer(int proc, int fd, int file, bool write, int grant, int count)
    {
        ref OpenFile f = ref _files[file];
        if (f.Driver == Endpoint.None)
            return (long)Status.IoError;
        GrantId passed = _grants.GrantIndirect(f.Driver, _processes[proc].Endpoint, new GrantId(grant), write ? GrantFlags.Read : GrantFlags.Write);
        if (!passed.IsValid)
            return (long)Status.OutOfMemory;
        bool block = IsBlock(f.Vnode);
        var request = new DeviceRequest
        {
            Minor = DeviceNumber.Minor(_vnodes[f.Vnode].Device),
            Position = block ? f.Position : 0,
            Grant = passed.Value,
            Count = count,
        };
        int type = block ? (write ? BlockDeviceProtocol.Write : BlockDeviceProtocol.Read) : (write ? CharDeviceProtocol.Write : CharDeviceProtocol.Read);
        Status status = Queue(proc, file, type, request, passed);
        if (status != Status.Ok)
        {
            _grants.Revoke(passed);
            return (long)status;
        }

        Suspend(proc, Suspension.Device, write ? FileSystemProtocol.Write : FileSystemProtocol.Read, file, grant, count, 0);
        return Remember(proc, fd);
    }

    /// <summary>Tells the driver a special file was closed; nobody waits for the answer.</summary>
    private void DeviceClose(int file)
    {
        ref OpenFile f = ref _files[file];
        var request = new DeviceRequest { Minor = DeviceNumber.Minor(_vnodes[f.Vnode].Device), Grant = GrantId.Invalid };
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
    private Status Queue(int proc, int file, int type, DeviceRequest request, GrantId grant, Endpoint driver = default)
    {
        for (int i = 0; i < _deviceCalls.Length; i++)
        {
            ref DeviceCall call = ref _deviceCalls[i];
            if (call.Used)
                continue;
            request.Id = _nextDeviceId++;
            if (_nextDeviceId == int.MaxValue)
                _nextDeviceId = 1;
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

    /// <summary>Offers every request not yet taken to its driver (SENDNB); while any is left the alarm brings VFS back in a tick.</summary>
    private void SendPending()
    {
        bool left = false;
        for (int i = 0; i < _deviceCalls.Length; i++)
        {
            ref DeviceCall call = ref _deviceCalls[i];
            if (!call.Used || call.Sent)
                continue;
            var copy = call.Message;
            Status status = Messaging.SendNb(call.Driver, ref copy);
            if (status == Status.Ok)
            {
                call.Sent = true;
                if (call.Process < 0)
                    call = default; // a close: nobody waits for its answer
            }
            else if (status == Status.NotReady)
            {
                left = true;
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

    /// <summary>Cancels a process's device call (it was interrupted or ended): its answer, if it comes, is ignored.</summary>
    private void ForgetDeviceCall(int proc)
    {
        for (int i = 0; i < _deviceCalls.Length; i++)
        {
            ref DeviceCall call = ref _deviceCalls[i];
            if (call.Used && call.Process == proc)
                call.Process = -1;
        }
    }

    private long IsTerminal(int proc, int fd)
    {
        int file = FileOf(proc, fd);
        if (file < 0)
            return (long)Status.BadFileDescriptor;
        int vnode = _files[file].Vnode;
        return TypeOf(vnode) == FileModeBits.CharacterDevice && DeviceTable.IsTerminal(_vnodes[vnode].Device) ? 1 : 0;
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
    }
}
