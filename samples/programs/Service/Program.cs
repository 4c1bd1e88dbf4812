using Minix.DriverKit;
using Minix.Kernel.Calls;

namespace Minix.Samples.Service;

/// <summary>
/// The service program: with the boot parameter <c>service.do=step,step,...</c> it runs those steps on the service
/// named by <c>service.label</c> (default <c>rtc</c>) and exits with 0 if each did what it should. Without
/// <c>service.do</c> it does nothing.
/// </summary>
public static class Program
{
    /// <summary>The longest <c>service.do</c> value.</summary>
    public const int MaxSteps = 96;

    /// <summary>Runs the steps and exits with their status.</summary>
    public static void Main()
    {
        Span<byte> steps = stackalloc byte[MaxSteps];
        if (!BootParameters.TryGet("service.do"u8, steps, out int stepsLength) || stepsLength == 0)
            Sys.Exit(0);
        Span<byte> label = stackalloc byte[ServiceSession.MaxLabel];
        if (!BootParameters.TryGet("service.label"u8, label, out int labelLength) || labelLength == 0)
        {
            "rtc"u8.CopyTo(label);
            labelLength = 3;
        }

        Sys.Exit(new ServiceSession(label.Slice(0, labelLength)).Run(steps.Slice(0, stepsLength)));
    }
}

/// <summary>The <c>dswatch</c> service's program.</summary>
public static class WatcherProgram
{
    /// <summary>Runs the watcher.</summary>
    public static void Main() => new DataStoreWatcher().Run();
}
