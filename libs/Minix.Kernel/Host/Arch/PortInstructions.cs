namespace Minix.Kernel.Arch;

/// <summary>
/// Host side of the port instructions: a host process is never in ring 0, so direct port I/O goes to a simulated
/// I/O bus when a test harness installed one (<see cref="PortBus.Current"/>), and fails clearly otherwise.
/// </summary>
internal static class PortInstructions
{
    public static uint In(ushort port, int width) => PortBus.Require().In(port, width);

    public static void Out(ushort port, uint value, int width) => PortBus.Require().Out(port, value, width);
}

/// <summary>A simulated I/O port bus for host tests of code placed in the kernel.</summary>
public interface IPortBus
{
    /// <summary>Reads <paramref name="width"/> bytes from <paramref name="port"/>.</summary>
    /// <param name="port">The port.</param>
    /// <param name="width">1, 2 or 4.</param>
    /// <returns>The value.</returns>
    uint In(ushort port, int width);

    /// <summary>Writes <paramref name="width"/> bytes to <paramref name="port"/>.</summary>
    /// <param name="port">The port.</param>
    /// <param name="value">The value.</param>
    /// <param name="width">1, 2 or 4.</param>
    void Out(ushort port, uint value, int width);
}

/// <summary>The port bus of the calling host thread.</summary>
public static class PortBus
{
    /// <summary>The bus direct port I/O on this thread reaches; null outside a simulated machine.</summary>
    [ThreadStatic]
    public static IPortBus? Current;

    internal static IPortBus Require() =>
        Current ?? throw new InvalidOperationException(
            "direct port I/O needs ring 0: it works in the kernel or a driver placed in the kernel on the image, or on the host under a simulated machine; user-mode drivers use DevIo (SYS_DEVIO)");
}
