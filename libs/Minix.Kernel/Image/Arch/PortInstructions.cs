namespace Minix.Kernel.Arch;

/// <summary>Image side of the port instructions: the real <c>in</c> and <c>out</c>.</summary>
internal static class PortInstructions
{
    public static uint In(ushort port, int width) => width == 1 ? Cpu.In8(port) : width == 2 ? Cpu.In16(port) : Cpu.In32(port);

    public static void Out(ushort port, uint value, int width)
    {
        if (width == 1)
            Cpu.Out8(port, (byte)value);
        else if (width == 2)
            Cpu.Out16(port, (ushort)value);
        else
            Cpu.Out32(port, value);
    }
}
