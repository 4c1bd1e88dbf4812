using System.Collections.Generic;
using Minix.Runtime;
using Minix.Runtime.Posix;

namespace System.IO;

/// <summary>Directories: test, create (with parents), delete, list files and subdirectories, the current one.</summary>
public static class Directory
{
    /// <summary>Whether <paramref name="path"/> names a directory.</summary>
    /// <param name="path">The path (null or "" is false).</param>
    /// <returns>True if it does.</returns>
    public static bool Exists(string path)
    {
        if (string.IsNullOrEmpty(path) || path.IndexOf('\0') >= 0)
            return false;
        return PosixCalls.TypeOf(Path.GetFullPath(path)) == PosixAbi.ModeDirectory;
    }

    /// <summary>Creates the directory and any missing parents; an existing directory is fine.</summary>
    /// <param name="path">The directory.</param>
    /// <returns>The directory.</returns>
    public static DirectoryInfo CreateDirectory(string path)
    {
        ArgumentNullException.ThrowIfNull(path, nameof(path));
        if (path.Trim().Length == 0)
            throw new ArgumentException("Path cannot be the empty string or all whitespace.", nameof(path));
        string full = Path.GetFullPath(path);
        int length = full.Length;
        if (length >= 2 && full[length - 1] == '/')
            length--;
        if (PosixCalls.TypeOf(full) == PosixAbi.ModeDirectory)
            return new DirectoryInfo(path, full);

        // The missing directories, deepest first.
        var missing = new List<string>();
        bool someExists = false;
        int i = length - 1;
        while (i >= 1 && !someExists)
        {
            string directory = full.Substring(0, i + 1);
            if (PosixCalls.TypeOf(directory) != PosixAbi.ModeDirectory)
                missing.Add(directory);
            else
                someExists = true;
            while (i > 1 && full[i] != '/')
                i--;
            i--;
        }

        long result = 0;
        int firstError = 0;
        string errorPath = full;
        for (int k = missing.Count - 1; k >= 0; k--)
        {
            result = PosixCalls.PathCall(3, missing[k]);
            if (result < 0 && firstError == 0)
            {
                if (result != PosixAbi.AlreadyExists)
                {
                    firstError = (int)result;
                }
                else if (PosixCalls.TypeOf(missing[k]) is not 0 and not PosixAbi.ModeDirectory)
                {
                    firstError = (int)result;
                    errorPath = missing[k];
                }
            }
        }

        if (result < 0 && firstError != 0)
            throw PosixCalls.ExceptionFor(firstError, errorPath, true);
        return new DirectoryInfo(path, full);
    }

    /// <summary>Deletes an empty directory.</summary>
    /// <param name="path">The directory.</param>
    public static void Delete(string path) => Delete(path, false);

    /// <summary>Deletes a directory, and with <paramref name="recursive"/> everything in it.</summary>
    /// <param name="path">The directory.</param>
    /// <param name="recursive">Whether to delete the contents too.</param>
    public static void Delete(string path, bool recursive)
    {
        ArgumentException.ThrowIfNullOrEmpty(path, nameof(path));
        string full = Path.GetFullPath(path);
        if (PosixCalls.TypeOf(full) != PosixAbi.ModeDirectory)
            throw PosixCalls.ExceptionFor(PosixAbi.NotFound, full, true);
        if (recursive)
        {
            foreach (var entry in DirectoryListing.Read(full))
            {
                string child = Path.Join(full, entry.Name);
                if (entry.IsDirectory)
                    Delete(child, true);
                else
                    PosixCalls.Check(PosixCalls.PathCall(0, child), child);
            }
        }

        long result = PosixCalls.PathCall(1, full);
        if (result >= 0)
            return;
        if (result == PosixAbi.DirectoryNotEmpty)
            throw new IOException("Directory not empty : '" + full + "'");
        if (result is PosixAbi.AccessDenied or PosixAbi.PermissionDenied or PosixAbi.ReadOnlyFileSystem or PosixAbi.IsDirectory)
            throw new IOException("Access to the path '" + full + "' is denied.");
        throw PosixCalls.ExceptionFor((int)result, full, true);
    }

    /// <summary>The files in the directory, as <paramref name="path"/> joined to each name.</summary>
    /// <param name="path">The directory.</param>
    /// <returns>The paths, in the order the file system lists them.</returns>
    public static string[] GetFiles(string path) => GetFiles(path, "*", SearchOption.TopDirectoryOnly);

