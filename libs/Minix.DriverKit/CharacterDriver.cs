namespace Minix.DriverKit;

/// <summary>
/// The base of a character-device driver (a serial line, a printer, a clock): a stream of bytes, requests of the
/// <see cref="CharDeviceProtocol"/>. Override <see cref="DeviceDriver.Open"/>, <see cref="DeviceDriver.Close"/>,
/// <see cref="DeviceDriver.Read"/>, <see cref="DeviceDriver.Write"/> and <see cref="DeviceDriver.Ioctl"/> as the
/// device needs, plus <see cref="Service.OnInitFresh"/> to find the device and <see cref="Service.OnInterrupt"/> and
/// <see cref="Service.OnAlarm"/> to drive it; then call <see cref="Service.Run"/> from the program's entry point.
/// </summary>
/// <example>
/// <code>
/// public sealed class Hello : CharacterDriver
/// {
///     protected override long Read(in IoRequest request)
///     {
///         ReadOnlySpan&lt;byte&gt; text = "hello\n"u8;
///         int n = Math.Min(text.Length, request.Count);
///         Status status = CopyToClient(request, 0, text.Slice(0, n));
///         return status == Status.Ok ? n : (long)status;
///     }
/// }
///
/// // the program: new Hello().Run();
/// </code>
/// </example>
public abstract class CharacterDriver : DeviceDriver
{
    /// <summary>Creates the driver object; nothing happens until <see cref="Service.Run"/>.</summary>
    protected CharacterDriver()
        : base(CharDeviceProtocol.Open, CharDeviceProtocol.Close, CharDeviceProtocol.Read, CharDeviceProtocol.Write, CharDeviceProtocol.Ioctl, CharDeviceProtocol.Reply)
    {
    }
}
