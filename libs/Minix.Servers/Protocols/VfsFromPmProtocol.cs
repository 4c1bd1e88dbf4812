using System.Runtime.InteropServices;
using Minix.Ipc;

namespace Minix.Servers;

/// <summary>
/// What the process manager (PM) tells the virtual file system (VFS) about processes (MINIX's VFS_PM range,
/// 0x900): a fork, an exit, an exec, new user ids, a signal that interrupts a call, the opening of a program to
/// execute, a sync and a reboot. Each request's answer has the type <c>request + 0x80</c> (<see cref="ReplyOf"/>)
/// and a <see cref="VfsPmReply"/> that names the process it is about, so PM may have several requests out at once.
/// </summary>
/// <remarks>
/// VFS answers every request (with SENDNB when PM waits in SENDREC) and never sends PM a request of its own, so the
/// two cannot deadlock. A process VFS has never heard of (a boot process) is root (uid and gid 0) with "/" as its
/// working and root directory.
/// </remarks>
public static class VfsFromPmProtocol
{
    /// <summary>
    /// A process forked (<see cref="VfsForkRequest"/>): the child gets a copy of the parent's VFS state, its
    /// descriptors sharing the parent's open-file descriptions (offsets and status flags), FD_CLOEXEC copied, the same
    /// working and root directory, umask and ids. Reply: <see cref="VfsPmReply.Result"/> 0, or ENFILE/EINVAL.
    /// </summary>
    public const int Fork = MessageType.VfsFromPmBase + 0;

    /// <summary>
    /// A process exited (<see cref="VfsProcessRequest"/>): every descriptor is closed (pipes then see end of file or
    /// EPIPE) and its directories released; a call it was suspended in is cancelled without an answer.
    /// Reply: 0.
    /// </summary>
    public const int Exit = MessageType.VfsFromPmBase + 1;

    /// <summary>A process's exec succeeded (<see cref="VfsProcessRequest"/>): its FD_CLOEXEC descriptors are closed. Reply: 0.</summary>
    public const int Exec = MessageType.VfsFromPmBase + 2;

    /// <summary>A process's user and group ids changed (<see cref="VfsSetIdsRequest"/>). Reply: 0.</summary>
    public const int SetIds = MessageType.VfsFromPmBase + 3;

    /// <summary>
    /// A signal interrupts a process (<see cref="VfsProcessRequest"/>): if it is suspended in VFS (on a pipe, a
    /// terminal or a device), the call is cancelled and answered with EINTR. Reply: <see cref="VfsPmReply.Result"/>
    /// 1 if it was suspended (and has now been answered), 0 if not.
    /// </summary>
    public const int Unpause = MessageType.VfsFromPmBase + 4;

    /// <summary>
    /// Open a program to execute on behalf of a process (<see cref="VfsExecOpenRequest"/>): the path is resolved as
    /// that process would resolve it (its working and root directory, its effective ids); it must name a regular file
    /// the process may execute. It is opened read-only as a new descriptor in PM's own table. Reply: the descriptor
    /// in <see cref="VfsPmReply.Result"/> with the file's size, mode, uid and gid; or EACCES, ENOENT, ENOTDIR,
    /// ENAMETOOLONG, ELOOP, EMFILE.
    /// </summary>
    public const int ExecOpen = MessageType.VfsFromPmBase + 5;

    /// <summary>Write every file system's changes back to its device (no payload). Reply: 0, or the first error.</summary>
    public const int Sync = MessageType.VfsFromPmBase + 6;

    /// <summary>
    /// The system is going down (no payload): sync, close every process's files, unmount every file system cleanly
    /// (each marked clean on its device), then answer. Reply: 0, or the first error.
    /// </summary>
    public const int Reboot = MessageType.VfsFromPmBase + 7;

    /// <summary>The distance from a request's type to its answer's.</summary>
    public const int ReplyOffset = 0x80;

