using System.Text;
using Minix.Runtime.Posix;

namespace System.IO;

/// <summary>Paths as .NET handles them on Unix: '/' separates, a path starting with '/' is rooted, ':' separates
/// a list of paths.</summary>
public static class Path
{
    /// <summary>'/'.</summary>
    public const char DirectorySeparatorChar = '/';

    /// <summary>'/' (Unix has one separator).</summary>
    public const char AltDirectorySeparatorChar = '/';

    /// <summary>'/' (Unix has no volumes).</summary>
    public const char VolumeSeparatorChar = '/';

    /// <summary>':', between the paths of a list such as PATH.</summary>
    public const char PathSeparator = ':';

    /// <summary>The characters a path may not hold.</summary>
    /// <returns>NUL.</returns>
    public static char[] GetInvalidPathChars() => new[] { '\0' };

    /// <summary>The characters a file name may not hold.</summary>
    /// <returns>NUL and '/'.</returns>
    public static char[] GetInvalidFileNameChars() => new[] { '\0', '/' };

    /// <summary>Whether <paramref name="path"/> starts at the root.</summary>
    /// <param name="path">The path.</param>
    /// <returns>True if it starts with '/'.</returns>
    public static bool IsPathRooted(string path) => path is not null && path.Length > 0 && path[0] == '/';

    /// <summary>Whether <paramref name="path"/> starts at the root.</summary>
    /// <param name="path">The path.</param>
    /// <returns>True if it starts with '/'.</returns>
    public static bool IsPathRooted(ReadOnlySpan<char> path) => path.Length > 0 && path[0] == '/';

    /// <summary>Whether <paramref name="path"/> is absolute.</summary>
    /// <param name="path">The path.</param>
    /// <returns>True if it starts with '/'.</returns>
    public static bool IsPathFullyQualified(string path)
    {
        ArgumentNullException.ThrowIfNull(path, nameof(path));
        return IsPathRooted(path);
    }

    /// <summary>The root of <paramref name="path"/>: "/" or "".</summary>
    /// <param name="path">The path.</param>
    /// <returns>The root, or null for a null or empty path.</returns>
    public static string GetPathRoot(string path) => string.IsNullOrEmpty(path) ? null : IsPathRooted(path) ? "/" : "";

    /// <summary>The directory part of <paramref name="path"/> (repeated separators collapsed).</summary>
    /// <param name="path">The path.</param>
    /// <returns>The directory, "" for a bare name, or null for the root, null or "".</returns>
    public static string GetDirectoryName(string path)
    {
        if (string.IsNullOrEmpty(path))
            return null;
        int root = IsPathRooted(path) ? 1 : 0;
        int end = path.Length;
        if (end <= root)
            return null;
        while (end > root && path[--end] != '/')
        {
        }

        while (end > root && path[end - 1] == '/')
            end--;
        return CollapseSeparators(path.Substring(0, end));
    }

    /// <summary>The name after the last separator.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The name, or null for null.</returns>
    public static string GetFileName(string path)
    {
        if (path is null)
            return null;
        int last = path.LastIndexOf('/');
        return last < 0 ? path : path.Substring(last + 1);
    }

    /// <summary>The name after the last separator, without its extension.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The name, or null for null.</returns>
    public static string GetFileNameWithoutExtension(string path)
    {
        string name = GetFileName(path);
        if (name is null)
            return null;
        int dot = name.LastIndexOf('.');
        return dot < 0 ? name : name.Substring(0, dot);
    }

    /// <summary>The extension of the last name, with its '.'.</summary>
    /// <param name="path">The path.</param>
    /// <returns>".ext", "" if none, or null for null.</returns>
    public static string GetExtension(string path)
    {
        if (path is null)
            return null;
        int dot = ExtensionStart(path);
        return dot < 0 ? "" : path.Substring(dot);
    }

    /// <summary>Whether the last name has an extension.</summary>
    /// <param name="path">The path.</param>
    /// <returns>True if it has one.</returns>
    public static bool HasExtension(string path) => path is not null && ExtensionStart(path) >= 0;

