using Minix.Commands.Libc;
using Minix.Posix;
using Minix.Posix.Abi;

namespace Minix.Commands.Shell;

/// <summary>
/// A descriptor to read a here-document's text from: a pipe already holding it when it fits in one write that cannot
/// block (so the shell never waits on its own pipe), else a temporary file unlinked once opened.
/// </summary>
public static class HereDocumentInput
{
    /// <summary>The most a pipe takes in one write without blocking, on the image and on the host.</summary>
    private const int PipeWrite = 4096;

    private static int _files;

    /// <summary>Opens a descriptor, close-on-exec, from which <paramref name="text"/> can be read.</summary>
    /// <param name="text">The expanded body.</param>
    /// <returns>The descriptor, or -errno.</returns>
    public static long Open(string text)
    {
        byte[] bytes = Utf8Text.Encode(text);
        if (bytes.Length <= PipeWrite)
        {
            long piped = Sys.Pipe(out int read, out int write);
            if (piped < 0)
                return piped;
            Sys.SetCloseOnExec(read);
            long written = Sys.WriteAll(write, bytes);
            Sys.Close(write);
            if (written < 0)
            {
                Sys.Close(read);
                return written;
            }

            return read;
        }

        string path = "/tmp/sh-here-" + Sys.GetPid() + "-" + _files++;
        long fd = Sys.Open(path, OpenFlags.ReadWrite | OpenFlags.Create | OpenFlags.Exclusive | OpenFlags.CloseOnExec, 0x180);
        if (fd < 0)
            return fd;
        Sys.Unlink(path);
        long result = Sys.WriteAll((int)fd, bytes);
        if (result >= 0)
            result = Sys.Seek((int)fd, 0, SeekFrom.Start);
        if (result < 0)
        {
            Sys.Close((int)fd);
            return result;
        }

        return fd;
    }
}
