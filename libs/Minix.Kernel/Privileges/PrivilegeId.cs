namespace Minix.Kernel.Privileges;

/// <summary>
/// How privilege ids are assigned: kernel tasks and boot processes have static ids (slot + <see cref="TaskCount"/>,
/// so lower ids, and therefore the kernel's own notifications, are delivered first); services started later get
/// a free dynamic id; all user processes share <see cref="User"/>.
/// </summary>
public static class PrivilegeId
{
    /// <summary>Number of kernel tasks (IDLE, CLOCK, SYSTEM, HARDWARE), which take ids 0..3.</summary>
    public const int TaskCount = 4;

    /// <summary>Highest boot slot with a static id; boot processes use slots 0..<see cref="MaxBootSlot"/>.</summary>
    public const int MaxBootSlot = 31;

    /// <summary>First id handed out dynamically.</summary>
    public const int FirstDynamic = TaskCount + MaxBootSlot + 1;

    /// <summary>The id all ordinary user processes share.</summary>
    public const int User = Privilege.MaxIds - 1;

    /// <summary>The static id of a kernel task or boot process.</summary>
    /// <param name="endpoint">A task or boot-process endpoint (generation 0).</param>
    /// <returns>The id, or -1 if the slot has no static id.</returns>
    public static int Static(Endpoint endpoint) =>
        endpoint.IsSpecial || endpoint.Slot < -TaskCount || endpoint.Slot > MaxBootSlot ? -1 : endpoint.Slot + TaskCount;
}
