using Minix.Runtime;

namespace System.Diagnostics;

/// <summary>Measures elapsed time with the program ABI's clock (nanoseconds).</summary>
public class Stopwatch
{
    /// <summary>Ticks per second of <see cref="GetTimestamp"/> (nanoseconds).</summary>
    public static readonly long Frequency = 1_000_000_000;

    /// <summary>Whether the clock has more than millisecond resolution.</summary>
    public static readonly bool IsHighResolution = true;

    private long _elapsed;
    private long _started;
    private bool _running;

    /// <summary>Whether it is measuring.</summary>
    public bool IsRunning => _running;

    /// <summary>The time measured.</summary>
    public TimeSpan Elapsed => new(ElapsedTicks / 100);

    /// <summary>The time measured in milliseconds.</summary>
    public long ElapsedMilliseconds => ElapsedTicks / 1_000_000;

    /// <summary>The time measured in <see cref="Frequency"/> ticks.</summary>
    public long ElapsedTicks => _running ? _elapsed + GetTimestamp() - _started : _elapsed;

    /// <summary>The clock now, in <see cref="Frequency"/> ticks.</summary>
    /// <returns>The timestamp.</returns>
    public static long GetTimestamp() => Clock.Nanoseconds();

    /// <summary>The time between two timestamps.</summary>
    /// <param name="startingTimestamp">The earlier.</param>
    /// <param name="endingTimestamp">The later.</param>
    /// <returns>The time.</returns>
    public static TimeSpan GetElapsedTime(long startingTimestamp, long endingTimestamp) => new((endingTimestamp - startingTimestamp) / 100);

    /// <summary>The time since a timestamp.</summary>
    /// <param name="startingTimestamp">The timestamp.</param>
    /// <returns>The time.</returns>
    public static TimeSpan GetElapsedTime(long startingTimestamp) => GetElapsedTime(startingTimestamp, GetTimestamp());

    /// <summary>A stopwatch, started.</summary>
    /// <returns>The stopwatch.</returns>
    public static Stopwatch StartNew()
    {
        var watch = new Stopwatch();
        watch.Start();
        return watch;
    }

    /// <summary>Starts or resumes measuring.</summary>
    public void Start()
    {
        if (_running)
            return;
        _started = GetTimestamp();
        _running = true;
    }

    /// <summary>Stops measuring, keeping the time.</summary>
    public void Stop()
    {
        if (!_running)
            return;
        _elapsed += GetTimestamp() - _started;
        _running = false;
    }

    /// <summary>Stops and clears the time.</summary>
    public void Reset()
    {
        _elapsed = 0;
        _running = false;
    }

    /// <summary>Clears the time and starts again.</summary>
    public void Restart()
    {
        _elapsed = 0;
        _started = GetTimestamp();
        _running = true;
    }
}
