using System.Runtime.CompilerServices;
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
    /// Writes <paramref name="values"/> to one port, e.g. a burst of bytes into a UART's transmit FIFO, with one
    /// SYS_VDEVIO per <see cref="PortBatch.Capacity"/> bytes instead of a SYS_DEVIO each.
    /// </summary>
    /// <param name="port">The port.</param>
    /// <param name="values">The bytes, in order.</param>
    /// <param name="callerFile">Filled in by the compiler: the calling source file, for the refusal report.</param>
    /// <param name="callerLine">Filled in by the compiler: the calling line.</param>
    [UsesKernelCall(KernelCall.VDevIo)]
    public static void OutBytes(ushort port, ReadOnlySpan<byte> values, [CallerFilePath] string callerFile = "", [CallerLineNumber] int callerLine = 0)
    {
        var batch = new PortBatch(PortAccess.Output | PortAccess.Byte);
        for (int i = 0; i < values.Length; i++)
        {
            batch.Add(port, values[i]);
            if (batch.Count == PortBatch.Capacity || i == values.Length - 1)
            {
                batch.Run(callerFile, callerLine);
                batch.Clear();
            }
        }
    }

    /// <summary>Reads <paramref name="values"/>.Length bytes from one port, batched like <see cref="OutBytes"/>.</summary>
    /// <param name="port">The port.</param>
    /// <param name="values">Receives the bytes, in order.</param>
    /// <param name="callerFile">Filled in by the compiler: the calling source file, for the refusal report.</param>
    /// <param name="callerLine">Filled in by the compiler: the calling line.</param>
    [UsesKernelCall(KernelCall.VDevIo)]
    public static void InBytes(ushort port, Span<byte> values, [CallerFilePath] string callerFile = "", [CallerLineNumber] int callerLine = 0)
    {
        var batch = new PortBatch(PortAccess.Input | PortAccess.Byte);
        int start = 0;
        for (int i = 0; i < values.Length; i++)
        {
            batch.Add(port);
            if (batch.Count == PortBatch.Capacity || i == values.Length - 1)
            {
                batch.Run(callerFile, callerLine);
                for (int j = 0; j < batch.Count; j++)
                    values[start + j] = (byte)batch.Value(j);
                start += batch.Count;
                batch.Clear();
            }
        }
    }

    /// <summary>
    /// Reads <paramref name="values"/>.Length 16-bit words from one port (string input, such as a disk's data
    /// register), one SYS_VDEVIO per <see cref="PortBatch.Capacity"/> words.
    /// </summary>
    /// <param name="port">The port (even).</param>
    /// <param name="values">Receives the words, in order.</param>
    [UsesKernelCall(KernelCall.VDevIo)]
    public static void InWords(ushort port, Span<ushort> values)
    {
        var batch = new PortBatch(PortAccess.Input | PortAccess.Word);
        for (int start = 0; start < values.Length; start += PortBatch.Capacity)
        {
            int count = Math.Min(PortBatch.Capacity, values.Length - start);
            batch.Clear();
            for (int i = 0; i < count; i++)
                batch.Add(port);
            batch.Run();
            for (int i = 0; i < count; i++)
                values[start + i] = (ushort)batch.Value(i);
        }
    }

    /// <summary>Writes <paramref name="values"/> to one port as 16-bit words, batched like <see cref="InWords"/>.</summary>
    /// <param name="port">The port (even).</param>
    /// <param name="values">The words, in order.</param>
    [UsesKernelCall(KernelCall.VDevIo)]
    public static void OutWords(ushort port, ReadOnlySpan<ushort> values)
    {
        var batch = new PortBatch(PortAccess.Output | PortAccess.Word);
        for (int start = 0; start < values.Length; start += PortBatch.Capacity)
        {
            int count = Math.Min(PortBatch.Capacity, values.Length - start);
            batch.Clear();
            for (int i = 0; i < count; i++)
                batch.Add(port, values[start + i]);
            batch.Run();
        }
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
