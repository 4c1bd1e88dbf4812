using Minix.Commands.Libc;
using Minix.Posix.Abi;

namespace Minix.Commands.Ls;

/// <summary>GNU ls's orders of entries: by name, time, size, extension, version or width, ties by name, -r reversing all but --group-directories-first.</summary>
internal sealed class EntryOrder(Settings settings)
{
    /// <summary>Sorts <paramref name="entries"/> in place, unless -U (-f) leaves them in the directory's order.</summary>
    public void Sort(List<Entry> entries)
    {
        if (settings.Sort != Settings.Unsorted)
            entries.Sort(Compare);
    }

    /// <summary>GNU's orders: newest, largest first; ties by name; -r reverses all but --group-directories-first.</summary>
    private int Compare(Entry a, Entry b)
    {
        if (settings.DirectoriesFirst)
        {
            bool aDirectory = IsDirectoryOrLinkToOne(a), bDirectory = IsDirectoryOrLinkToOne(b);
            if (aDirectory != bDirectory)
                return aDirectory ? -1 : 1;
        }

        int order = settings.Sort switch
        {
            Settings.ByTime => settings.TimeOf(b.Status).CompareTo(settings.TimeOf(a.Status)),
            Settings.BySize => b.Status.SizeInBytes.CompareTo(a.Status.SizeInBytes),
            Settings.ByExtension => Math.Sign(string.CompareOrdinal(Extension(a.Name), Extension(b.Name))),
            Settings.ByWidth => a.Name.Length.CompareTo(b.Name.Length),
            Settings.ByVersion => Math.Sign(VersionOrder.Compare(a.Name, b.Name)),
            _ => 0,
        };
        if (order == 0)
            order = Math.Sign(string.CompareOrdinal(a.Name, b.Name));
        return settings.Reverse ? -order : order;
    }

    private static string Extension(string name)
    {
        int dot = name.LastIndexOf('.');
        return dot < 0 ? "" : name.Substring(dot);
    }

    private static bool IsDirectoryOrLinkToOne(Entry entry)
    {
        int type = FileModeBits.TypeOf(entry.Status.Mode);
        if (type == FileModeBits.SymbolicLink && Sys.Stat(entry.Path, out FileStatus target) == 0)
            type = FileModeBits.TypeOf(target.Mode);
        return type == FileModeBits.Directory;
    }
}
