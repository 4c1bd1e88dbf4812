using Minix.Ipc;
using Minix.Posix;
using Minix.Posix.Abi;

namespace Minix.Servers.Vfs;

// dup, dup2 and fcntl: descriptors that share one open file.
public sealed partial class VirtualFileSystem
{
    /// <summary>dup (the lowest free descriptor at or above <paramref name="target"/>) or dup2 (exactly <paramref name="target"/>, closing what it held).</summary>
    private long Duplicate(int proc, int fd, int target, bool exact)
    {
        int file = FileOf(proc, fd);
        if (file < 0)
            return (long)Status.BadFileDescriptor;
        if (target < 0 || target >= OpenMax)
            return (long)(exact ? Status.BadFileDescriptor : Status.InvalidArgument);
        if (exact && target == fd)
            return fd;
        int copy = exact ? target : FreeDescriptor(proc, target);
        if (copy < 0)
            return (long)Status.TooManyOpenFiles;
        if (exact && FileOf(proc, copy) >= 0)
            Close(proc, copy);
        _files[file].Count++;
        Install(proc, copy, file, closeOnExec: false);
        return copy;
    }

    private long Control(int proc, int fd, int command, long argument)
    {
        int file = FileOf(proc, fd);
        if (file < 0)
            return (long)Status.BadFileDescriptor;
        ref OpenFile f = ref _files[file];
        switch (command)
        {
            case FileControl.DuplicateAtLeast:
                return Duplicate(proc, fd, (int)Math.Clamp(argument, -1, OpenMax), exact: false);
            case FileControl.GetDescriptorFlags:
                return (_processes[proc].CloseOnExec & (1UL << fd)) != 0 ? FileControl.CloseOnExec : 0;
            case FileControl.SetDescriptorFlags:
                Install(proc, fd, file, (argument & FileControl.CloseOnExec) != 0);
                return 0;
            case FileControl.GetStatusFlags:
                return f.Flags;
            case FileControl.SetStatusFlags:
                f.Flags = (f.Flags & (int)OpenFlags.AccessMode) | ((int)argument & (int)(OpenFlags.Append | OpenFlags.NonBlocking));
                return 0;
            default:
                return (long)Status.InvalidArgument;
        }
    }
}
