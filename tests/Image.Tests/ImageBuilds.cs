using Minix.Build.Imaging;

namespace Image.Tests;

/// <summary>
/// Builds images for the fixtures one at a time: image builds compile shared projects (the kernel, Minix.Ipc) into
/// their own intermediate folders, which two builds running at once would both write.
/// </summary>
internal static class ImageBuilds
{
    private static readonly object Gate = new();

    /// <summary>
    /// Builds <paramref name="spec"/> into a folder beside the test assembly, so test runs of two checkouts at once
    /// never overwrite each other's images.
    /// </summary>
    public static SystemImage Build(SystemImageSpec spec, string name)
    {
        lock (Gate)
            return SystemImageBuilder.Build(spec, Path.Combine(AppContext.BaseDirectory, "images", name));
    }

    /// <summary>Runs <paramref name="action"/>, which builds images its own way (a tutorial's commands), while no fixture builds.</summary>
    public static T Exclusive<T>(Func<T> action)
    {
        lock (Gate)
            return action();
    }

    /// <summary>
    /// Builds an image project of the repository into its own intermediate folder, where <c>minix boot</c> builds it:
    /// a tutorial that boots the same project then finds the image up to date instead of building it again.
    /// </summary>
    public static (SystemImage Image, ImageProject.Contents Contents) BuildInPlace(string relativeProject)
    {
        lock (Gate)
        {
            ImageProject.Contents contents = ImageProject.Read(RepositoryRoot.Combine(relativeProject.Split('/')));
            return (SystemImageBuilder.Build(contents.Spec, contents.OutputDirectory), contents);
        }
    }

    /// <summary>Builds an image project of the repository (a folder under tests/ with MinixProcess items).</summary>
    public static SystemImage BuildProject(string relativeProject, string name) =>
        Build(ImageProject.Read(RepositoryRoot.Combine(relativeProject.Split('/'))).Spec, name);
}
