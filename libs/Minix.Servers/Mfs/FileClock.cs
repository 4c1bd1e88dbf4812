namespace Minix.Servers.Mfs;

/// <summary>
/// Where a file system's timestamps come from: seconds since 1970-01-01 UTC. The host tools use the host's clock,
/// tests a fixed one, the image file server its boot time plus the uptime.
/// </summary>
public abstract class FileClock
{
    /// <summary>Creates the clock.</summary>
    protected FileClock()
    {
    }

    /// <summary>The current time.</summary>
    /// <returns>Seconds since 1970-01-01 UTC.</returns>
    public abstract int Now();
}

/// <summary>A clock that always says the same time: reproducible images and tests.</summary>
public sealed class FixedClock : FileClock
{
    private readonly int _seconds;

    /// <summary>Creates the clock.</summary>
    /// <param name="seconds">The time it always gives.</param>
    public FixedClock(int seconds) => _seconds = seconds;

    /// <inheritdoc/>
    public override int Now() => _seconds;
}
