namespace Minix.Kernel.Core;

public sealed partial class Microkernel
{
    /// <summary>
    /// SYS_DIAGCTL: prints up to 256 bytes of the caller's text to the kernel log as one line, "name: text", its
    /// control bytes escaped so that it cannot start a line in another's name.
    /// </summary>
    private static Status DoDiagCtl(Microkernel kernel, Process caller, ref Message message)
    {
        DiagCtlRequest request = message.Payload<DiagCtlRequest>();
        if (request.Length < 1 || request.Length > DiagCtlRequest.MaxLength)
            return Status.InvalidArgument;
        Span<byte> text = stackalloc byte[request.Length];
        if (!kernel.Machine.Read(caller, request.Address, text))
            return Status.BadAddress;
        new Utf8Line(stackalloc byte[(DiagCtlRequest.MaxLength * 2) + ProcessName.Capacity + 4]).Name(caller.Name).Text(": "u8).Printable(text).WriteTo(kernel.Machine);
        return Status.Ok;
    }
}
