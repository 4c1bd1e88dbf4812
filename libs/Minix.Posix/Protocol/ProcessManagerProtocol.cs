using System.Runtime.InteropServices;
using Minix.Ipc;

namespace Minix.Posix;

/// <summary>
/// The process calls a program sends the process manager (PM), one request type each from 0x001 up. Every reply
/// carries its status in <see cref="Message.Type"/> (0, or a negative <see cref="Status"/> with POSIX's meaning) and
/// a <see cref="ProcessManagerReply"/>. PM reads the memory a call names (a path, an argument frame) and writes what
/// it answers at length (a process list) by address: it manages the caller, so the kernel lets it.
/// </summary>
/// <remarks>
/// Calls that wait (waitpid, sigsuspend, sleep) are answered when they can finish; the program stays in its SENDREC.
/// exit and a successful exec are never answered: the caller is gone, or runs a new program. sigreturn is answered
/// only by the restored registers.
/// </remarks>
public static class ProcessManagerProtocol
{
    /// <summary>_exit(status) (<see cref="ProcessRequest"/>: Number = status). No reply.</summary>
    public const int Exit = MessageType.ProcessManagerBase + 1;

    /// <summary>fork(). Reply value: the child's pid in the parent, 0 in the child.</summary>
    public const int Fork = MessageType.ProcessManagerBase + 2;

    /// <summary>
    /// execve(path, argv, envp) (<see cref="ExecProgramRequest"/>): the path, and the argument frame the program built (see
    /// <see cref="ArgumentFrame"/>). No reply on success; on failure the caller carries on with ENOEXEC, E2BIG, ENOENT,
    /// EACCES, ENOMEM and the like.
    /// </summary>
    public const int Exec = MessageType.ProcessManagerBase + 3;

    /// <summary>waitpid(pid, status, options) (<see cref="ProcessRequest"/>: Pid, Number = options). Reply value: the pid (0 with WNOHANG and nothing to report), second: the wait status.</summary>
    public const int WaitPid = MessageType.ProcessManagerBase + 4;

    /// <summary>kill(pid, signal) (<see cref="ProcessRequest"/>: Pid, Signal).</summary>
    public const int Kill = MessageType.ProcessManagerBase + 5;

    /// <summary>sigaction(signal, action, old) (<see cref="SignalActionRequest"/>). Reply value: the old handler, second: the old mask, third: the old flags.</summary>
    public const int SignalAction = MessageType.ProcessManagerBase + 6;

    /// <summary>sigprocmask(how, set, old) (<see cref="ProcessRequest"/>: Number = how, Mask = set). Reply value: the old mask.</summary>
    public const int SignalMask = MessageType.ProcessManagerBase + 7;

    /// <summary>sigsuspend(mask) (<see cref="ProcessRequest"/>: Mask): waits with that mask until a signal is handled; answered EINTR.</summary>
    public const int SignalSuspend = MessageType.ProcessManagerBase + 8;

    /// <summary>sigreturn(frame) (<see cref="ProcessRequest"/>: Address = the frame SYS_SIGSEND made): the end of a handler. Never answered.</summary>
    public const int SignalReturn = MessageType.ProcessManagerBase + 9;

    /// <summary>sigpending(). Reply value: the pending signals, blocked ones.</summary>
    public const int SignalPending = MessageType.ProcessManagerBase + 10;

    /// <summary>alarm(seconds) (<see cref="ProcessRequest"/>: Number = seconds, 0 cancels). Reply value: the seconds the previous alarm had left.</summary>
    public const int Alarm = MessageType.ProcessManagerBase + 11;

    /// <summary>nanosleep in milliseconds (<see cref="ProcessRequest"/>: Number). Reply value: 0, or with EINTR the milliseconds left.</summary>
    public const int Sleep = MessageType.ProcessManagerBase + 12;

    /// <summary>getpid() and friends. Reply: a <see cref="ProcessIdentity"/> in place of the usual payload.</summary>
    public const int GetIdentity = MessageType.ProcessManagerBase + 13;

    /// <summary>setpgid(pid, pgid) (<see cref="ProcessRequest"/>: Pid, Number = pgid; 0 for either means the caller's own).</summary>
    public const int SetProcessGroup = MessageType.ProcessManagerBase + 14;

    /// <summary>setsid(). Reply value: the new session (and process group) id.</summary>
    public const int SetSession = MessageType.ProcessManagerBase + 15;