    /// <summary>The type of the answer to <paramref name="request"/>.</summary>
    /// <param name="request">One of the request types above.</param>
    /// <returns><c>request + 0x80</c>.</returns>
    public static int ReplyOf(int request) => request + ReplyOffset;
}

/// <summary>The payload of <see cref="VfsFromPmProtocol.Fork"/>.</summary>
[StructLayout(LayoutKind.Explicit, Size = 12)]
public struct VfsForkRequest : IMessagePayload
{
    /// <summary>The process that forked.</summary>
    [FieldOffset(0)] public Endpoint Parent;

    /// <summary>The new process.</summary>
    [FieldOffset(4)] public Endpoint Child;

    /// <summary>The child's process id.</summary>
    [FieldOffset(8)] public int ChildPid;
}

/// <summary>The payload of <see cref="VfsFromPmProtocol.Exit"/>, <see cref="VfsFromPmProtocol.Exec"/> and <see cref="VfsFromPmProtocol.Unpause"/>.</summary>
[StructLayout(LayoutKind.Explicit, Size = 4)]
public struct VfsProcessRequest : IMessagePayload
{
    /// <summary>The process concerned.</summary>
    [FieldOffset(0)] public Endpoint Process;
}

/// <summary>The payload of <see cref="VfsFromPmProtocol.SetIds"/>.</summary>
[StructLayout(LayoutKind.Explicit, Size = 20)]
public struct VfsSetIdsRequest : IMessagePayload
{
    /// <summary>The process concerned.</summary>
    [FieldOffset(0)] public Endpoint Process;

    /// <summary>The real user id.</summary>
    [FieldOffset(4)] public int RealUserId;

    /// <summary>The effective user id (the one permission checks use).</summary>
    [FieldOffset(8)] public int EffectiveUserId;

    /// <summary>The real group id.</summary>
    [FieldOffset(12)] public int RealGroupId;

    /// <summary>The effective group id.</summary>
    [FieldOffset(16)] public int EffectiveGroupId;
}

/// <summary>
/// The payload of <see cref="VfsFromPmProtocol.ExecOpen"/>. PM grants VFS read access to the path (UTF-8, without a
/// terminating NUL) in its own memory.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 12)]
public struct VfsExecOpenRequest : IMessagePayload
{
    /// <summary>The process that will run the program: the path is resolved as it would resolve it.</summary>
    [FieldOffset(0)] public Endpoint Process;

    /// <summary>PM's grant to VFS of the path (a <see cref="Kernel.Grants.GrantId"/> value).</summary>
    [FieldOffset(4)] public int PathGrant;

    /// <summary>The path's length in bytes.</summary>
    [FieldOffset(8)] public int PathLength;
}

/// <summary>The payload of every answer of <see cref="VfsFromPmProtocol"/> (type <c>request + 0x80</c>).</summary>
[StructLayout(LayoutKind.Explicit, Size = 32)]
public struct VfsPmReply : IMessagePayload
{
    /// <summary>The process the answer is about (the child, for a fork; <see cref="Endpoint.None"/> for sync and reboot).</summary>
    [FieldOffset(0)] public Endpoint Process;

    /// <summary>Zero or more on success (a descriptor for exec-open, 1 or 0 for unpause); a negative <see cref="Ipc.Status"/> on failure.</summary>
    [FieldOffset(4)] public int Result;

    /// <summary>Exec-open: the file's size in bytes.</summary>
    [FieldOffset(8)] public long Size;

    /// <summary>Exec-open: the file's mode (type and permission bits, set-id bits included).</summary>
    [FieldOffset(16)] public int Mode;

    /// <summary>Exec-open: the file's owner (for set-user-id).</summary>
    [FieldOffset(20)] public int UserId;

    /// <summary>Exec-open: the file's group (for set-group-id).</summary>
    [FieldOffset(24)] public int GroupId;

    /// <summary><see cref="Result"/> as a status: <see cref="Status.Ok"/> for any success value.</summary>
    public readonly Status Status => Result < 0 ? (Status)Result : Status.Ok;
}
