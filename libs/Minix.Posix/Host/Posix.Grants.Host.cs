using Minix.DriverKit;

namespace Minix.Posix;

public static partial class Posix
{
    // On the host simulator every process is a thread of one test process: each has its own table.
    [ThreadStatic]
    private static GrantTable? _grants;

    private static GrantTable GrantTableOfProcess() => _grants ??= NewGrantTable();
}
