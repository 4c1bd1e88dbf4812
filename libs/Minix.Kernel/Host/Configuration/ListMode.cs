namespace Minix.Kernel.Configuration;

/// <summary>How a list option of system.conf was given.</summary>
public enum ListMode
{
    /// <summary>The option was absent: its default applies (BASIC calls, ALL_SYS ipc, no io, no irq).</summary>
    Default = 0,

    /// <summary><c>ALL</c>: everything (for io and irq: unchecked).</summary>
    All,

    /// <summary><c>NONE</c>: nothing.</summary>
    None,

    /// <summary>An explicit list of items.</summary>
    Listed,

    /// <summary><c>ALL_SYS</c> (ipc only): every system process, no user process.</summary>
    AllSystem,
}
