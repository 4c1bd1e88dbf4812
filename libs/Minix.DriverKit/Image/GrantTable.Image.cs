using Minix.Kernel.Grants;

namespace Minix.DriverKit;

public sealed partial class GrantTable
{
    // The image runtime never moves an object.
    private static partial GrantEntry[] AllocateEntries(int capacity) => new GrantEntry[capacity];
}
