using Minix.Kernel.Grants;

namespace Minix.DriverKit;

public sealed partial class GrantTable
{
    // The host's garbage collector moves arrays; the kernel keeps the table's address, so pin it.
    private static partial GrantEntry[] AllocateEntries(int capacity) => GC.AllocateArray<GrantEntry>(capacity, pinned: true);
}
