using Minix.DriverKit.Testing.Devices;
using Minix.Kernel.Arch;

namespace Minix.DriverKit.Testing;

/// <summary>The simulated I/O port bus: routes each port access to the device that claims the port.</summary>
public sealed class IoBus : IPortBus
{
    private readonly List<SimulatedDevice> _devices = new();

    /// <summary>Creates an empty bus; <see cref="SimulatedSystem"/> makes one per machine.</summary>
    public IoBus()
    {
    }

    /// <summary>The devices on the bus.</summary>
    public IReadOnlyList<SimulatedDevice> Devices => _devices;

    /// <summary>Port writes no device claimed (each is a driver bug worth seeing in a test).</summary>
    public List<(ushort Port, uint Value)> Unclaimed { get; } = new();

    /// <summary>Adds a device.</summary>
    /// <param name="device">The device.</param>
    /// <exception cref="ArgumentException">Its ports overlap another device's.</exception>
    public void Add(SimulatedDevice device)
    {
        foreach (SimulatedDevice other in _devices)
        {
            if (device.FirstPort < other.FirstPort + other.PortCount && other.FirstPort < device.FirstPort + device.PortCount)
                throw new ArgumentException($"ports 0x{device.FirstPort:x}+{device.PortCount} of {device.GetType().Name} overlap {other.GetType().Name}", nameof(device));
        }

        _devices.Add(device);
    }

    /// <inheritdoc/>
    public uint In(ushort port, int width)
    {
        SimulatedDevice? device = Claim(port);
        return device is null ? (width == 1 ? 0xFFu : width == 2 ? 0xFFFFu : uint.MaxValue) : device.Read(port - device.FirstPort, width);
    }

    /// <inheritdoc/>
    public void Out(ushort port, uint value, int width)
    {
        SimulatedDevice? device = Claim(port);
        if (device is null)
            Unclaimed.Add((port, value));
        else
            device.Write(port - device.FirstPort, value, width);
    }

    private SimulatedDevice? Claim(ushort port)
    {
        foreach (SimulatedDevice device in _devices)
        {
            if (port >= device.FirstPort && port < device.FirstPort + device.PortCount)
                return device;
        }

        return null;
    }
}
