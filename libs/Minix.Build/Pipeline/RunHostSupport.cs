using System.Globalization;
using System.Text;
using Minix.Ipc;

namespace Minix.Build.Pipeline;

/// <summary>
/// The linux-run host's side of the runtime contract, appended to the generated host: the heap as a reserved range
/// the host commits on request up to the process's limit (mmap, mprotect), every system call of the program ABI
/// over Linux's (translating open flags, the stat layout and errno numbers to MINIX's; directory records pass
/// through, being Linux's dirent64), the signal set-up (also a program run's, before its entry), hardware faults
/// turned into exceptions (the signal context is rewritten to enter the runtime's fault entry) and the report of an
/// exception that escapes the called method.
/// </summary>
public static class RunHostSupport
{
    /// <summary>The C# of the support, for a heap of at most <paramref name="heapLimit"/> bytes.</summary>
    /// <param name="heapLimit">The process's heap limit.</param>
    /// <param name="growable">Whether the heap starts small and grows (a program) or has its whole size at once.</param>
    /// <returns>C# source (members of the host's partial class).</returns>
    public static string Generate(ulong heapLimit, bool growable)
    {
        ulong initial = growable ? Math.Min(heapLimit, 4UL << 20) : heapLimit;
        var s = new StringBuilder(Template);
        s.Replace("@HEAP_LIMIT@", heapLimit.ToString(CultureInfo.InvariantCulture));
        s.Replace("@HEAP_INITIAL@", initial.ToString(CultureInfo.InvariantCulture));
        s.Replace("@ERRNO_CASES@", ErrnoCases());
        s.Replace("@OPEN_FLAGS@", OpenFlagTranslation());
        return s.ToString();
    }

    /// <summary>The program ABI's open flags (MINIX's) with Linux's (x86-64) value for each.</summary>
    public static IReadOnlyList<(int Minix, int Linux)> OpenFlagMap { get; } = new[]
    {
        (0x4, 0x800), // O_NONBLOCK
        (0x8, 0x400), // O_APPEND
        (0x200, 0x40), // O_CREAT
        (0x400, 0x200), // O_TRUNC
        (0x800, 0x80), // O_EXCL
        (0x8000, 0x100), // O_NOCTTY
        (0x200000, 0x10000), // O_DIRECTORY
        (0x400000, 0x80000), // O_CLOEXEC
    };

    private static string OpenFlagTranslation()
    {
        var s = new StringBuilder();
        foreach (var (minix, linux) in OpenFlagMap)
            s.Append(CultureInfo.InvariantCulture, $"        if ((minix & 0x{minix:x}) != 0)\n            linux |= 0x{linux:x};\n");
        return s.ToString();
    }

    // Linux errno (x86-64) to MINIX's, the values of Minix.Ipc.Status (negative); an unknown one becomes -EIO.
    private static string ErrnoCases()
    {
        var map = new (int Linux, Status Minix)[]
        {
            (1, Status.PermissionDenied), (2, Status.NotFound), (3, Status.NoSuchProcess), (4, Status.Interrupted),
            (5, Status.IoError), (6, Status.NoSuchDevice), (7, Status.TooBig), (8, Status.NotExecutable),
            (9, Status.BadFileDescriptor), (10, Status.NoChildren), (11, Status.TryAgain), (12, Status.OutOfMemory),
            (13, Status.AccessDenied), (14, Status.BadAddress), (15, Status.NotBlockDevice), (16, Status.Busy),
            (17, Status.AlreadyExists), (18, Status.CrossDevice), (19, Status.NotSupportedByDevice),
            (20, Status.NotDirectory), (21, Status.IsDirectory), (22, Status.InvalidArgument),
            (23, Status.TooManyOpenFilesInSystem), (24, Status.TooManyOpenFiles), (25, Status.NotTerminal),
            (26, Status.TextBusy), (27, Status.FileTooBig), (28, Status.NoSpace), (29, Status.IllegalSeek),
            (30, Status.ReadOnlyFileSystem), (31, Status.TooManyLinks), (32, Status.BrokenPipe), (34, Status.OutOfRange),
            (36, Status.NameTooLong), (38, Status.NotImplemented), (39, Status.DirectoryNotEmpty), (40, Status.TooDeep),
            (110, Status.TimedOut),
        };
        var s = new StringBuilder();
        foreach (var (linux, minix) in map)
            s.Append(CultureInfo.InvariantCulture, $"            case {linux}: return {(int)minix};\n");
        return s.ToString();
    }

