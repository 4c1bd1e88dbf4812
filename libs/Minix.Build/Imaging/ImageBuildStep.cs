namespace Minix.Build.Imaging;

/// <summary>One step of a system image build, as progress reports name it.</summary>
/// <param name="Action"><c>restore</c>, <c>compile</c> (C# against Minix.Runtime), <c>ilc</c> (NativeAOT) or <c>link</c>.</param>
/// <param name="Subject">What the step works on: the kernel, the processes a project's code runs (<c>rs, log, ds</c>), or the image.</param>
/// <param name="Project">The project or image assembly it compiles, or null.</param>
public sealed record ImageBuildStep(string Action, string Subject, string? Project = null)
{
    /// <summary>The step as one column-aligned piece of a progress line: <c>ilc      kernel (Minix.Kernel)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Action,-8} {Subject}" + (Project is null ? "" : $" ({Project})");
}