    /// <summary>setuid(uid) (<see cref="ProcessRequest"/>: Number).</summary>
    public const int SetUserId = MessageType.ProcessManagerBase + 16;

    /// <summary>setgid(gid) (<see cref="ProcessRequest"/>: Number).</summary>
    public const int SetGroupId = MessageType.ProcessManagerBase + 17;

    /// <summary>brk(end) (<see cref="ProcessRequest"/>: Address; 0 asks). Reply value: the end of the data now; ENOMEM past the process's memory limit.</summary>
    public const int Brk = MessageType.ProcessManagerBase + 18;

    /// <summary>reboot(how) (<see cref="ProcessRequest"/>: Number = <see cref="RebootHow"/>): root only; every file system is synced and unmounted first.</summary>
    public const int Reboot = MessageType.ProcessManagerBase + 19;

    /// <summary>times(). Reply: a <see cref="ProcessTimes"/> in place of the usual payload.</summary>
    public const int Times = MessageType.ProcessManagerBase + 20;

    /// <summary>time() with nanoseconds. Reply value: seconds since 1970-01-01 UTC, second: the nanoseconds.</summary>
    public const int Time = MessageType.ProcessManagerBase + 21;

    /// <summary>The process table, for ps (<see cref="ProcessRequest"/>: Address of a <see cref="ProcessListEntry"/> array, Number = its length). Reply value: the entries written.</summary>
    public const int ProcessList = MessageType.ProcessManagerBase + 22;
}

/// <summary>The payload of most process calls (which fields a call uses, its constant says).</summary>
[StructLayout(LayoutKind.Explicit, Size = 40)]
public struct ProcessRequest : IMessagePayload
{
    /// <summary>A process id (or a negated process group, for kill and waitpid).</summary>
    [FieldOffset(0)] public int Pid;

    /// <summary>A signal.</summary>
    [FieldOffset(4)] public int Signal;

    /// <summary>A number: a status, options, seconds, an id.</summary>
    [FieldOffset(8)] public long Number;

    /// <summary>A signal mask (bit n for signal n).</summary>
    [FieldOffset(16)] public ulong Mask;

    /// <summary>An address in the caller.</summary>
    [FieldOffset(24)] public ulong Address;
}

/// <summary>The payload of <see cref="ProcessManagerProtocol.Exec"/>.</summary>
[StructLayout(LayoutKind.Explicit, Size = 24)]
public struct ExecProgramRequest : IMessagePayload
{
    /// <summary>The path's address in the caller (UTF-8, no NUL needed).</summary>
    [FieldOffset(0)] public ulong Path;

    /// <summary>The argument frame's address in the caller.</summary>
    [FieldOffset(8)] public ulong Frame;

    /// <summary>The path's length.</summary>
    [FieldOffset(16)] public int PathLength;

    /// <summary>The argument frame's length.</summary>
    [FieldOffset(20)] public int FrameLength;
}

/// <summary>The payload of <see cref="ProcessManagerProtocol.SignalAction"/>.</summary>
[StructLayout(LayoutKind.Explicit, Size = 40)]
public struct SignalActionRequest : IMessagePayload
{
    /// <summary>The signal.</summary>
    [FieldOffset(0)] public int Signal;

    /// <summary><see cref="SignalActionFlags"/>.</summary>
    [FieldOffset(4)] public SignalActionFlags Flags;

    /// <summary>The handler's address, or <see cref="SignalHandlers.Default"/> or <see cref="SignalHandlers.Ignore"/>; <see cref="SignalHandlers.Query"/> only asks.</summary>
    [FieldOffset(8)] public ulong Handler;

    /// <summary>Signals blocked while the handler runs (its own is added unless <see cref="SignalActionFlags.NoDefer"/>).</summary>
    [FieldOffset(16)] public ulong Mask;

    /// <summary>The program's signal entry, which SYS_SIGSEND starts the handler through.</summary>
    [FieldOffset(24)] public ulong Entry;
}

/// <summary>The special handler values of sigaction.</summary>
public static class SignalHandlers
{
    /// <summary>SIG_DFL: the signal's default action.</summary>
    public const ulong Default = 0;

    /// <summary>SIG_IGN: the signal is ignored.</summary>
    public const ulong Ignore = 1;

