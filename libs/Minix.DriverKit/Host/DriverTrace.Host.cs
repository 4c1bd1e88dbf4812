namespace Minix.DriverKit;

public static partial class DriverTrace
{
    // Each simulated process is a thread of the test host: the switch is per thread.
    [ThreadStatic]
    private static bool t_on;

    private static partial bool GetOn() => t_on;

    private static partial void SetOn(bool on) => t_on = on;
}
