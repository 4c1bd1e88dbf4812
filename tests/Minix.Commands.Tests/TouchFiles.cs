namespace Minix.Commands.Tests;

/// <summary>The files touch's tests start from: f and its reference g, each with access and modification times of its own.</summary>
public static class TouchFiles
{
    public static readonly DateTime FileAccessed = new(2010, 5, 6, 7, 8, 9, DateTimeKind.Utc);
    public static readonly DateTime FileModified = new(2011, 1, 2, 3, 4, 5, DateTimeKind.Utc);
    public static readonly DateTime ReferenceAccessed = new(2005, 6, 7, 8, 9, 10, DateTimeKind.Utc);
    public static readonly DateTime ReferenceModified = new(2004, 3, 2, 1, 0, 59, DateTimeKind.Utc);

    /// <summary>Writes f and g in <paramref name="box"/> with their times.</summary>
    /// <returns>Their paths.</returns>
    public static (string File, string Reference) Populate(Sandbox box)
    {
        string f = box.Write("f", "keep\n"), g = box.Write("g", "reference\n");
        File.SetLastWriteTimeUtc(f, FileModified);
        File.SetLastAccessTimeUtc(f, FileAccessed);
        File.SetLastWriteTimeUtc(g, ReferenceModified);
        File.SetLastAccessTimeUtc(g, ReferenceAccessed);
        return (f, g);
    }
}