    /// <summary>The files in the directory whose names match <paramref name="searchPattern"/>.</summary>
    /// <param name="path">The directory.</param>
    /// <param name="searchPattern">A name pattern with '*' and '?'.</param>
    /// <returns>The paths.</returns>
    public static string[] GetFiles(string path, string searchPattern) => GetFiles(path, searchPattern, SearchOption.TopDirectoryOnly);

    /// <summary>The files in the directory (and below it) whose names match <paramref name="searchPattern"/>.</summary>
    /// <param name="path">The directory.</param>
    /// <param name="searchPattern">A name pattern with '*' and '?'.</param>
    /// <param name="searchOption">Whether to descend.</param>
    /// <returns>The paths.</returns>
    public static string[] GetFiles(string path, string searchPattern, SearchOption searchOption) => List(path, searchPattern, searchOption, files: true).ToArray();

    /// <summary>The subdirectories of the directory.</summary>
    /// <param name="path">The directory.</param>
    /// <returns>The paths.</returns>
    public static string[] GetDirectories(string path) => GetDirectories(path, "*", SearchOption.TopDirectoryOnly);

    /// <summary>The subdirectories whose names match <paramref name="searchPattern"/>.</summary>
    /// <param name="path">The directory.</param>
    /// <param name="searchPattern">A name pattern with '*' and '?'.</param>
    /// <returns>The paths.</returns>
    public static string[] GetDirectories(string path, string searchPattern) => GetDirectories(path, searchPattern, SearchOption.TopDirectoryOnly);

    /// <summary>The subdirectories (and theirs) whose names match <paramref name="searchPattern"/>.</summary>
    /// <param name="path">The directory.</param>
    /// <param name="searchPattern">A name pattern with '*' and '?'.</param>
    /// <param name="searchOption">Whether to descend.</param>
    /// <returns>The paths.</returns>
    public static string[] GetDirectories(string path, string searchPattern, SearchOption searchOption) => List(path, searchPattern, searchOption, files: false).ToArray();

    /// <summary>The files in the directory.</summary>
    /// <param name="path">The directory.</param>
    /// <returns>The paths.</returns>
    public static IEnumerable<string> EnumerateFiles(string path) => GetFiles(path);

    /// <summary>The files in the directory whose names match <paramref name="searchPattern"/>.</summary>
    /// <param name="path">The directory.</param>
    /// <param name="searchPattern">A name pattern with '*' and '?'.</param>
    /// <returns>The paths.</returns>
    public static IEnumerable<string> EnumerateFiles(string path, string searchPattern) => GetFiles(path, searchPattern);

    /// <summary>The subdirectories of the directory.</summary>
    /// <param name="path">The directory.</param>
    /// <returns>The paths.</returns>
    public static IEnumerable<string> EnumerateDirectories(string path) => GetDirectories(path);

    /// <summary>The current directory.</summary>
    /// <returns>Its absolute path.</returns>
    public static string GetCurrentDirectory() => PosixCalls.CurrentDirectory();

    /// <summary>Makes <paramref name="path"/> the current directory.</summary>
    /// <param name="path">The directory.</param>
    public static void SetCurrentDirectory(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path, nameof(path));
        string full = Path.GetFullPath(path);
        PosixCalls.Check(PosixCalls.PathCall(2, full), full, true);
    }

    private static List<string> List(string path, string pattern, SearchOption option, bool files)
    {
        ArgumentNullException.ThrowIfNull(path, nameof(path));
        ArgumentNullException.ThrowIfNull(pattern, nameof(pattern));
        if (option != SearchOption.TopDirectoryOnly && option != SearchOption.AllDirectories)
            throw new ArgumentOutOfRangeException("searchOption", "Enum value was out of legal range.");
        var result = new List<string>();
        Collect(path, Path.GetFullPath(path), pattern, option == SearchOption.AllDirectories, files, result);
        return result;
    }

    private static void Collect(string shown, string full, string pattern, bool recurse, bool files, List<string> result)
    {
        var subdirectories = new List<string>();
        foreach (var entry in DirectoryListing.Read(full))
        {
            if (entry.IsDirectory != files && NamePattern.Matches(pattern, entry.Name))
                result.Add(Path.Join(shown, entry.Name));
            if (recurse && entry.IsDirectory)
                subdirectories.Add(entry.Name);
        }

        foreach (string name in subdirectories)
            Collect(Path.Join(shown, name), Path.Join(full, name), pattern, true, files, result);
    }
}

