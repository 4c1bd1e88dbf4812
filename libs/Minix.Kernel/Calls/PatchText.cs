using System.Runtime.InteropServices;
using Minix.Ipc;

namespace Minix.Kernel.Calls;

/// <summary>
/// SYS_PATCHTEXT request (a fault injector only): overwrite up to <see cref="MaxLength"/> bytes of a user-mode system
/// process's memory, its read-only code included, with bytes from the caller, after copying the bytes it replaces
/// back to the caller. The kernel refuses a target that is the caller, in the kernel's half, a user program, a
/// privilege manager, or itself allowed this call.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 32)]
public struct PatchTextRequest : IMessagePayload
{
    /// <summary>The most bytes one call replaces (an x86 instruction is at most 15).</summary>
    public const int MaxLength = 16;

    /// <summary>The process whose code changes.</summary>
    [FieldOffset(0)] public Endpoint Target;

    /// <summary>Bytes to write, 1 to <see cref="MaxLength"/>.</summary>
    [FieldOffset(4)] public int Length;

    /// <summary>The first byte to change, in the target.</summary>
    [FieldOffset(8)] public ulong Address;

    /// <summary>The new bytes, in the caller.</summary>
    [FieldOffset(16)] public ulong Bytes;

    /// <summary>Where the replaced bytes go, in the caller.</summary>
    [FieldOffset(24)] public ulong Saved;
}
