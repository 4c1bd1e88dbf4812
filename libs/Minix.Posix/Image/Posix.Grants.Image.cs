using Minix.DriverKit;

namespace Minix.Posix;

public static partial class Posix
{
    private static GrantTable? _grants;

    private static GrantTable GrantTableOfProcess() => _grants ??= NewGrantTable();
}
