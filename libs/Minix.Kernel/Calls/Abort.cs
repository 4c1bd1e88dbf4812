using System.Runtime.InteropServices;
using Minix.Ipc;

namespace Minix.Kernel.Calls;

/// <summary>SYS_ABORT request: shut the system down.</summary>
[StructLayout(LayoutKind.Explicit, Size = 4)]
public struct AbortRequest : IMessagePayload
{
    /// <summary>The status the machine reports (under QEMU, through the debug-exit device).</summary>
    [FieldOffset(0)] public int Status;
}