    /// <summary><paramref name="path"/> with its extension replaced (or removed, for null).</summary>
    /// <param name="path">The path.</param>
    /// <param name="extension">The new extension, with or without '.'.</param>
    /// <returns>The path.</returns>
    public static string ChangeExtension(string path, string extension)
    {
        if (path is null)
            return null;
        if (path.Length == 0)
            return "";
        int end = path.Length;
        for (int i = path.Length - 1; i >= 0; i--)
        {
            if (path[i] == '.')
            {
                end = i;
                break;
            }

            if (path[i] == '/')
                break;
        }

        string stem = path.Substring(0, end);
        if (extension is null)
            return stem;
        return extension.Length > 0 && extension[0] == '.' ? stem + extension : stem + "." + extension;
    }

    /// <summary>Joins paths; a rooted part discards what came before it.</summary>
    /// <param name="path1">The first.</param>
    /// <param name="path2">The second.</param>
    /// <returns>The combined path.</returns>
    public static string Combine(string path1, string path2) => Combine(new[] { path1 ?? throw new ArgumentNullException(nameof(path1)), path2 ?? throw new ArgumentNullException(nameof(path2)) });

    /// <summary>Joins paths; a rooted part discards what came before it.</summary>
    /// <param name="path1">The first.</param>
    /// <param name="path2">The second.</param>
    /// <param name="path3">The third.</param>
    /// <returns>The combined path.</returns>
    public static string Combine(string path1, string path2, string path3) => Combine(new[]
    {
        path1 ?? throw new ArgumentNullException(nameof(path1)), path2 ?? throw new ArgumentNullException(nameof(path2)),
        path3 ?? throw new ArgumentNullException(nameof(path3)),
    });

    /// <summary>Joins paths; a rooted part discards what came before it.</summary>
    /// <param name="path1">The first.</param>
    /// <param name="path2">The second.</param>
    /// <param name="path3">The third.</param>
    /// <param name="path4">The fourth.</param>
    /// <returns>The combined path.</returns>
    public static string Combine(string path1, string path2, string path3, string path4) => Combine(new[]
    {
        path1 ?? throw new ArgumentNullException(nameof(path1)), path2 ?? throw new ArgumentNullException(nameof(path2)),
        path3 ?? throw new ArgumentNullException(nameof(path3)), path4 ?? throw new ArgumentNullException(nameof(path4)),
    });

    /// <summary>Joins paths; a rooted part discards what came before it.</summary>
    /// <param name="paths">The parts.</param>
    /// <returns>The combined path.</returns>
    public static string Combine(params string[] paths)
    {
        ArgumentNullException.ThrowIfNull(paths, nameof(paths));
        int start = 0;
        for (int i = 0; i < paths.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(paths[i], nameof(paths));
            if (IsPathRooted(paths[i]))
                start = i;
        }

        var result = new StringBuilder();
        for (int i = start; i < paths.Length; i++)
        {
            string part = paths[i];
            if (part.Length == 0)
                continue;
            if (result.Length > 0 && result[result.Length - 1] != '/' && part[0] != '/')
                result.Append('/');
            result.Append(part);
        }

        return result.ToString();
    }

    /// <summary>Joins paths with one separator between them (no part is treated as rooted).</summary>
    /// <param name="path1">The first.</param>
    /// <param name="path2">The second.</param>
    /// <returns>The joined path.</returns>
    public static string Join(string path1, string path2) => Join(new[] { path1, path2 });

    /// <summary>Joins paths with one separator between them (no part is treated as rooted).</summary>
    /// <param name="path1">The first.</param>
    /// <param name="path2">The second.</param>
    /// <param name="path3">The third.</param>
    /// <returns>The joined path.</returns>
    public static string Join(string path1, string path2, string path3) => Join(new[] { path1, path2, path3 });

    /// <summary>Joins paths with one separator between them (no part is treated as rooted).</summary>
    /// <param name="paths">The parts (null ones are skipped).</param>
    /// <returns>The joined path.</returns>
    public static string Join(params string[] paths)
    {
        ArgumentNullException.ThrowIfNull(paths, nameof(paths));
        var result = new StringBuilder();
        foreach (string part in paths)
        {
            if (string.IsNullOrEmpty(part))
                continue;
            if (result.Length > 0 && result[result.Length - 1] != '/' && part[0] != '/')
                result.Append('/');
            result.Append(part);
        }

        return result.ToString();
    }

