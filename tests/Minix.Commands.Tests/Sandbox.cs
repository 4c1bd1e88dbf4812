namespace Minix.Commands.Tests;

/// <summary>A temporary folder for one test, removed afterwards.</summary>
public sealed class Sandbox : IDisposable
{
    public Sandbox()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "minix-commands-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    /// <summary>The folder.</summary>
    public string Path { get; }

    /// <summary>Writes a file in the folder (folders on the way are made).</summary>
    public string Write(string name, byte[] content)
    {
        string file = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllBytes(file, content);
        return file;
    }

    /// <summary>Writes a text file.</summary>
    public string Write(string name, string content) => Write(name, System.Text.Encoding.UTF8.GetBytes(content));

    public void Dispose()
    {
        try
        {
            MakeWritable(new DirectoryInfo(Path));
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static void MakeWritable(DirectoryInfo directory)
    {
        if (!OperatingSystem.IsWindows())
            directory.UnixFileMode |= UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        foreach (DirectoryInfo sub in directory.EnumerateDirectories())
        {
            if (!sub.Attributes.HasFlag(FileAttributes.ReparsePoint))
                MakeWritable(sub);
        }
    }
}
