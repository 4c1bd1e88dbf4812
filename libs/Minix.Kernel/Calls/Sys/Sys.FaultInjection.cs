using Minix.Ipc;

namespace Minix.Kernel.Calls;

public static partial class Sys
{
    /// <summary>
    /// SYS_PATCHTEXT: writes <paramref name="bytes"/> over a user-mode driver's code at <paramref name="address"/> and
    /// returns the bytes it replaced in <paramref name="saved"/> (a fault injector's call; see <see cref="PatchTextRequest"/>).
    /// </summary>
    /// <param name="target">The driver.</param>
    /// <param name="address">The first byte to change, in the driver.</param>
    /// <param name="bytes">The new bytes, 1 to <see cref="PatchTextRequest.MaxLength"/>.</param>
    /// <param name="saved">Receives the replaced bytes; at least as long as <paramref name="bytes"/>.</param>
    /// <returns>The call's status (<see cref="Status.PermissionDenied"/> for a target the injector may not touch).</returns>
    [UsesKernelCall(KernelCall.PatchText)]
    public static unsafe Status PatchText(Endpoint target, ulong address, ReadOnlySpan<byte> bytes, Span<byte> saved)
    {
        if (saved.Length < bytes.Length)
            return Status.InvalidArgument;
        fixed (byte* from = bytes)
        fixed (byte* into = saved)
            return Call(KernelCall.PatchText, new PatchTextRequest { Target = target, Length = bytes.Length, Address = address, Bytes = (ulong)from, Saved = (ulong)into });
    }
}
