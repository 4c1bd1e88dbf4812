namespace Minix.DriverKit;

public static partial class PinnedMemory
{
    private static partial byte[] AllocateBytes(int length) => GC.AllocateArray<byte>(length, pinned: true);
}
