using System.Security.Cryptography;
using System.Text;
using System.Threading;

namespace Minix.Tutorials;

/// <summary>
/// One test process at a time restoring or packing the repository's projects: a tutorial's commands run with a dotnet
/// home of their own (a fresh template install), so their restore of the repository's tools writes that home's
/// package folder into the projects' assets, and a pack reading those assets at the same moment mixes two folders.
/// </summary>
internal static class RestoreLock
{
    /// <summary>Runs <paramref name="action"/> while no other test process of this checkout holds the lock.</summary>
    /// <param name="repositoryRoot">The checkout's root (two checkouts do not wait for each other).</param>
    /// <param name="action">What restores or reads the projects' restore state.</param>
    /// <typeparam name="T">Its result.</typeparam>
    /// <returns>What <paramref name="action"/> returned.</returns>
    public static T Hold<T>(string repositoryRoot, Func<T> action)
    {
        string key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(repositoryRoot))))[..16];
        string file = Path.Combine(Path.GetTempPath(), $"minix-tests-restore-{key}.lock");
        var waited = System.Diagnostics.Stopwatch.StartNew();
        FileStream? held = null;
        while (held is null)
        {
            try
            {
                held = new FileStream(file, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < TimeSpan.FromMinutes(20))
            {
                Thread.Sleep(200);
            }
        }

        using (held)
            return action();
    }
}
