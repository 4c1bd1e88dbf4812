using System.Runtime.InteropServices;
using Minix.Ipc;

namespace Minix.Kernel.Calls;

/// <summary>SYS_EXIT request: the caller ends. The kernel reports the exit like a crash, with the status.</summary>
[StructLayout(LayoutKind.Explicit, Size = 4)]
public struct ExitRequest : IMessagePayload
{
    /// <summary>The exit status.</summary>
    [FieldOffset(0)] public int Status;
}
