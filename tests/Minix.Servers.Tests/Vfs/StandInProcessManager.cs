using System.Runtime.InteropServices;
using Minix.DriverKit.Testing;
using Minix.Ipc;
using Minix.Servers;

namespace Minix.Servers.Tests.Vfs;

/// <summary>
/// A stand-in for the process manager at boot slot 0, enough to drive VFS's side of the PM-to-VFS protocol from a
/// test: user programs ask it (one SENDREC) to fork them onto another boot program's slot, to end, to interrupt a
/// process, to set ids, to open a program for exec, to sync or to reboot; it sends VFS the matching request and
/// answers with VFS's reply.
/// </summary>
internal static class StandInProcessManager
{
    public const int Fork = 0x7F0;
    public const int WaitForFork = 0x7F1;
    public const int Exit = 0x7F2;
    public const int Unpause = 0x7F3;
    public const int SetIds = 0x7F4;
    public const int ExecOpen = 0x7F5;
    public const int Reboot = 0x7F6;
    public const int Exec = 0x7F7;

    [StructLayout(LayoutKind.Explicit, Size = 24)]
    public struct Ask : IMessagePayload
    {
        [FieldOffset(0)] public int Slot;
        [FieldOffset(4)] public int UserId;
        [FieldOffset(8)] public int GroupId;
        [FieldOffset(12)] public int PathLength;
        [FieldOffset(16)] public long Path; // up to 8 bytes of path, inline
    }

    /// <summary>The boot process.</summary>
    public static SimulatedBootProcess Process(List<VfsPmReply>? replies = null) => new(FileSystemMachine.ProcessManagerSlot, new SimulatedProgram("pm", () => Run(replies)));

    /// <summary>A user program asks the stand-in PM something and gets VFS's answer (Result).</summary>
    public static int Call(int type, int slot = 0, int userId = 0, int groupId = 0, string path = "")
    {
        var ask = new Ask { Slot = slot, UserId = userId, GroupId = groupId, PathLength = path.Length };
        System.Text.Encoding.ASCII.GetBytes(path).CopyTo(MemoryMarshal.AsBytes(MemoryMarshal.CreateSpan(ref ask.Path, 1)));
        var m = Message.Create(type, ask);
        Status status = Messaging.SendRec(Endpoint.ProcessManager, ref m);
        return status != Status.Ok ? (int)status : m.Type;
    }

    private static unsafe void Run(List<VfsPmReply>? replies)
    {
        var waiting = new Dictionary<int, Endpoint>();
        var forked = new HashSet<int>();
        var grants = new Minix.DriverKit.GrantTable(2);
        grants.Register();
        byte* path = stackalloc byte[8];
        var m = default(Message);
        while (true)
        {
            Messaging.Receive(Endpoint.Any, ref m, out IpcStatus how);
            if (how.IsNotify)
                continue;
            Endpoint from = m.Source;
            Ask ask = m.Payload<Ask>();
            if (m.Type == WaitForFork)
            {
                if (forked.Contains(from.Slot))
                    Answer(from, 0);
                else
                    waiting[from.Slot] = from;
                continue;
            }

            if (m.Type == Exit)
            {
                ToVfs(VfsFromPmProtocol.Exit, new VfsProcessRequest { Process = from }, replies);
                continue; // an ended process gets no answer
            }

            VfsPmReply reply;
            switch (m.Type)
            {
                case Fork:
                    var child = new Endpoint(ask.Slot);
                    reply = ToVfs(VfsFromPmProtocol.Fork, new VfsForkRequest { Parent = from, Child = child, ChildPid = ask.Slot }, replies);
                    forked.Add(ask.Slot);
                    if (waiting.Remove(ask.Slot, out Endpoint waiter))
                        Answer(waiter, 0);
                    break;
                case Exec:
                    reply = ToVfs(VfsFromPmProtocol.Exec, new VfsProcessRequest { Process = from }, replies);
                    break;
                case Unpause:
                    reply = ToVfs(VfsFromPmProtocol.Unpause, new VfsProcessRequest { Process = new Endpoint(ask.Slot) }, replies);
                    break;
                case SetIds:
                    reply = ToVfs(VfsFromPmProtocol.SetIds, new VfsSetIdsRequest { Process = new Endpoint(ask.Slot), RealUserId = ask.UserId, EffectiveUserId = ask.UserId, RealGroupId = ask.GroupId, EffectiveGroupId = ask.GroupId }, replies);
                    break;
                case ExecOpen:
                    var bytes = MemoryMarshal.AsBytes(MemoryMarshal.CreateSpan(ref ask.Path, 1));
                    bytes.Slice(0, ask.PathLength).CopyTo(new Span<byte>(path, 8));
                    var grant = grants.Grant(Endpoint.FileSystem, (ulong)path, (ulong)ask.PathLength, Minix.Kernel.Grants.GrantFlags.Read);
                    reply = ToVfs(VfsFromPmProtocol.ExecOpen, new VfsExecOpenRequest { Process = new Endpoint(ask.Slot), PathGrant = grant.Value, PathLength = ask.PathLength }, replies);
                    grants.Revoke(grant);
                    break;
                default:
                    reply = ToVfs(VfsFromPmProtocol.Reboot, new VfsProcessRequest(), replies);
                    break;
            }

            Answer(from, reply.Result);
        }
    }

    private static VfsPmReply ToVfs<T>(int type, T payload, List<VfsPmReply>? replies)
        where T : unmanaged, IMessagePayload
    {
        var m = Message.Create(type, payload);
        Status status = Messaging.SendRec(Endpoint.FileSystem, ref m);
        if (status != Status.Ok || m.Type != VfsFromPmProtocol.ReplyOf(type))
            throw new InvalidOperationException($"VFS answered request {type:x} with {status}, type {m.Type:x}");
        VfsPmReply reply = m.Payload<VfsPmReply>();
        lock (replies ?? new List<VfsPmReply>())
            replies?.Add(reply);
        return reply;
    }

    private static void Answer(Endpoint to, int value)
    {
        var m = new Message(value);
        Messaging.SendNb(to, ref m);
    }
}
