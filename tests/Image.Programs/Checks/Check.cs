using Minix.Ipc;
using Minix.Kernel.Calls;

namespace Image.Programs.Checks;

/// <summary>
/// One line per check, in the form the image tests look for: <c>check NAME: status N CODE[, detail]</c>. The kernel
/// prefixes the process's name.
/// </summary>
internal static class Check
{
    /// <summary>Prints <c>check NAME: status N CODE</c>.</summary>
    public static void Report(scoped ReadOnlySpan<byte> name, Status status) => Start(stackalloc byte[200], name, status).Line();

    /// <summary>Prints <c>check NAME: status N CODE, DETAIL VALUE</c>.</summary>
    public static void Report(scoped ReadOnlySpan<byte> name, Status status, scoped ReadOnlySpan<byte> detail, long value) =>
        Start(stackalloc byte[200], name, status).Text(", "u8).Text(detail).Text(" "u8).Decimal(value).Line();

    /// <summary>Prints <c>check NAME: status N CODE, DETAIL</c>.</summary>
    public static void Report(scoped ReadOnlySpan<byte> name, Status status, scoped ReadOnlySpan<byte> detail) =>
        Start(stackalloc byte[200], name, status).Text(", "u8).Text(detail).Line();

    /// <summary>Starts a check line for more details.</summary>
    public static Utf8Line Start(Span<byte> buffer, scoped ReadOnlySpan<byte> name, Status status) =>
        new Utf8Line(buffer).Text("check "u8).Text(name).Text(": status "u8).Status(status);

    /// <summary>A kernel call with a request built by hand; the reply stays in <paramref name="message"/>.</summary>
    public static Status Call<TRequest>(KernelCall call, in TRequest request, out Message message)
        where TRequest : unmanaged, IMessagePayload
    {
        message = Message.Create(MessageType.KernelCallBase + (int)call, request);
        return Messaging.KernelCall(ref message);
    }

    /// <summary>A kernel call by number, with an empty payload (for numbers no layout exists for).</summary>
    public static Status CallNumber(int number)
    {
        var message = new Message(MessageType.KernelCallBase + number);
        return Messaging.KernelCall(ref message);
    }
}
