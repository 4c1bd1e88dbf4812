namespace Minix.DriverKit;

/// <summary>
/// The base of a block-device driver (a disk, a RAM disk): random access by byte position, requests of the
/// <see cref="BlockDeviceProtocol"/>. Override <see cref="DeviceDriver.Read"/> and <see cref="DeviceDriver.Write"/>
/// (and <see cref="DeviceDriver.Open"/>, <see cref="DeviceDriver.Ioctl"/> as needed). Block requests should be
/// idempotent: reading or writing the same bytes at the same position twice has the effect of doing it once, so a
/// client can simply repeat a request its driver did not answer before a restart.
/// </summary>
public abstract class BlockDriver : DeviceDriver
{
    /// <summary>Creates the driver object; nothing happens until <see cref="Service.Run"/>.</summary>
    protected BlockDriver()
        : base(BlockDeviceProtocol.Open, BlockDeviceProtocol.Close, BlockDeviceProtocol.Read, BlockDeviceProtocol.Write, BlockDeviceProtocol.Ioctl, BlockDeviceProtocol.Reply)
    {
    }
}
