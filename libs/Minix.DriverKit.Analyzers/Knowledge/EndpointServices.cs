using System.Collections.Generic;

namespace Minix.DriverKit.Analyzers;

/// <summary>
/// The well-known endpoints of Minix.Ipc.Endpoint and the names system.conf's ipc line knows them by: one table for
/// the IPC cross-check and the docs.
/// </summary>
public static class EndpointServices
{
    /// <summary>The pseudo-name system.conf uses for the kernel tasks.</summary>
    public const string SystemName = "SYSTEM";

    /// <summary>The pseudo-name system.conf uses for user processes.</summary>
    public const string UserName = "USER";

    private static readonly Dictionary<string, string> Names = new()
    {
        ["ReincarnationServer"] = "rs",
        ["DataStore"] = "ds",
        ["Terminal"] = "tty",
        ["Log"] = "log",
        ["ProcessManager"] = "pm",
        ["FileSystem"] = "vfs",
        ["Memory"] = "mem",
        ["System"] = SystemName,
        ["Clock"] = SystemName,
        ["Hardware"] = SystemName,
        ["Kernel"] = SystemName,
        ["Init"] = UserName,
    };

    /// <summary>The system.conf name of a well-known endpoint property.</summary>
    /// <param name="property">The property's name on Endpoint, e.g. <c>DataStore</c>.</param>
    /// <returns>The name (<c>ds</c>), or null if the property is no IPC target (Any, None, Self, Idle).</returns>
    public static string? ServiceName(string property) => Names.TryGetValue(property, out string? name) ? name : null;

    /// <summary>Whether a name is a system process (ALL_SYS covers it).</summary>
    /// <param name="name">A name from <see cref="ServiceName"/>.</param>
    /// <returns>True unless it is <see cref="UserName"/>.</returns>
    public static bool IsSystemProcess(string name) => name != UserName;
}
