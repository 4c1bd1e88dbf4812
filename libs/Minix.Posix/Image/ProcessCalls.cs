using System.Runtime.InteropServices;

namespace Minix.Posix;

/// <summary>
/// The image side of the program ABI's process imports (the README's table): exit, heap growth through the process
/// manager's brk, and the time of day.
/// </summary>
internal static unsafe class ProcessCalls
{
    [UnmanagedCallersOnly(EntryPoint = "minix_sys_exit")]
    private static void Exit(int status) => Posix.Exit(status);

    /// <summary>Grows the heap, which ends where the process's data ends, by at least <paramref name="bytes"/>.</summary>
    [UnmanagedCallersOnly(EntryPoint = "minix_heap_grow")]
    private static nint HeapGrow(nint bytes)
    {
        long end = Posix.Brk(0);
        if (end <= 0 || bytes <= 0)
            return 0;
        ulong target = ((ulong)end + (ulong)bytes + 4095) & ~4095UL;
        long grown = Posix.Brk(target);
        return grown >= (long)target ? (nint)grown : 0;
    }

    [UnmanagedCallersOnly(EntryPoint = "minix_sys_time")]
    private static long Time(long* nanoseconds)
    {
        long seconds = Posix.Time(out long fraction);
        if (nanoseconds != null)
            *nanoseconds = fraction;
        return seconds;
    }
}