    /// <summary>Leave the action as it is (the call only reads it).</summary>
    public const ulong Query = ulong.MaxValue;
}

/// <summary>The flags of sigaction.</summary>
[Flags]
public enum SignalActionFlags
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>SA_RESETHAND: the action goes back to the default when the handler is started.</summary>
    ResetHandler = 0x4,

    /// <summary>SA_NODEFER: the signal is not blocked while its handler runs.</summary>
    NoDefer = 0x10,

    /// <summary>SA_RESTART: (recorded; calls are not restarted).</summary>
    Restart = 0x2,
}

/// <summary>How reboot ends the system.</summary>
public enum RebootHow
{
    /// <summary>Stop the machine (under QEMU: exit with status 0).</summary>
    Halt = 0,

    /// <summary>Restart the machine.</summary>
    Reboot = 1,
}

/// <summary>The payload of every reply to a process call (its status is in <see cref="Message.Type"/>).</summary>
[StructLayout(LayoutKind.Explicit, Size = 24)]
public struct ProcessManagerReply : IMessagePayload
{
    /// <summary>The call's result: a pid, a mask, a count.</summary>
    [FieldOffset(0)] public long Value;

    /// <summary>waitpid: the wait status; sigaction: the old mask; time: nanoseconds.</summary>
    [FieldOffset(8)] public long Second;

    /// <summary>sigaction: the old flags.</summary>
    [FieldOffset(16)] public long Third;
}

/// <summary>The reply to <see cref="ProcessManagerProtocol.GetIdentity"/>.</summary>
[StructLayout(LayoutKind.Explicit, Size = 32)]
public struct ProcessIdentity : IMessagePayload
{
    /// <summary>getpid().</summary>
    [FieldOffset(0)] public int Pid;

    /// <summary>getppid().</summary>
    [FieldOffset(4)] public int ParentPid;

    /// <summary>getpgrp().</summary>
    [FieldOffset(8)] public int ProcessGroup;

    /// <summary>getsid().</summary>
    [FieldOffset(12)] public int Session;

    /// <summary>getuid().</summary>
    [FieldOffset(16)] public int UserId;

    /// <summary>geteuid().</summary>
    [FieldOffset(20)] public int EffectiveUserId;

    /// <summary>getgid().</summary>
    [FieldOffset(24)] public int GroupId;

    /// <summary>getegid().</summary>
    [FieldOffset(28)] public int EffectiveGroupId;
}

/// <summary>The reply to <see cref="ProcessManagerProtocol.Times"/>, in clock ticks.</summary>
[StructLayout(LayoutKind.Explicit, Size = 48)]
public struct ProcessTimes : IMessagePayload
{
    /// <summary>Ticks the caller ran.</summary>
    [FieldOffset(0)] public long User;

    /// <summary>Ticks the kernel spent on its calls.</summary>
    [FieldOffset(8)] public long System;

    /// <summary>User ticks of its waited-for children.</summary>
    [FieldOffset(16)] public long ChildrenUser;

    /// <summary>System ticks of its waited-for children.</summary>
    [FieldOffset(24)] public long ChildrenSystem;

    /// <summary>Ticks since boot.</summary>
    [FieldOffset(32)] public long Uptime;

    /// <summary>Clock ticks per second.</summary>
    [FieldOffset(40)] public int Hz;
}

/// <summary>One process, as <see cref="ProcessManagerProtocol.ProcessList"/> writes it.</summary>
[StructLayout(LayoutKind.Explicit, Size = 48)]
public struct ProcessListEntry
{
    /// <summary>Its pid.</summary>
    [FieldOffset(0)] public int Pid;

    /// <summary>Its parent's pid.</summary>
    [FieldOffset(4)] public int ParentPid;

    /// <summary>Its process group.</summary>
    [FieldOffset(8)] public int ProcessGroup;

    /// <summary>Its real user id.</summary>
    [FieldOffset(12)] public int UserId;

    /// <summary>'R' running or ready, 'S' waiting in a call, 'Z' a zombie.</summary>
    [FieldOffset(16)] public int State;

    /// <summary>Its endpoint's value.</summary>
    [FieldOffset(20)] public int Endpoint;

    /// <summary>Ticks it has run.</summary>
    [FieldOffset(24)] public long Ticks;

    /// <summary>Its name, UTF-8, NUL-padded.</summary>
    [FieldOffset(32)] public Kernel.ProcessName Name;
}
