using Minix.Ipc;
using Minix.Kernel;
using Minix.Kernel.Calls;
using Minix.Kernel.Grants;

namespace Minix.DriverKit;

/// <summary>
/// The driver trace: what a service does at the DriverKit layer, one line per event, written to the kernel log as
/// <c>name: trace EVENT</c>. Events are the device requests a driver answers, the kernel calls it makes through
/// DriverKit (SYS_DEVIO, SYS_VDEVIO, SYS_SAFECOPYFROM/TO, SYS_IRQCTL) and the interrupt notifications it receives:
/// <code>
/// ramdisk: trace WRITE minor=0 pos=512 len=512 grant=0 from=13/0 -> 512
/// ramdisk: trace SAFECOPYFROM 13/0 grant=0 off=0 len=512 -> OK
/// serial: trace DEVIO in b 0x2fd -> 0x60
/// serial: trace VDEVIO out b 0x2f8:0x41 -> OK
/// serial: trace HARDWARE 0x1
/// </code>
/// The trace is off unless the boot parameter <c>trace</c> names the process (<c>trace=serial,ramdisk</c>, or
/// <c>trace=all</c>): on the image through the kernel command line (QEMU's <c>-append</c>), on the host through the
/// simulator's boot parameters. The same scenario run both ways then yields two traces to compare.
/// </summary>
/// <remarks>
/// Writing a line is itself a SYS_DIAGCTL, which the trace leaves out. Lines are built on the stack: tracing
/// allocates nothing.
/// </remarks>
public static partial class DriverTrace
{
    /// <summary>The boot parameter that lists the traced processes, separated by commas.</summary>
    public static ReadOnlySpan<byte> Parameter => "trace"u8;

    /// <summary>Whether the calling process traces.</summary>
    public static bool IsOn => GetOn();

    /// <summary>
    /// Switches the calling process's trace on if the boot parameter <c>trace</c> lists <paramref name="label"/> (or
    /// <c>all</c>), off otherwise. <see cref="Service.Run"/> calls it at start-up; a program that is not a service
    /// may call it itself.
    /// </summary>
    /// <param name="label">The process's name.</param>
    /// <returns>Whether the trace is now on.</returns>
    [UsesKernelCall(KernelCall.GetInfo)]
    public static bool Configure(in ProcessName label)
    {
        Span<byte> list = stackalloc byte[BootParameters.MaxLength];
        bool on = BootParameters.TryGet(Parameter, list, out int length) && Lists(list.Slice(0, length), ProcessName.Bytes(label));
        SetOn(on);
        return on;
    }

    /// <summary>Writes <c>trace </c> and <paramref name="text"/> to the kernel log, if the trace is on.</summary>
    /// <param name="text">The event, e.g. <c>FLUSH minor=0</c>.</param>
    [UsesKernelCall(KernelCall.DiagCtl)]
    public static void Write(ReadOnlySpan<byte> text)
    {
        if (!GetOn())
            return;
        var line = new LogText(stackalloc byte[DiagCtlRequest.MaxLength]);
        line.Append("trace "u8).Append(text);
        Log.Write(line.Text);
    }

    /// <summary>A device request answered: <c>OP minor=.. [pos=.. len=.. grant=..|access=..|req=.. arg=..] from=.. -> result</c>.</summary>
    internal static void Request(ReadOnlySpan<byte> operation, in IoRequest request, long result)
    {
        if (!GetOn())
            return;
        var line = new LogText(stackalloc byte[DiagCtlRequest.MaxLength]);
        line.Append(operation).Append(" minor="u8).Append(request.Minor);
        if (operation.SequenceEqual("READ"u8) || operation.SequenceEqual("WRITE"u8))
            line.Append(" pos="u8).Append(request.Position).Append(" len="u8).Append(request.Count).Append(" grant="u8).Append(request.Grant.Value);
        else if (operation.SequenceEqual("GATHER"u8) || operation.SequenceEqual("SCATTER"u8))
            line.Append(" pos="u8).Append(request.Position).Append(" vec="u8).Append(request.Count).Append(" grant="u8).Append(request.Grant.Value);
        else if (operation.SequenceEqual("OPEN"u8))
            line.Append(" access="u8).Append((int)request.Access);
        else if (operation.SequenceEqual("IOCTL"u8))
            line.Append(" req="u8).Append(request.IoctlRequest).Append(" arg="u8).Append(request.Argument);
        line.Append(" from="u8).Append(request.Client).Append(" -> "u8);
        AppendResult(ref line, result);
        Write(line.Text);
    }

    /// <summary>SYS_DEVIO: <c>DEVIO in b 0x3f8 -> 0x41</c> or <c>DEVIO out b 0x3f8 0x41 -> OK</c>.</summary>
    internal static void DevIo(PortAccess access, ushort port, uint value, Status status)
    {
        if (!GetOn())
            return;
        bool input = PortAccessInfo.IsInput(access);
        var line = new LogText(stackalloc byte[DiagCtlRequest.MaxLength]);
        line.Append(input ? "DEVIO in "u8 : "DEVIO out "u8).Append(WidthLetter(access)).Append(" "u8).AppendHex(port);
        if (!input)
            line.Append(" "u8).AppendHex(value);
        line.Append(" -> "u8);
        if (input && status == Status.Ok)
            line.AppendHex(value);
        else
            line.Append(status);
        Write(line.Text);
    }

