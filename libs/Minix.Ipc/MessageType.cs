namespace Minix.Ipc;

/// <summary>
/// Where each family of message types starts. Requests are numbered inside their owner's range, as in MINIX's
/// com.h, so a type alone says which server or driver family it is for.
/// </summary>
public static class MessageType
{
    /// <summary>Process manager requests from programs (fork, exec, exit, wait, kill, signals), numbered from 1 up.</summary>
    public const int ProcessManagerBase = 0x000;

    /// <summary>File system requests from programs to the virtual file system (open, read, write, ...).</summary>
    public const int FileSystemBase = 0x100;

    /// <summary>Character device requests (open, close, read, write, ioctl).</summary>
    public const int CharDeviceBase = 0x400;

    /// <summary>Block device requests.</summary>
    public const int BlockDeviceBase = 0x500;

    /// <summary>Kernel calls: <c>KernelCallBase + n</c> for call number n.</summary>
    public const int KernelCallBase = 0x600;

    /// <summary>Reincarnation server requests.</summary>
    public const int ReincarnationServerBase = 0x700;

    /// <summary>Data store requests.</summary>
    public const int DataStoreBase = 0x800;

    /// <summary>The process manager's requests to the virtual file system (fork, exit, exec, ids, unpause, sync).</summary>
    public const int VfsFromPmBase = 0x900;

    /// <summary>The virtual file system's requests to a file server (lookup, read, write, create, ...).</summary>
    public const int FileServerBase = 0xA00;

    /// <summary>Terminal and log requests.</summary>
    public const int TerminalBase = 0xE00;

    /// <summary>The type of every notification; the sender is told by <see cref="Message.Source"/>.</summary>
    public const int Notify = 0x1000;
}