    /// <summary>The absolute form of <paramref name="path"/>: joined to the current directory if relative, with
    /// ".", ".." and repeated separators resolved (without looking at the file system).</summary>
    /// <param name="path">The path.</param>
    /// <returns>The full path.</returns>
    public static string GetFullPath(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path, nameof(path));
        if (path.IndexOf('\0') >= 0)
            throw new ArgumentException("Null character in path.", nameof(path));
        if (!IsPathRooted(path))
            path = Combine(PosixCalls.CurrentDirectory(), path);
        string collapsed = RemoveRelativeSegments(path);
        return collapsed.Length == 0 ? "/" : collapsed;
    }

    /// <summary>The absolute form of <paramref name="path"/> relative to <paramref name="basePath"/>.</summary>
    /// <param name="path">The path.</param>
    /// <param name="basePath">An absolute base.</param>
    /// <returns>The full path.</returns>
    public static string GetFullPath(string path, string basePath)
    {
        ArgumentNullException.ThrowIfNull(path, nameof(path));
        ArgumentNullException.ThrowIfNull(basePath, nameof(basePath));
        if (!IsPathRooted(basePath))
            throw new ArgumentException("Basepath argument is not fully qualified.", nameof(basePath));
        if (IsPathRooted(path))
            return GetFullPath(path);
        return GetFullPath(Combine(basePath, path));
    }

    /// <summary>The directory for temporary files: $TMPDIR or /tmp/, ending in a separator.</summary>
    /// <returns>The path.</returns>
    public static string GetTempPath()
    {
        string temp = Environment.GetEnvironmentVariable("TMPDIR");
        if (string.IsNullOrEmpty(temp))
            return "/tmp/";
        return temp[temp.Length - 1] == '/' ? temp : temp + "/";
    }

    /// <summary>Whether <paramref name="path"/> ends in a separator.</summary>
    /// <param name="path">The path.</param>
    /// <returns>True if it does.</returns>
    public static bool EndsInDirectorySeparator(string path) => !string.IsNullOrEmpty(path) && path[path.Length - 1] == '/';

    /// <summary><paramref name="path"/> without a trailing separator (the root keeps its own).</summary>
    /// <param name="path">The path.</param>
    /// <returns>The path.</returns>
    public static string TrimEndingDirectorySeparator(string path) =>
        EndsInDirectorySeparator(path) && path.Length > 1 ? path.Substring(0, path.Length - 1) : path;

    private static int ExtensionStart(string path)
    {
        for (int i = path.Length - 1; i >= 0; i--)
        {
            char c = path[i];
            if (c == '.')
                return i != path.Length - 1 ? i : -1;
            if (c == '/')
                break;
        }

        return -1;
    }

    private static string CollapseSeparators(string path)
    {
        if (path.IndexOf("//", StringComparison.Ordinal) < 0)
            return path;
        var result = new StringBuilder(path.Length);
        for (int i = 0; i < path.Length; i++)
        {
            if (path[i] == '/' && i > 0 && path[i - 1] == '/')
                continue;
            result.Append(path[i]);
        }

        return result.ToString();
    }

    // .NET's PathInternal.RemoveRelativeSegments for a Unix path rooted at "/".
    private static string RemoveRelativeSegments(string path)
    {
        var sb = new StringBuilder(path.Length);
        const int skip = 0;
        for (int i = skip; i < path.Length; i++)
        {
            char c = path[i];
            if (c == '/' && i + 1 < path.Length)
            {
                if (path[i + 1] == '/')
                    continue;
                if ((i + 2 == path.Length || path[i + 2] == '/') && path[i + 1] == '.')
                {
                    i++;
                    continue;
                }

                if (i + 2 < path.Length && (i + 3 == path.Length || path[i + 3] == '/') && path[i + 1] == '.' && path[i + 2] == '.')
                {
                    int s;
                    for (s = sb.Length - 1; s >= skip; s--)
                    {
                        if (sb[s] == '/')
                        {
                            sb.Length = (i + 3 >= path.Length && s == skip) ? s + 1 : s;
                            break;
                        }
                    }

                    if (s < skip)
                        sb.Length = skip;
                    i += 2;
                    continue;
                }
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
