using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Minix.Ipc;
using Minix.Kernel.Calls;

namespace Minix.DriverKit;

/// <summary>
/// Device I/O for user-mode drivers, over the SYS_DEVIO kernel call. The method names and signatures match the
/// kernel's direct <c>PortIo</c>, so moving a driver out of the kernel is a change of class name (the analyzer's
/// fix for category E does exactly that). A port the driver's system.conf entry does not grant is a bug in the
/// driver or its configuration: the call throws <see cref="DeviceIoException"/>, which ends the driver on the image
/// (the reincarnation server restarts it) after the console shows the refusal: the C# file and line of the call (the
/// compiler fills in the optional caller parameters; leave them out), the call, the status and the system.conf line
/// that would allow it.
/// </summary>
public static class DevIo
{
    /// <summary>Reads a byte.</summary>
    /// <param name="port">The port.</param>
    /// <returns>The value.</returns>
    /// <param name="callerFile">Filled in by the compiler: the calling source file, for the refusal report.</param>
    /// <param name="callerLine">Filled in by the compiler: the calling line.</param>
    [UsesKernelCall(KernelCall.DevIo)]
    public static byte InByte(ushort port, [CallerFilePath] string callerFile = "", [CallerLineNumber] int callerLine = 0) => (byte)In(PortAccess.Byte, port, callerFile, callerLine);

    /// <summary>Reads a 16-bit word.</summary>
    /// <param name="port">The port.</param>
    /// <returns>The value.</returns>
    /// <param name="callerFile">Filled in by the compiler: the calling source file, for the refusal report.</param>
    /// <param name="callerLine">Filled in by the compiler: the calling line.</param>
    [UsesKernelCall(KernelCall.DevIo)]
    public static ushort InWord(ushort port, [CallerFilePath] string callerFile = "", [CallerLineNumber] int callerLine = 0) => (ushort)In(PortAccess.Word, port, callerFile, callerLine);

    /// <summary>Reads a 32-bit value.</summary>
    /// <param name="port">The port.</param>
    /// <returns>The value.</returns>
    /// <param name="callerFile">Filled in by the compiler: the calling source file, for the refusal report.</param>
    /// <param name="callerLine">Filled in by the compiler: the calling line.</param>
    [UsesKernelCall(KernelCall.DevIo)]
    public static uint InLong(ushort port, [CallerFilePath] string callerFile = "", [CallerLineNumber] int callerLine = 0) => In(PortAccess.Long, port, callerFile, callerLine);

    /// <summary>Writes a byte.</summary>
    /// <param name="port">The port.</param>
    /// <param name="value">The value.</param>
    /// <param name="callerFile">Filled in by the compiler: the calling source file, for the refusal report.</param>
    /// <param name="callerLine">Filled in by the compiler: the calling line.</param>
    [UsesKernelCall(KernelCall.DevIo)]
    public static void OutByte(ushort port, byte value, [CallerFilePath] string callerFile = "", [CallerLineNumber] int callerLine = 0) => Out(PortAccess.Byte, port, value, callerFile, callerLine);

    /// <summary>Writes a 16-bit word.</summary>
    /// <param name="port">The port.</param>
    /// <param name="value">The value.</param>
    /// <param name="callerFile">Filled in by the compiler: the calling source file, for the refusal report.</param>
    /// <param name="callerLine">Filled in by the compiler: the calling line.</param>
    [UsesKernelCall(KernelCall.DevIo)]
    public static void OutWord(ushort port, ushort value, [CallerFilePath] string callerFile = "", [CallerLineNumber] int callerLine = 0) => Out(PortAccess.Word, port, value, callerFile, callerLine);

    /// <summary>Writes a 32-bit value.</summary>
    /// <param name="port">The port.</param>
    /// <param name="value">The value.</param>
    /// <param name="callerFile">Filled in by the compiler: the calling source file, for the refusal report.</param>
    /// <param name="callerLine">Filled in by the compiler: the calling line.</param>
    [UsesKernelCall(KernelCall.DevIo)]
    public static void OutLong(ushort port, uint value, [CallerFilePath] string callerFile = "", [CallerLineNumber] int callerLine = 0) => Out(PortAccess.Long, port, value, callerFile, callerLine);

    /// <summary>
    /// Writes <paramref name="values"/> to one port, e.g. a burst of bytes into a UART's transmit FIFO: string output,
    /// one SYS_VDEVIO per <see cref="VDevIoRequest.MaxStringBytes"/> bytes instead of a SYS_DEVIO each.
    /// </summary>
    /// <param name="port">The port.</param>
    /// <param name="values">The bytes, in order.</param>
    /// <param name="callerFile">Filled in by the compiler: the calling source file, for the refusal report.</param>
    /// <param name="callerLine">Filled in by the compiler: the calling line.</param>
    [UsesKernelCall(KernelCall.VDevIo)]
    public static void OutBytes(ushort port, ReadOnlySpan<byte> values, [CallerFilePath] string callerFile = "", [CallerLineNumber] int callerLine = 0) =>
        OutString(PortAccess.Byte, port, values, callerFile, callerLine);

