using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Minix.Ipc;
using Minix.Kernel.Calls;

namespace Minix.DriverKit;

/// <summary>
/// Up to <see cref="Capacity"/> port accesses of one direction and width, done in one SYS_VDEVIO kernel call
/// instead of one SYS_DEVIO each: the kernel checks every port against the driver's privileges before touching
/// any. Use it for a device's initialization sequence or a burst of bytes to one data port. A guarded input batch
/// (<see cref="PortAccess.Guarded"/>) reads a data port only after a status read said there is data, so it can
/// drain a FIFO in one call.
/// </summary>
/// <example>
/// <code>
/// var init = new PortBatch(PortAccess.Output | PortAccess.Byte);
/// init.Add(Lcr, 0x80).Add(Dll, 1).Add(Dlm, 0).Add(Lcr, 0x03);
/// init.Run();
/// </code>
/// </example>
public struct PortBatch
{
    /// <summary>The most accesses one batch holds (the kernel's limit for one SYS_VDEVIO).</summary>
    public const int Capacity = VDevIoRequest.MaxPairs;

    private PortPairs _pairs;
    private int _count;

    /// <summary>Starts an empty batch.</summary>
    /// <param name="access">Direction and width of every access, e.g. <c>PortAccess.Output | PortAccess.Byte</c>.</param>
    public PortBatch(PortAccess access)
    {
        Access = access;
        _count = 0;
    }

    /// <summary>Direction and width of every access.</summary>
    public PortAccess Access { get; }

    /// <summary>Accesses queued.</summary>
    public readonly int Count => _count;

    /// <summary>Queues one access; a batch that is full ignores more (check <see cref="Count"/>).</summary>
    /// <param name="port">The port.</param>
    /// <param name="value">For output, the value; for a guarded input batch (<see cref="PortAccess.Guarded"/>), the
    /// condition on the value read, whose failure skips the next access; ignored for other input.</param>
    /// <returns>This batch, for chaining (it is a struct: chain on a variable).</returns>
    [UnscopedRef]
    public ref PortBatch Add(ushort port, uint value = 0)
    {
        if (_count < Capacity)
        {
            _pairs[_count].Port = port;
            _pairs[_count].Value = value;
            _count++;
        }

        return ref this;
    }

    /// <summary>After an input batch ran: the value read by access <paramref name="index"/>.</summary>
    /// <param name="index">0 .. <see cref="Count"/> - 1.</param>
    /// <returns>The value.</returns>
    public readonly uint Value(int index) => _pairs[index].Value;

    /// <summary>SYS_VDEVIO: performs the batch. A refusal is a bug in the driver or its system.conf and ends the driver.</summary>
    /// <param name="callerFile">Filled in by the compiler: the calling source file, for the refusal report.</param>
    /// <param name="callerLine">Filled in by the compiler: the calling line.</param>
    /// <exception cref="DeviceIoException">The kernel refused a port; no access was made. Its message is the refusal report.</exception>
    [UsesKernelCall(KernelCall.VDevIo)]
    public void Run([CallerFilePath] string callerFile = "", [CallerLineNumber] int callerLine = 0)
    {
        if (_count == 0)
            return;
        Span<PortValuePair> pairs = _pairs;
        Status status = Sys.VDevIo(Access, pairs.Slice(0, _count));
        DriverTrace.VDevIo(Access, pairs.Slice(0, _count), status);
        if (status != Status.Ok)
            throw new DeviceIoException(Access, _pairs[0].Port, _pairs[0].Value, status, RefusalReport.VDevIo(Access, pairs.Slice(0, _count), status, callerFile, callerLine));
    }

    /// <summary>Empties the batch for reuse.</summary>
    public void Clear() => _count = 0;
}

/// <summary>Inline storage for a <see cref="PortBatch"/>.</summary>
[InlineArray(PortBatch.Capacity)]
public struct PortPairs
{
    private PortValuePair _element0;
}
