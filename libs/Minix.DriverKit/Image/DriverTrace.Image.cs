namespace Minix.DriverKit;

public static partial class DriverTrace
{
    // Each image process has its own memory: a plain static is per process.
    private static bool s_on;

    private static partial bool GetOn() => s_on;

    private static partial void SetOn(bool on) => s_on = on;
}
