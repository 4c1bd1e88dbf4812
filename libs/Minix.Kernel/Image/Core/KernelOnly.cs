namespace Minix.Kernel.Core;

/// <summary>Image side of kernel-internal services a driver in kernel placement may use.</summary>
internal static class KernelOnly
{
    public static void Require(string member) => KernelImage.Panic("a kernel-internal service is not available in this kernel"u8);
}
