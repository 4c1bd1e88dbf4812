using System.Collections.Generic;

namespace Minix.Kernel.Configuration;

/// <summary>A word of a system.conf option and where it stood, so later checks can point at it.</summary>
public readonly struct ConfigWord
{
    /// <summary>Creates a word.</summary>
    /// <param name="text">The word.</param>
    /// <param name="location">Where it stood.</param>
    public ConfigWord(string text, SourceLocation location)
    {
        Text = text;
        Location = location;
    }

    /// <summary>The word.</summary>
    public string Text { get; }

    /// <summary>Where it stood.</summary>
    public SourceLocation Location { get; }

    /// <inheritdoc/>
    public override string ToString() => Text;
}

/// <summary>
/// One <c>service name { ... };</c> entry of a system.conf file, as read: what the service may touch and how it is
/// scheduled. <see cref="PrivilegeBuilder"/> turns it into kernel <see cref="Privileges.Privilege"/>s.
/// </summary>
public sealed class ServiceConfig
{
    /// <summary>Creates an entry; the reader fills it, and nothing else changes it afterwards.</summary>
    /// <param name="name">The service name (its label).</param>
    /// <param name="location">Where the entry starts.</param>
    public ServiceConfig(string name, SourceLocation location)
    {
        Name = name;
        Location = location;
    }

    /// <summary>The service name, which is also its label in the data store.</summary>
    public string Name { get; }

    /// <summary>Where the entry starts (its <c>service</c> keyword).</summary>
    public SourceLocation Location { get; }

    /// <summary>How <c>io</c> was given.</summary>
    public ListMode IoMode { get; internal set; }

    /// <summary>The port ranges of <c>io</c>.</summary>
    public IReadOnlyList<PortRange> Io { get; internal set; } = new PortRange[0];

    /// <summary>How <c>irq</c> was given.</summary>
    public ListMode IrqMode { get; internal set; }

    /// <summary>The lines of <c>irq</c>.</summary>
    public IReadOnlyList<int> Irqs { get; internal set; } = new int[0];

    /// <summary>How <c>system</c> was given.</summary>
    public ListMode SystemMode { get; internal set; }

    /// <summary>The kernel calls of <c>system</c> (the basic calls are added unless it says NONE).</summary>
    public IReadOnlyList<Calls.KernelCall> SystemCalls { get; internal set; } = new Calls.KernelCall[0];

    /// <summary>How <c>ipc</c> was given. Absent means <see cref="ListMode.AllSystem"/>.</summary>
    public ListMode IpcMode { get; internal set; }

    /// <summary>The destinations of <c>ipc</c>: service names and the pseudo-names SYSTEM and USER.</summary>
    public IReadOnlyList<ConfigWord> Ipc { get; internal set; } = new ConfigWord[0];

    /// <summary>The services named by <c>control</c>: they may ask the reincarnation server to stop or restart this one.</summary>
    public IReadOnlyList<ConfigWord> Control { get; internal set; } = new ConfigWord[0];

    /// <summary>Physical memory the service may map (<c>mem</c>): ranges and boot data modules.</summary>
    public IReadOnlyList<MemoryEntry> Memory { get; internal set; } = new MemoryEntry[0];

    /// <summary><c>uid</c>, if given.</summary>
    public int? Uid { get; internal set; }

    /// <summary><c>priority</c>: scheduling queue, 0 (highest) to 15, if given.</summary>
    public int? Priority { get; internal set; }

    /// <summary><c>quantum</c>: clock ticks per turn, if given.</summary>
    public int? Quantum { get; internal set; }

    /// <summary><c>period</c>: heartbeat period in clock ticks, if given (absent or 0: no heartbeat).</summary>
    public int? Period { get; internal set; }

    /// <summary>Where each option was written, by key.</summary>
    public IReadOnlyDictionary<string, SourceLocation> OptionLocations { get; internal set; } = new Dictionary<string, SourceLocation>();
}