    /// <summary>Reads <paramref name="values"/>.Length bytes from one port: string input, batched like <see cref="OutBytes"/>.</summary>
    /// <param name="port">The port.</param>
    /// <param name="values">Receives the bytes, in order.</param>
    /// <param name="callerFile">Filled in by the compiler: the calling source file, for the refusal report.</param>
    /// <param name="callerLine">Filled in by the compiler: the calling line.</param>
    [UsesKernelCall(KernelCall.VDevIo)]
    public static void InBytes(ushort port, Span<byte> values, [CallerFilePath] string callerFile = "", [CallerLineNumber] int callerLine = 0) =>
        InString(PortAccess.Byte, port, values, callerFile, callerLine);

    /// <summary>
    /// Reads <paramref name="values"/>.Length 16-bit words from one port (string input, such as a disk's data
    /// register): a 512-byte sector is one SYS_VDEVIO, and the kernel checks the port once.
    /// </summary>
    /// <param name="port">The port (even).</param>
    /// <param name="values">Receives the words, in order.</param>
    /// <param name="callerFile">Filled in by the compiler: the calling source file, for the refusal report.</param>
    /// <param name="callerLine">Filled in by the compiler: the calling line.</param>
    [UsesKernelCall(KernelCall.VDevIo)]
    public static void InWords(ushort port, Span<ushort> values, [CallerFilePath] string callerFile = "", [CallerLineNumber] int callerLine = 0) =>
        InString(PortAccess.Word, port, MemoryMarshal.AsBytes(values), callerFile, callerLine);

    /// <summary>Writes <paramref name="values"/> to one port as 16-bit words, batched like <see cref="InWords"/>.</summary>
    /// <param name="port">The port (even).</param>
    /// <param name="values">The words, in order.</param>
    /// <param name="callerFile">Filled in by the compiler: the calling source file, for the refusal report.</param>
    /// <param name="callerLine">Filled in by the compiler: the calling line.</param>
    [UsesKernelCall(KernelCall.VDevIo)]
    public static void OutWords(ushort port, ReadOnlySpan<ushort> values, [CallerFilePath] string callerFile = "", [CallerLineNumber] int callerLine = 0) =>
        OutString(PortAccess.Word, port, MemoryMarshal.AsBytes(values), callerFile, callerLine);

    private static void InString(PortAccess width, ushort port, Span<byte> values, string callerFile, int callerLine)
    {
        for (int at = 0; at < values.Length; at += VDevIoRequest.MaxStringBytes)
        {
            Span<byte> piece = values.Slice(at, Math.Min(VDevIoRequest.MaxStringBytes, values.Length - at));
            StringDone(PortAccess.Input | width, port, piece.Length, Sys.InString(width, port, piece), callerFile, callerLine);
        }
    }

    private static void OutString(PortAccess width, ushort port, ReadOnlySpan<byte> values, string callerFile, int callerLine)
    {
        for (int at = 0; at < values.Length; at += VDevIoRequest.MaxStringBytes)
        {
            ReadOnlySpan<byte> piece = values.Slice(at, Math.Min(VDevIoRequest.MaxStringBytes, values.Length - at));
            StringDone(PortAccess.Output | width, port, piece.Length, Sys.OutString(width, port, piece), callerFile, callerLine);
        }
    }

    private static void StringDone(PortAccess access, ushort port, int bytes, Status status, string callerFile, int callerLine)
    {
        int count = bytes / PortAccessInfo.Width(access);
        DriverTrace.StringDevIo(access, port, count, status);
        if (status != Status.Ok)
            throw new DeviceIoException(access | PortAccess.String, port, 0, status, RefusalReport.StringDevIo(access, port, count, status, callerFile, callerLine));
    }

    private static uint In(PortAccess width, ushort port, string callerFile, int callerLine)
    {
        uint value = 0;
        Status status = Sys.DevIo(PortAccess.Input | width, port, ref value);
        DriverTrace.DevIo(PortAccess.Input | width, port, value, status);
        if (status != Status.Ok)
            throw new DeviceIoException(PortAccess.Input | width, port, 0, status, RefusalReport.DevIo(PortAccess.Input | width, port, 0, status, callerFile, callerLine));
        return value;
    }

    private static void Out(PortAccess width, ushort port, uint value, string callerFile, int callerLine)
    {
        Status status = Sys.DevIo(PortAccess.Output | width, port, ref value);
        DriverTrace.DevIo(PortAccess.Output | width, port, value, status);
        if (status != Status.Ok)
            throw new DeviceIoException(PortAccess.Output | width, port, value, status, RefusalReport.DevIo(PortAccess.Output | width, port, value, status, callerFile, callerLine));
    }
}
