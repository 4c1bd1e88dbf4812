namespace Minix.Kernel.Core;

/// <summary>Host side of kernel-internal services that only exist inside a running kernel.</summary>
internal static class KernelOnly
{
    public static void Require(string member) =>
        throw new InvalidOperationException(member + " is kernel-internal: it only works inside the Minix# kernel (a driver placed in the kernel), not on the host");
}
