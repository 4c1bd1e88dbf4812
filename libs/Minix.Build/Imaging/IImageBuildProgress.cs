namespace Minix.Build.Imaging;

/// <summary>
/// Told about each step of a system image build as it starts and ends, so a tool can show signs of life (every
/// compile and ILC run takes seconds, a cold build minutes) and what each step cost.
/// </summary>
public interface IImageBuildProgress
{
    /// <summary>A step starts.</summary>
    /// <param name="step">The step.</param>
    void Started(ImageBuildStep step);

    /// <summary>A step ended.</summary>
    /// <param name="step">The step.</param>
    /// <param name="elapsed">How long it took.</param>
    /// <param name="upToDate">Whether it found its output up to date and did nothing.</param>
    void Finished(ImageBuildStep step, TimeSpan elapsed, bool upToDate);

    /// <summary>A step failed; its error follows as an exception.</summary>
    /// <param name="step">The step.</param>
    /// <param name="elapsed">How long it ran.</param>
    void Failed(ImageBuildStep step, TimeSpan elapsed);
}