/// <summary>A directory as <see cref="Directory.CreateDirectory"/> returns it.</summary>
public sealed class DirectoryInfo
{
    private readonly string _originalPath;

    /// <summary>The directory at <paramref name="path"/>.</summary>
    /// <param name="path">The path.</param>
    public DirectoryInfo(string path)
        : this(path, Path.GetFullPath(path))
    {
    }

    internal DirectoryInfo(string originalPath, string fullPath)
    {
        _originalPath = originalPath;
        FullName = fullPath.Length > 1 ? Path.TrimEndingDirectorySeparator(fullPath) : fullPath;
    }

    /// <summary>The absolute path.</summary>
    public string FullName { get; }

    /// <summary>The last name of the path.</summary>
    public string Name => FullName == "/" ? "/" : Path.GetFileName(FullName);

    /// <summary>Whether the directory exists.</summary>
    public bool Exists => Directory.Exists(FullName);

    /// <summary>The parent directory, or null for the root.</summary>
    public DirectoryInfo Parent => Path.GetDirectoryName(FullName) is { } parent ? new DirectoryInfo(parent) : null;

    /// <summary>Creates the directory.</summary>
    public void Create() => Directory.CreateDirectory(FullName);

    /// <summary>Deletes the directory if it is empty.</summary>
    public void Delete() => Directory.Delete(FullName);

    /// <summary>The path as it was given.</summary>
    /// <returns>The path.</returns>
    public override string ToString() => _originalPath;
}

// The entries of a directory through getdents (without "." and ".."), each with whether it is a directory.
internal static unsafe class DirectoryListing
{
    public static List<(string Name, bool IsDirectory)> Read(string fullPath)
    {
        long fd = PosixCalls.Open(fullPath, PosixAbi.OpenReadOnly | PosixAbi.OpenDirectory | PosixAbi.OpenCloseOnExec, 0);
        if (fd < 0)
            throw PosixCalls.ExceptionFor((int)fd, fullPath, true);
        var entries = new List<(string, bool)>();
        var buffer = new byte[8192];
        try
        {
            fixed (byte* start = buffer)
            {
                while (true)
                {
                    long filled = PlatformImports.ReadDirectory((int)fd, start, buffer.Length);
                    if (filled == 0)
                        break;
                    PosixCalls.Check(filled, fullPath, true);
                    for (long at = 0; at < filled;)
                    {
                        byte* record = start + at;
                        int length = *(ushort*)(record + PosixAbi.DirectoryEntryLengthOffset);
                        byte type = record[PosixAbi.DirectoryEntryTypeOffset];
                        string name = Utf8Text.FromNullTerminated(record + PosixAbi.DirectoryEntryNameOffset);
                        at += length;
                        if (length == 0)
                            break;
                        if (name == "." || name == "..")
                            continue;
                        bool isDirectory = type == PosixAbi.DirectoryEntryUnknown || type == PosixAbi.DirectoryEntrySymbolicLink
                            ? PosixCalls.TypeOf(Path.Join(fullPath, name)) == PosixAbi.ModeDirectory
                            : type == PosixAbi.DirectoryEntryDirectory;
                        entries.Add((name, isDirectory));
                    }
                }
            }
        }
        finally
        {
            PlatformImports.Close((int)fd);
        }

        return entries;
    }
}

// Names against a search pattern: '*' any run of characters, '?' one character, "*" and "*.*" everything.
internal static class NamePattern
{
    public static bool Matches(string pattern, string name)
    {
        if (pattern.Length == 0)
            return false;
        if (pattern == "*" || pattern == "*.*")
            return true;
        return Match(pattern, 0, name, 0);
    }

    private static bool Match(string pattern, int p, string name, int n)
    {
        while (p < pattern.Length)
        {
            char c = pattern[p];
            if (c == '*')
            {
                for (int k = n; k <= name.Length; k++)
                {
                    if (Match(pattern, p + 1, name, k))
                        return true;
                }

                return false;
            }

            if (n >= name.Length || (c != '?' && c != name[n]))
                return false;
            p++;
            n++;
        }

        return n == name.Length;
    }
}
