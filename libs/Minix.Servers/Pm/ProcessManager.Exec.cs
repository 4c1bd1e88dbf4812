using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel;
using Minix.Kernel.Boot;
using Minix.Kernel.Calls;
using Minix.Kernel.Grants;
using Minix.Posix;
using Minix.Posix.Abi;

namespace Minix.Servers.Pm;

public sealed partial class ProcessManager
{
    /// <summary>
    /// execve: everything that can fail without harm is checked first, so the caller carries on with the error: the
    /// path and argument frame are copied and checked (E2BIG past ARG_MAX), VFS opens the program as the caller would
    /// (ENOENT, EACCES, ...), its ELF headers are checked (ENOEXEC), the kernel builds the new image (ENOMEM). From
    /// there the old image is gone: PM copies the segments from the file and the arguments to the top of the stack, and
    /// a read error ends the process. Then its close-on-exec descriptors are closed, caught signals go back to their
    /// defaults, set-id bits take effect, and it starts at the program's entry.
    /// </summary>
    private void Exec(ManagedProcess p, in ExecProgramRequest r)
    {
        if (r.PathLength <= 0 || r.PathLength > _path.Length || r.FrameLength < 8 || r.FrameLength > ArgumentFrame.MaxLength)
        {
            Answer(p, r.PathLength <= 0 ? Status.NotFound : r.PathLength > _path.Length ? Status.NameTooLong : r.FrameLength > ArgumentFrame.MaxLength ? Status.TooBig : Status.InvalidArgument);
            return;
        }

        ulong frameAt = (MemoryLayout.UserStackTop - (ulong)r.FrameLength) & ~15UL;
        Span<byte> frame = _frame.AsSpan(0, r.FrameLength);
        Span<byte> path = _path.AsSpan(0, r.PathLength);
        Status status = CopyFrom(p, r.Path, path);
        if (status == Status.Ok)
            status = CopyFrom(p, r.Frame, frame);
        if (status == Status.Ok && !ArgumentFrame.Relocate(frame, frameAt))
            status = Status.InvalidArgument;
        if (status != Status.Ok)
        {
            Answer(p, status);
            return;
        }

        VfsPmReply file = OpenProgram(p, path);
        if (file.Result < 0)
        {
            Answer(p, (Status)file.Result);
            return;
        }

        int fd = file.Result;
        long header = ReadAt(fd, 0, _chunk.AsSpan(0, ElfProgram.HeaderBytes));
        ElfProgram program = default;
        string? why = header < 0 ? "unreadable" : ElfProgram.Read(_chunk.AsSpan(0, (int)header), file.Size, out program);
        if (why is not null)
        {
            Posix.Posix.Close(fd);
            LogRefusal(p, path, why);
            Answer(p, header < 0 ? (Status)header : Status.NotExecutable);
            return;
        }

        program.Layout.StackSize = ProgramStack;
        program.Layout.Name = NameOf(path);
        status = Sys.ExecNewImage(p.Endpoint, program.Layout);
        if (status != Status.Ok)
        {
            Posix.Posix.Close(fd);
            Answer(p, status);
            return;
        }

        status = Load(fd, p, program);
        Posix.Posix.Close(fd);
        if (status == Status.Ok)
            status = Sys.VirCopy(Endpoint.Self, AddressOf(_frame), p.Endpoint, frameAt, (ulong)r.FrameLength);
        if (status != Status.Ok)
        {
            var line = new LogText(stackalloc byte[160]);
            line.Append(program.Layout.Name).Append(" (pid "u8).Append(p.Pid).Append(") killed: its program could not be loaded ("u8).Append(status).Append(")"u8);
            Log.Write(line.Text);
            Terminate(p, WaitStatus.Signaled((int)Signal.Kill, core: false));
            return;
        }

        if ((file.Mode & (FileModeBits.SetUserId | FileModeBits.SetGroupId)) != 0)
        {
            p.EffectiveUserId = (file.Mode & FileModeBits.SetUserId) != 0 ? file.UserId : p.EffectiveUserId;
            p.EffectiveGroupId = (file.Mode & FileModeBits.SetGroupId) != 0 ? file.GroupId : p.EffectiveGroupId;
            TellVfsIds(p);
        }

        AskVfs(VfsFromPmProtocol.Exec, p.Endpoint);
        (p.Name, p.SignalEntry, p.Break, p.SourceMap) = (program.Layout.Name, 0UL, 0UL, program.SourceMap);
        p.ResetHandlers(keepIgnored: true);
        Sys.ExecStart(p.Endpoint, program.Entry, frameAt);
    }

