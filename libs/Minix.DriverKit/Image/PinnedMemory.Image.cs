namespace Minix.DriverKit;

public static partial class PinnedMemory
{
    private static partial byte[] AllocateBytes(int length) => new byte[length];
}
