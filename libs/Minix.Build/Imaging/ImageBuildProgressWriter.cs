using System.Globalization;

namespace Minix.Build.Imaging;

/// <summary>
/// Progress as text, one whole line per step when it ends, with its time
/// (<c>minix:   ilc      kernel (Minix.Kernel) ... 21.4 s</c>, or <c>up to date</c>): steps run side by side, so a
/// line begun when a step starts would be cut by another's.
/// </summary>
public sealed class ImageBuildProgressWriter : IImageBuildProgress
{
    private readonly Action<string> _writeLine;
    private readonly string _prefix;
    private readonly object _gate = new();

    /// <summary>Writes the lines to a text writer, flushing after each.</summary>
    /// <param name="output">Where the lines go (the tools use standard error).</param>
    /// <param name="prefix">What each line starts with.</param>
    public ImageBuildProgressWriter(TextWriter output, string prefix = "minix:   ")
        : this(line =>
        {
            output.WriteLine(line);
            output.Flush();
        }, prefix)
    {
    }

    /// <summary>Hands each line to <paramref name="writeLine"/> (an MSBuild task's log, for one).</summary>
    /// <param name="writeLine">Takes one whole line; never called by two steps at once.</param>
    /// <param name="prefix">What each line starts with.</param>
    public ImageBuildProgressWriter(Action<string> writeLine, string prefix = "minix:   ")
    {
        _writeLine = writeLine;
        _prefix = prefix;
    }

    /// <inheritdoc/>
    public void Started(ImageBuildStep step)
    {
    }

    /// <inheritdoc/>
    public void Finished(ImageBuildStep step, TimeSpan elapsed, bool upToDate) => Write(step, Describe(elapsed, upToDate));

    /// <inheritdoc/>
    public void Failed(ImageBuildStep step, TimeSpan elapsed) => Write(step, "failed after " + Describe(elapsed, upToDate: false));

    private void Write(ImageBuildStep step, string outcome)
    {
        lock (_gate)
            _writeLine(_prefix + step + " ... " + outcome);
    }

    /// <summary>A step's outcome as the progress line ends with it.</summary>
    /// <param name="elapsed">Its time.</param>
    /// <param name="upToDate">Whether it did nothing.</param>
    /// <returns><c>21.4 s</c> or <c>up to date (0.8 s)</c>.</returns>
    public static string Describe(TimeSpan elapsed, bool upToDate)
    {
        string time = elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture) + " s";
        return upToDate ? "up to date (" + time + ")" : time;
    }
}