    /// <summary>Copies every segment's initialised bytes from the program file into the new image.</summary>
    private Status Load(int fd, ManagedProcess p, in ElfProgram program)
    {
        for (int s = 0; s < program.Layout.SegmentCount; s++)
        {
            FilePart part = program.Parts[s];
            for (ulong done = 0; done < part.Length;)
            {
                int want = (int)Math.Min((ulong)_chunk.Length, part.Length - done);
                long got = ReadAt(fd, (long)(part.Offset + done), _chunk.AsSpan(0, want));
                if (got <= 0)
                    return got < 0 ? (Status)got : Status.IoError;
                Status status = Sys.VirCopy(Endpoint.Self, AddressOf(_chunk), p.Endpoint, part.Address + done, (ulong)got);
                if (status != Status.Ok)
                    return status;
                done += (ulong)got;
            }
        }

        return Status.Ok;
    }

    /// <summary>VFS opens the program as <paramref name="p"/> would, read-only, as one of PM's own descriptors.</summary>
    private static unsafe VfsPmReply OpenProgram(ManagedProcess p, ReadOnlySpan<byte> path)
    {
        fixed (byte* text = path)
        {
            GrantId grant = Posix.Posix.Grants.Grant(Endpoint.FileSystem, (ulong)text, (ulong)path.Length, GrantFlags.Read);
            if (!grant.IsValid)
                return new VfsPmReply { Result = (int)Status.OutOfMemory };
            VfsPmReply reply = AskVfs(VfsFromPmProtocol.ExecOpen, new VfsExecOpenRequest { Process = p.Endpoint, PathGrant = grant.Value, PathLength = path.Length });
            Posix.Posix.Grants.Revoke(grant);
            return reply;
        }
    }

    private static long ReadAt(int fd, long offset, Span<byte> buffer)
    {
        long position = Posix.Posix.Seek(fd, offset, SeekFrom.Start);
        if (position < 0)
            return position;
        long total = 0;
        while (total < buffer.Length)
        {
            long n = Posix.Posix.Read(fd, buffer.Slice((int)total));
            if (n <= 0)
                return n < 0 ? n : total;
            total += n;
        }

        return total;
    }

    private static unsafe Status CopyFrom(ManagedProcess p, ulong address, Span<byte> into)
    {
        fixed (byte* buffer = into)
            return Sys.VirCopy(p.Endpoint, address, Endpoint.Self, (ulong)buffer, (ulong)into.Length) == Status.Ok ? Status.Ok : Status.BadAddress;
    }

    private static unsafe ulong AddressOf(byte[] buffer)
    {
        fixed (byte* start = buffer)
            return (ulong)start; // PM's buffers live as long as PM and nothing moves them
    }

    /// <summary>The process's new name: the path's last component, cut to a process name's 16 bytes.</summary>
    private static ProcessName NameOf(ReadOnlySpan<byte> path)
    {
        int slash = path.Length - 1;
        while (slash >= 0 && path[slash] != (byte)'/')
            slash--;
        ReadOnlySpan<byte> name = slash < 0 ? path : path.Slice(slash + 1);
        return ProcessName.FromUtf8(name.Length > ProcessName.Capacity ? name.Slice(0, ProcessName.Capacity) : name);
    }

    /// <summary>Says on the console why exec refused a file, which ENOEXEC alone does not tell the program's user.</summary>
    private static void LogRefusal(ManagedProcess p, ReadOnlySpan<byte> path, string why)
    {
        Span<byte> reason = stackalloc byte[80];
        int length = Math.Min(why.Length, reason.Length);
        for (int i = 0; i < length; i++)
            reason[i] = why[i] < 0x80 ? (byte)why[i] : (byte)'?';
        var line = new LogText(stackalloc byte[200]);
        line.Append("exec of "u8).Append(path).Append(" by pid "u8).Append(p.Pid).Append(" refused: "u8).Append(reason.Slice(0, length));
        Log.Write(line.Text);
    }
}
