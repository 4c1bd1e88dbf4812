namespace Minix.Build.Imaging;

/// <summary>A boot data module: a file the image carries under a name, for a service granted it in system.conf (<c>mem NAME;</c>).</summary>
/// <param name="Name">The module's name (at most 16 bytes, as a service name).</param>
/// <param name="File">The file whose bytes it holds.</param>
public sealed record ImageDataModule(string Name, string File);