    /// <summary>SYS_VDEVIO: <c>VDEVIO out b 0x2f8:0x41 0x2f8:0x42 -> OK</c> (for input, the values read).</summary>
    internal static void VDevIo(PortAccess access, ReadOnlySpan<PortValuePair> pairs, Status status)
    {
        if (!GetOn())
            return;
        var line = new LogText(stackalloc byte[DiagCtlRequest.MaxLength]);
        line.Append(PortAccessInfo.IsInput(access) ? "VDEVIO in "u8 : "VDEVIO out "u8).Append(WidthLetter(access));
        for (int i = 0; i < pairs.Length; i++)
            line.Append(" "u8).AppendHex(pairs[i].Port).Append(":"u8).AppendHex(pairs[i].Value);
        line.Append(" -> "u8).Append(status);
        Write(line.Text);
    }

    /// <summary>SYS_VDEVIO string I/O: <c>VDEVIO in w 0x1f0 x256 -> OK</c> (the values themselves are not shown).</summary>
    internal static void StringDevIo(PortAccess access, ushort port, int count, Status status)
    {
        if (!GetOn())
            return;
        var line = new LogText(stackalloc byte[DiagCtlRequest.MaxLength]);
        line.Append(PortAccessInfo.IsInput(access) ? "VDEVIO in "u8 : "VDEVIO out "u8).Append(WidthLetter(access))
            .Append(" "u8).AppendHex(port).Append(" x"u8).Append(count).Append(" -> "u8).Append(status);
        Write(line.Text);
    }

    /// <summary>SYS_SAFECOPYFROM/TO: <c>SAFECOPYFROM 12/0 grant=3 off=0 len=512 -> OK</c>.</summary>
    internal static void SafeCopy(bool fromClient, Endpoint owner, GrantId grant, long offset, int length, Status status)
    {
        if (!GetOn())
            return;
        var line = new LogText(stackalloc byte[DiagCtlRequest.MaxLength]);
        line.Append(fromClient ? "SAFECOPYFROM "u8 : "SAFECOPYTO "u8).Append(owner).Append(" grant="u8).Append(grant.Value)
            .Append(" off="u8).Append(offset).Append(" len="u8).Append(length).Append(" -> "u8).Append(status);
        Write(line.Text);
    }

    /// <summary>SYS_VSAFECOPY: <c>VSAFECOPY 12/0 pieces=3 len=3072 done=3 -> OK</c> (every piece with one granter).</summary>
    internal static void VSafeCopy(Endpoint owner, int pieces, long length, int done, Status status)
    {
        if (!GetOn())
            return;
        var line = new LogText(stackalloc byte[DiagCtlRequest.MaxLength]);
        line.Append("VSAFECOPY "u8).Append(owner).Append(" pieces="u8).Append(pieces).Append(" len="u8).Append(length)
            .Append(" done="u8).Append(done).Append(" -> "u8).Append(status);
        Write(line.Text);
    }

    /// <summary>SYS_IRQCTL: <c>IRQCTL policy irq=3 id=0 -> OK</c> or <c>IRQCTL enable irq=3 -> OK</c>.</summary>
    internal static void IrqCtl(ReadOnlySpan<byte> what, int irq, int notifyId, Status status)
    {
        if (!GetOn())
            return;
        var line = new LogText(stackalloc byte[DiagCtlRequest.MaxLength]);
        line.Append("IRQCTL "u8).Append(what).Append(" irq="u8).Append(irq);
        if (notifyId >= 0)
            line.Append(" id="u8).Append(notifyId);
        line.Append(" -> "u8).Append(status);
        Write(line.Text);
    }

    /// <summary>A notification the service loop received: <c>HARDWARE 0x1</c> (the pending interrupt bits).</summary>
    internal static void Notification(ReadOnlySpan<byte> from, ulong bits)
    {
        if (!GetOn())
            return;
        var line = new LogText(stackalloc byte[DiagCtlRequest.MaxLength]);
        line.Append(from).Append(" "u8).AppendHex(bits);
        Write(line.Text);
    }

    /// <summary>Whether the comma-separated <paramref name="list"/> holds <paramref name="name"/> or <c>all</c>.</summary>
    private static bool Lists(ReadOnlySpan<byte> list, ReadOnlySpan<byte> name)
    {
        while (list.Length > 0)
        {
            int comma = list.IndexOf((byte)',');
            ReadOnlySpan<byte> item = comma < 0 ? list : list.Slice(0, comma);
            list = comma < 0 ? default : list.Slice(comma + 1);
            if ((name.Length > 0 && item.SequenceEqual(name)) || item.SequenceEqual("all"u8))
                return true;
        }

        return false;
    }

    private static void AppendResult(ref LogText line, long result)
    {
        if (result >= 0)
            line.Append(result);
        else
            line.Append((Status)result);
    }

    internal static ReadOnlySpan<byte> WidthLetter(PortAccess access) => PortAccessInfo.Width(access) switch
    {
        1 => "b"u8,
        2 => "w"u8,
        _ => "l"u8,
    };

    // Per process: a static on the image (each process has its own memory), a thread static on the host (each
    // simulated process is a thread of the test).
    private static partial bool GetOn();

    private static partial void SetOn(bool on);
}
