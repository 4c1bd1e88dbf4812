namespace Minix.Posix;

// Descriptors: dup, dup2, pipe, fcntl.
public static unsafe partial class Posix
{
    /// <summary>dup(2).</summary>
    /// <param name="fd">The descriptor.</param>
    /// <returns>The lowest free descriptor, now sharing the open file, or -errno.</returns>
    public static long Duplicate(int fd) => DescriptorCall(FileSystemProtocol.Duplicate, fd);

    /// <summary>dup2(2).</summary>
    /// <param name="fd">The descriptor.</param>
    /// <param name="target">The descriptor to make a copy (closed first if open).</param>
    /// <returns><paramref name="target"/>, or -errno.</returns>
    public static long DuplicateTo(int fd, int target) => DescriptorCall(FileSystemProtocol.DuplicateTo, fd, command: target);

    /// <summary>pipe(2).</summary>
    /// <param name="read">The read end.</param>
    /// <param name="write">The write end.</param>
    /// <returns>0, or -errno.</returns>
    public static long Pipe(out int read, out int write)
    {
        var m = new Minix.Ipc.Message(FileSystemProtocol.Pipe);
        long result = CallFileSystem(ref m);
        read = result < 0 ? -1 : (int)result;
        write = result < 0 ? -1 : m.Payload<FileSystemReply>().Second;
        return result < 0 ? result : 0;
    }

    /// <summary>fcntl(2): <see cref="FileControl"/>'s commands.</summary>
    /// <param name="fd">The descriptor.</param>
    /// <param name="command">The command.</param>
    /// <param name="argument">Its argument.</param>
    /// <returns>The command's result, or -errno.</returns>
    public static long Control(int fd, int command, long argument = 0) => DescriptorCall(FileSystemProtocol.Control, fd, command: command, argument: argument);
}