    private const string Template = """

internal static unsafe partial class Host
{
    private const long HeapLimit = @HEAP_LIMIT@;
    private const long HeapInitial = @HEAP_INITIAL@;
    private const long HeapGranule = 64 * 1024;
    private static long s_heapStart;
    private static long s_heapEnd;

    [global::System.Runtime.InteropServices.DllImport("*", EntryPoint = "minix_hardware_fault_entry_address"), global::System.Runtime.InteropServices.SuppressGCTransition]
    private static extern long HardwareFaultEntry();

    // The whole limit is reserved inaccessible up front (so the heap stays one range); growth makes pages usable.
    private static void ReserveHeap()
    {
        if (s_heapStart != 0)
            return;
        // mmap(NULL, limit, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
        long reserved = Syscall(9, 0, HeapLimit, 0, 0x4022, 0);
        if (reserved < 0 && reserved > -4096)
        {
            Write(2, "minix run: cannot reserve the heap\n"u8);
            Syscall(231, 2, 0, 0, 0, 0);
        }

        s_heapStart = reserved;
        s_heapEnd = reserved;
        Commit(HeapInitial);
    }

    private static bool Commit(long bytes)
    {
        long end = s_heapEnd + ((bytes + HeapGranule - 1) & ~(HeapGranule - 1));
        if (bytes <= 0 || end - s_heapStart > HeapLimit)
            return false;
        // mprotect(end of heap, added, PROT_READ | PROT_WRITE)
        if (Syscall(10, s_heapEnd, end - s_heapEnd, 3, 0, 0) != 0)
            return false;
        s_heapEnd = end;
        return true;
    }

    [global::System.Runtime.InteropServices.UnmanagedCallersOnly(EntryPoint = "minix_heap_start")]
    private static nint HeapStart()
    {
        ReserveHeap();
        return (nint)s_heapStart;
    }

    [global::System.Runtime.InteropServices.UnmanagedCallersOnly(EntryPoint = "minix_heap_end")]
    private static nint HeapEnd()
    {
        ReserveHeap();
        return (nint)s_heapEnd;
    }

    [global::System.Runtime.InteropServices.UnmanagedCallersOnly(EntryPoint = "minix_heap_grow")]
    private static nint HeapGrow(nint bytes)
    {
        ReserveHeap();
        return Commit(bytes) ? (nint)s_heapEnd : 0;
    }

    // An alternate signal stack (stack_t: sp, flags, size), so that a stack overflow can still be reported, and
    // the handlers that turn SIGSEGV, SIGFPE and SIGBUS into faults or exceptions. Runs before the runtime starts
    // in a program run, so it takes its stack from mmap rather than the heap.
    private static void SetUpSignals()
    {
        const long alternateSize = 64 * 1024;
        long* alternate = stackalloc long[3];
        alternate[0] = Syscall(9, 0, alternateSize, 3, 0x22, 0);
        alternate[1] = 0;
        alternate[2] = alternateSize;
        Syscall(131, (long)alternate, 0, 0, 0, 0);

        delegate* unmanaged<int, void*, void*, void> handler = &OnSignal;
        SigAction(11, handler);
        SigAction(8, handler);
        SigAction(7, handler);
    }

    // A program run's set-up before the program ABI's entry: the stack top (for fault traces) and the signals.
    [global::System.Runtime.InteropServices.UnmanagedCallersOnly(EntryPoint = "minix_linux_host_start")]
    private static void HostStart(long stackTop)
    {
        s_stackTop = stackTop;
        SetUpSignals();
    }

    [global::System.Runtime.InteropServices.UnmanagedCallersOnly(EntryPoint = "minix_sys_read")]
    private static long SysRead(int fd, byte* buffer, long count) => Result(Syscall(0, fd, (long)buffer, count, 0, 0));

    [global::System.Runtime.InteropServices.UnmanagedCallersOnly(EntryPoint = "minix_sys_write")]
    private static long SysWrite(int fd, byte* buffer, long count) => Result(Syscall(1, fd, (long)buffer, count, 0, 0));

    // open(2) with the ABI's (MINIX's) flags translated to Linux's.
    [global::System.Runtime.InteropServices.UnmanagedCallersOnly(EntryPoint = "minix_sys_open")]
    private static long SysOpen(byte* path, int flags, int mode) => Result(Syscall(2, (long)path, LinuxOpenFlags(flags), mode, 0, 0));

    [global::System.Runtime.InteropServices.UnmanagedCallersOnly(EntryPoint = "minix_sys_close")]
    private static long SysClose(int fd) => Result(Syscall(3, fd, 0, 0, 0, 0));

    [global::System.Runtime.InteropServices.UnmanagedCallersOnly(EntryPoint = "minix_sys_lseek")]
    private static long SysSeek(int fd, long offset, int whence) => Result(Syscall(8, fd, offset, whence, 0, 0));

    [global::System.Runtime.InteropServices.UnmanagedCallersOnly(EntryPoint = "minix_sys_stat")]
    private static long SysStat(byte* path, byte* status)
    {
        byte* linux = stackalloc byte[LinuxStatSize];
        long result = Syscall(4, (long)path, (long)linux, 0, 0, 0);
        if (result == 0)
            ConvertStatus(linux, status);
        return Result(result);
    }

    [global::System.Runtime.InteropServices.UnmanagedCallersOnly(EntryPoint = "minix_sys_fstat")]
    private static long SysFileStat(int fd, byte* status)
    {
        byte* linux = stackalloc byte[LinuxStatSize];
        long result = Syscall(5, fd, (long)linux, 0, 0, 0);
        if (result == 0)
            ConvertStatus(linux, status);
        return Result(result);
    }

    [global::System.Runtime.InteropServices.UnmanagedCallersOnly(EntryPoint = "minix_sys_ftruncate")]
    private static long SysTruncate(int fd, long length) => Result(Syscall(77, fd, length, 0, 0, 0));

    [global::System.Runtime.InteropServices.UnmanagedCallersOnly(EntryPoint = "minix_sys_unlink")]
    private static long SysUnlink(byte* path) => Result(Syscall(87, (long)path, 0, 0, 0, 0));

    [global::System.Runtime.InteropServices.UnmanagedCallersOnly(EntryPoint = "minix_sys_rename")]
    private static long SysRename(byte* from, byte* to) => Result(Syscall(82, (long)from, (long)to, 0, 0, 0));

    [global::System.Runtime.InteropServices.UnmanagedCallersOnly(EntryPoint = "minix_sys_mkdir")]
    private static long SysMakeDirectory(byte* path, int mode) => Result(Syscall(83, (long)path, mode, 0, 0, 0));

    [global::System.Runtime.InteropServices.UnmanagedCallersOnly(EntryPoint = "minix_sys_rmdir")]
    private static long SysRemoveDirectory(byte* path) => Result(Syscall(84, (long)path, 0, 0, 0, 0));

    [global::System.Runtime.InteropServices.UnmanagedCallersOnly(EntryPoint = "minix_sys_chdir")]
    private static long SysChangeDirectory(byte* path) => Result(Syscall(80, (long)path, 0, 0, 0, 0));

    // Linux's getcwd counts the NUL; the ABI's does not.
    [global::System.Runtime.InteropServices.UnmanagedCallersOnly(EntryPoint = "minix_sys_getcwd")]
    private static long SysGetCurrentDirectory(byte* buffer, long size)
    {
        long result = Syscall(79, (long)buffer, size, 0, 0, 0);
        return result > 0 ? result - 1 : Result(result);
    }

    // Linux's dirent64 records are the ABI's.
    [global::System.Runtime.InteropServices.UnmanagedCallersOnly(EntryPoint = "minix_sys_getdents")]
    private static long SysReadDirectory(int fd, byte* buffer, long count) => Result(Syscall(217, fd, (long)buffer, count, 0, 0));

    // A terminal answers TCGETS.
    [global::System.Runtime.InteropServices.UnmanagedCallersOnly(EntryPoint = "minix_sys_isatty")]
    private static long SysIsTerminal(int fd)
    {
        byte* termios = stackalloc byte[64];
        return Syscall(16, fd, 0x5401, (long)termios, 0, 0) == 0 ? 1 : 0;
    }

    private const int LinuxStatSize = 144;

    // Linux's struct stat (x86-64) to the ABI's 80-byte one.
    private static void ConvertStatus(byte* linux, byte* status)
    {
        *(long*)(status + 0) = *(long*)(linux + 0);
        *(long*)(status + 8) = *(long*)(linux + 8);
        *(int*)(status + 16) = *(int*)(linux + 24);
        *(int*)(status + 20) = (int)*(long*)(linux + 16);
        *(int*)(status + 24) = *(int*)(linux + 28);
        *(int*)(status + 28) = *(int*)(linux + 32);
        *(long*)(status + 32) = *(long*)(linux + 40);
        *(long*)(status + 40) = *(long*)(linux + 48);
        *(long*)(status + 48) = *(long*)(linux + 72);
        *(long*)(status + 56) = *(long*)(linux + 88);
        *(long*)(status + 64) = *(long*)(linux + 104);
        *(int*)(status + 72) = (int)*(long*)(linux + 56);
        *(int*)(status + 76) = (int)*(long*)(linux + 64);
    }

    private static long LinuxOpenFlags(int minix)
    {
        long linux = minix & 3;
@OPEN_FLAGS@        return linux;
    }

    [global::System.Runtime.InteropServices.UnmanagedCallersOnly(EntryPoint = "minix_sys_exit")]
    private static void SysExit(int status)
    {
        Syscall(231, status, 0, 0, 0, 0);
    }

    // clock_gettime(CLOCK_REALTIME): seconds, and the nanoseconds within the second.
    [global::System.Runtime.InteropServices.UnmanagedCallersOnly(EntryPoint = "minix_sys_time")]
    private static long SysTime(long* nanoseconds)
    {
        long* time = stackalloc long[2];
        long result = Syscall(228, 0, (long)time, 0, 0, 0);
        if (result < 0)
            return Result(result);
        if (nanoseconds != null)
            *nanoseconds = time[1];
        return time[0];
    }

    // A Linux result: a negative errno becomes MINIX's (also negative).
    private static long Result(long linux) => linux >= 0 || linux < -4095 ? linux : MinixErrno((int)-linux);

    private static int MinixErrno(int linux)
    {
        switch (linux)
        {
@ERRNO_CASES@            default: return -5;
        }
    }

    // In a program a hardware fault becomes an exception: the signal returns into the runtime's fault entry, on the
    // faulting stack, with the kind, the faulting instruction and its stack pointer as arguments.
    private static bool RaiseAsException(int kind, long* registers)
    {
        if (!global::Minix.Runtime.ProcessFeatures.Has(global::Minix.Runtime.RuntimeFeatures.CatchableExceptions))
            return false;
        long ip = registers[16];
        long sp = registers[15];
        registers[8] = kind;
        registers[9] = ip;
        registers[12] = sp;
        registers[15] = (sp - 512) & ~15L;
        registers[16] = HardwareFaultEntry();
        s_faultIp = 0;
        s_faultSp = 0;
        return true;
    }

    // An exception escaped the method: the fault report, with the exception's own frames for the tool to name.
    private static int ReportException(global::System.Exception exception)
    {
        Write(2, "fault: "u8);
        Write(2, KindName((int)exception.Kind));
        string message = exception.Message;
        if (!string.IsNullOrEmpty(message))
        {
            Write(2, ": "u8);
            for (int i = 0; i < message.Length; i++)
            {
                byte c = message[i] < 0x80 && message[i] != '\n' ? (byte)message[i] : (byte)'?';
                Write(2, &c, 1);
            }
        }

        Write(2, "\nfault-frames:"u8);
        nint* frames = stackalloc nint[64];
        int count = global::Minix.Runtime.Exceptions.StackTraceAddresses.Of(exception, new global::System.Span<nint>(frames, 64));
        for (int i = 0; i < count; i++)
        {
            Write(2, " "u8);
            PrintHex(frames[i]);
        }

        Write(2, "\n"u8);
        return 3;
    }
}
""";
}
