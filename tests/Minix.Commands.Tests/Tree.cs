using System.Text;

namespace Minix.Commands.Tests;

/// <summary>A folder's contents as text (names, kinds, permission bits, link counts, file contents), to compare what two commands left behind.</summary>
public static class Tree
{
    public static string Snapshot(string root)
    {
        var text = new StringBuilder();
        Walk(root, "", text);
        return text.ToString();
    }

    private static void Walk(string folder, string relative, StringBuilder text)
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
                text.Append($"{name}/ {Mode(path)}\n");
                Walk(path, name + "/", text);
            }
            else
            {
                byte[] content = File.ReadAllBytes(path);
                text.Append($"{name} {Mode(path)} {content.Length} {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(content))[..16]}\n");
            }
        }
    }

    private static string Mode(string path) => OperatingSystem.IsWindows() ? "" : Convert.ToString((int)File.GetUnixFileMode(path), 8);
}
