using System.Text;

namespace Minix.Commands.Tests;

/// <summary>A folder's contents as text (names, kinds, permission bits, link counts, file contents), to compare what two commands left behind.</summary>
public static class Tree
{
    /// <summary>The snapshot of <paramref name="root"/>'s contents.</summary>
    /// <param name="root">The folder.</param>
    /// <param name="times">Whether each file's and directory's modification time (whole seconds, or "now") is in it too.</param>
    public static string Snapshot(string root, bool times = false)
    {
        var text = new StringBuilder();
        Walk(root, "", text, times);
        return text.ToString();
    }

    /// <summary>Gives every file and directory under <paramref name="root"/> (not links) its own fixed modification time, an hour apart in name order, so two copies of a tree agree.</summary>
    /// <param name="root">The folder.</param>
    public static void FixTimes(string root)
    {
        var start = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
        int i = 0;
        foreach (string path in Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (new FileInfo(path).LinkTarget is not null)
                continue;
            DateTime time = start.AddHours(i++);
            File.SetLastAccessTimeUtc(path, time);
            File.SetLastWriteTimeUtc(path, time);
        }
    }

    private static void Walk(string folder, string relative, StringBuilder text, bool times)
    {
        foreach (string path in Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal))
        {
            string name = relative + Path.GetFileName(path);
            var info = new FileInfo(path);
            if (info.LinkTarget is not null)
            {
                text.Append($"{name} -> {info.LinkTarget}\n");
            }
            else if (Directory.Exists(path))
            {
                text.Append($"{name}/ {Mode(path)}{Time(path, times)}\n");
                Walk(path, name + "/", text, times);
            }
            else
            {
                byte[] content = File.ReadAllBytes(path);
                text.Append($"{name} {Mode(path)} {content.Length} {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(content))[..16]}{Time(path, times)}\n");
            }
        }
    }

    /// <summary>
    /// The time in whole seconds, or "now" for one of the last ten minutes: a command that changes a directory (mv into
    /// it) gives it the time it ran, and two runs a moment apart may fall on either side of a second; the fixed times
    /// of <see cref="FixTimes"/> are years back, so a time kept and a time made still differ.
    /// </summary>
    private static string Time(string path, bool times)
    {
        if (!times)
            return "";
        DateTime written = File.GetLastWriteTimeUtc(path);
        return DateTime.UtcNow - written < TimeSpan.FromMinutes(10) ? " now" : $" {new DateTimeOffset(written).ToUnixTimeSeconds()}";
    }

    private static string Mode(string path) => OperatingSystem.IsWindows() ? "" : Convert.ToString((int)File.GetUnixFileMode(path), 8);
}
