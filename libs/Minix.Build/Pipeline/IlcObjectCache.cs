using System.Security.Cryptography;
using System.Text;

namespace Minix.Build.Pipeline;

/// <summary>
/// ILC's objects kept by what they were made from, beside the project's image assembly: every image that runs the
/// same code (the sample system, the tutorials' images, the tests' images all run Minix.Servers and the kernel) gets
/// the object another image's build made instead of running ILC again.
/// </summary>
/// <remarks>
/// The key is ILC's version and arguments with every input and reference replaced by a hash of its bytes and the
/// output left out, so an object is reused only where ILC would have written the same one. Only assemblies compiled
/// into a project's intermediate folder (<c>obj/</c>) get a cache; a package's assembly is read-only. A few objects
/// per name are kept, the newest, so a project edited all day does not fill the disk.
/// </remarks>
internal static class IlcObjectCache
{
    private const string Folder = "ilc-objects";
    private const int KeptPerName = 3;

    /// <summary>Where the object for <paramref name="invocation"/> is kept, or null if it has no cache.</summary>
    public static string? PathFor(IlcToolchain toolchain, IlcInvocation invocation)
    {
        string first = Path.GetFullPath(invocation.Inputs[0]);
        string directory = Path.GetDirectoryName(first)!;
        if (!directory.Replace('\\', '/').Contains("/obj/", StringComparison.Ordinal))
            return null;
        var inputs = invocation.Inputs.Concat(invocation.References).Append(invocation.RuntimeAssembly).Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        var key = new StringBuilder().Append(toolchain.Version).Append('\n');
        foreach (string argument in IlcCompiler.Arguments(invocation))
        {
            if (argument.StartsWith("-o:", StringComparison.Ordinal))
                continue;
            string path = argument.StartsWith("-r:", StringComparison.Ordinal) ? argument[3..] : argument;
            if (inputs.Contains(Path.GetFullPath(path)))
                key.Append(argument.StartsWith("-r:", StringComparison.Ordinal) ? "-r:" : "").Append(Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))));
            else
                key.Append(argument);
            key.Append('\n');
        }

        string hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key.ToString())))[..24].ToLowerInvariant();
        return Path.Combine(directory, Folder, Path.GetFileNameWithoutExtension(first) + "-" + hash + ".o");
    }

    /// <summary>Copies a kept object to <paramref name="objectFile"/>, dated now; false if none is kept.</summary>
    public static bool TryTake(string cached, string objectFile)
    {
        if (!File.Exists(cached))
            return false;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(objectFile))!);
        try
        {
            File.Copy(cached, objectFile, overwrite: true);
        }
        catch (FileNotFoundException)
        {
            // Pruned by another build between the look and the copy.
            return false;
        }

        File.SetLastWriteTimeUtc(objectFile, DateTime.UtcNow);
        // Its use keeps it among the newest.
        File.SetLastWriteTimeUtc(cached, DateTime.UtcNow);
        return true;
    }

    /// <summary>Keeps a fresh object: written under a name of its own, then renamed, so no reader sees half of it.</summary>
    public static void Keep(string objectFile, string cached)
    {
        string directory = Path.GetDirectoryName(cached)!;
        Directory.CreateDirectory(directory);
        string partial = cached + "." + Environment.ProcessId + "." + Guid.NewGuid().ToString("N")[..8] + ".partial";
        File.Copy(objectFile, partial, overwrite: true);
        File.Move(partial, cached, overwrite: true);
        string name = Path.GetFileName(cached);
        string stem = name[..(name.LastIndexOf('-') + 1)];
        foreach (var old in new DirectoryInfo(directory).GetFiles(stem + "*.o").OrderByDescending(f => f.LastWriteTimeUtc).Skip(KeptPerName))
        {
            try
            {
                old.Delete();
            }
            catch (IOException)
            {
                // Another build may be taking it: it goes next time.
            }
        }
    }
}
