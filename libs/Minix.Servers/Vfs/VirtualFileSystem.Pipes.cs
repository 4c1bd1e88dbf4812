using Minix.Ipc;
using Minix.Kernel.Calls;
using Minix.Kernel.Grants;
using Minix.Posix;
using Minix.Posix.Abi;

namespace Minix.Servers.Vfs;

// Pipes: a ring buffer in VFS between the open files of its two ends. A read of an empty pipe waits while a writer
// is left and returns 0 (end of file) when none is; a write waits while the pipe is full and fails with EPIPE when
// no reader is left. Writes of up to PIPE_BUF bytes are atomic.
public sealed partial class VirtualFileSystem
{
    private long MakePipe(int proc)
    {
        int pipe = _pipes.Allocate();
        if (pipe < 0)
            return (long)Status.TooManyOpenFilesInSystem;
        int vnode = -1;
        for (int i = 0; i < _vnodes.Length && vnode < 0; i++)
        {
            if (_vnodes[i].Refs == 0)
                vnode = i;
        }

        int readFd = FreeDescriptor(proc, 0);
        int readFile = FreeFile();
        Status status = vnode < 0 || readFile < 0 ? Status.TooManyOpenFilesInSystem : readFd < 0 ? Status.TooManyOpenFiles : Status.Ok;
        if (status != Status.Ok)
        {
            _pipes.Free(pipe);
            return (long)status;
        }

        _files[readFile] = new OpenFile { Count = 1, Vnode = vnode, Flags = (int)OpenFlags.ReadOnly, Driver = Endpoint.None };
        Install(proc, readFd, readFile, false);
        int writeFd = FreeDescriptor(proc, 0);
        int writeFile = FreeFile();
        if (writeFd < 0 || writeFile < 0)
        {
            _files[readFile] = default;
            _descriptors[(proc * OpenMax) + readFd] = -1;
            _pipes.Free(pipe);
            return (long)(writeFd < 0 ? Status.TooManyOpenFiles : Status.TooManyOpenFilesInSystem);
        }

        _files[writeFile] = new OpenFile { Count = 1, Vnode = vnode, Flags = (int)OpenFlags.WriteOnly, Driver = Endpoint.None };
        Install(proc, writeFd, writeFile, false);
        _vnodes[vnode] = new Vnode
        {
            Refs = 2,
            Mount = -1,
            Pipe = pipe,
            MountedHere = -1,
            Mode = FileModeBits.Fifo | 0x180,
            UserId = _processes[proc].UserId,
            GroupId = _processes[proc].GroupId,
            Readers = 1,
            Writers = 1,
        };
        _second = writeFd;
        return readFd;
    }

    private long PipeRead(int proc, int file, int grant, int count)
    {
        int vnode = _files[file].Vnode;
        int pipe = _vnodes[vnode].Pipe;
        if (count == 0)
            return 0;
        int available = _pipes.Available(pipe);
        if (available > 0)
        {
            int n = Math.Min(count, available);
            _pipes.Waiting(pipe, n, out Span<byte> first, out Span<byte> second);
            Endpoint reader = _processes[proc].Endpoint;
            Status status = Sys.SafeCopyTo(reader, new GrantId(grant), 0, first);
            if (status == Status.Ok && second.Length > 0)
                status = Sys.SafeCopyTo(reader, new GrantId(grant), (ulong)first.Length, second);
            if (status != Status.Ok)
                return (long)status;
            _pipes.Consume(pipe, n);
            return n;
        }

        if (_vnodes[vnode].Writers == 0)
            return 0;
        if ((_files[file].Flags & (int)OpenFlags.NonBlocking) != 0)
            return (long)Status.TryAgain;
        return Suspend(proc, Suspension.PipeRead, FileSystemProtocol.Read, file, grant, count, 0);
    }

    /// <summary>Writes the rest of a pipe write, <paramref name="done"/> bytes of which went in before.</summary>
    private long PipeWrite(int proc, int file, int grant, int count, int done)
    {
        int vnode = _files[file].Vnode;
        int pipe = _vnodes[vnode].Pipe;
        Endpoint writer = _processes[proc].Endpoint;
        while (true)
        {
            if (_vnodes[vnode].Readers == 0)
            {
                RaiseBrokenPipe(writer);
                return done > 0 ? done : (long)Status.BrokenPipe;
            }

            int remaining = count - done;
            if (remaining == 0)
                return done;
            int space = _pipes.Space(pipe);
            bool atomic = count <= PipeBuffers.AtomicWrite;
            if (space == 0 || (atomic && space < remaining))
            {
                if ((_files[file].Flags & (int)OpenFlags.NonBlocking) != 0)
                    return done > 0 ? done : (long)Status.TryAgain;
                return Suspend(proc, Suspension.PipeWrite, FileSystemProtocol.Write, file, grant, count, done);
            }

            int n = Math.Min(space, remaining);
            _pipes.Free(pipe, n, out Span<byte> first, out Span<byte> second);
            Status status = Sys.SafeCopyFrom(writer, new GrantId(grant), (ulong)done, first);
            if (status == Status.Ok && second.Length > 0)
                status = Sys.SafeCopyFrom(writer, new GrantId(grant), (ulong)(done + first.Length), second);
            if (status != Status.Ok)
                return done > 0 ? done : (long)status;
            _pipes.Produce(pipe, n);
            done += n;
        }
    }

    /// <summary>A pipe changed (data, room, or an end closed): resumes every reader and writer suspended on it that can now go on, until none can.</summary>
    private void WakePipe(int vnode)
    {
        bool progress = true;
        while (progress)
        {
            progress = false;
            for (int proc = 0; proc < _processes.Length; proc++)
            {
                ref VfsProcess p = ref _processes[proc];
                if ((p.Waiting != Suspension.PipeRead && p.Waiting != Suspension.PipeWrite) || !p.Used)
                    continue;
                if (_files[p.File].Vnode != vnode)
                    continue;
                ref Vnode v = ref _vnodes[vnode];
                bool reading = p.Waiting == Suspension.PipeRead;
                bool ready = reading ? _pipes.Available(v.Pipe) > 0 || v.Writers == 0 : _pipes.Space(v.Pipe) > 0 || v.Readers == 0;
                if (!ready)
                    continue;
                int done = p.Done;
                p.Waiting = Suspension.None;
                long result = reading ? PipeRead(proc, p.File, p.Grant, p.Count) : PipeWrite(proc, p.File, p.Grant, p.Count, done);
                if (result != Suspended)
                {
                    _second = 0;
                    Answer(proc, result);
                    progress = true;
                }
                else if (_processes[proc].Done > done)
                {
                    progress = true;
                }
            }
        }
    }

    /// <summary>Remembers what a suspended call needs to go on later; the caller gets no answer now.</summary>
    private long Suspend(int proc, Suspension on, int call, int file, int grant, int count, int done)
    {
        ref VfsProcess p = ref _processes[proc];
        p.Waiting = on;
        p.Call = call;
        p.File = file;
        p.Grant = grant;
        p.Count = count;
        p.Done = done;
        return Suspended;
    }

    /// <summary>
    /// A write to a pipe nobody reads: POSIX raises SIGPIPE in the writer. Until SYS_KILL carries a signal number for
    /// the process manager to raise, the writer only gets EPIPE.
    /// </summary>
    private static void RaiseBrokenPipe(Endpoint writer)
    {
    }
}
