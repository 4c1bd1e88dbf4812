namespace Image.Programs.Checks;

/// <summary>The boot slots of the kernel-call image's processes (calls.conf gives each its privileges).</summary>
public static class CallsImage
{
    /// <summary>The privilege manager (slot 2 is the reincarnation server's).</summary>
    public const int ManagerSlot = 2;

    /// <summary>The COM2 driver.</summary>
    public const int UartSlot = 4;

    /// <summary>An ordinary driver (a parallel port), without PRIVCTL.</summary>
    public const int OrdinarySlot = 5;

    /// <summary>The process that grants memory.</summary>
    public const int GranterSlot = 6;

    /// <summary>The process that copies through the grants.</summary>
    public const int GranteeSlot = 7;

    /// <summary>GETINFO, TIMES, DIAGCTL and the IPC refusals.</summary>
    public const int InfoSlot = 8;

    /// <summary>SETALARM.</summary>
    public const int AlarmSlot = 9;

    /// <summary>An ordinary user program (no system.conf entry).</summary>
    public const int UserSlot = 10;

    /// <summary>How many boot processes the manager waits for, besides itself.</summary>
    public const int Checkers = 7;

    /// <summary>Exit status of the spawned incarnation of the ordinary driver.</summary>
    public const int ChildExitStatus = 7;

    /// <summary>Exit status of the incarnation of the ordinary driver that has no DIAGCTL and tries to print anyway.</summary>
    public const int MuteExitStatus = 9;
}
