using Minix.Commands.Libc;

namespace Minix.Commands.Cp;

/// <summary>Which of a source's attributes a copy keeps: -p's, -a's and --preserve's list.</summary>
[Flags]
public enum PreservedAttributes
{
    /// <summary>None: a new file gets its source's permission bits less the umask, and the time of the copy.</summary>
    None = 0,

    /// <summary>The permission, set-id and sticky bits.</summary>
    Mode = 1,

    /// <summary>The access and modification times (to the second: the image's file system keeps no more).</summary>
    Timestamps = 2,

    /// <summary>The owner and group, where the system lets the user give them (root's, on the host).</summary>
    Ownership = 4,

    /// <summary>What -p and a bare --preserve keep.</summary>
    Default = Mode | Timestamps | Ownership,
}

/// <summary>--preserve's argument as GNU's argmatch reads it: names separated by commas, each any unambiguous prefix.</summary>
public static class PreserveList
{
    // links and xattr are taken and do nothing here: there are no extended attributes, and hard links among the
    // sources are copied as separate files; context is left out, as GNU's fails without SELinux
    private static readonly string[] Names = ["mode", "timestamps", "ownership", "links", "context", "xattr", "all"];

    /// <summary>The attributes <paramref name="list"/> names; null after a bad name (reported as a usage error).</summary>
    /// <param name="command">For messages.</param>
    /// <param name="list">The argument.</param>
    /// <returns>The attributes, or null.</returns>
    public static PreservedAttributes? Parse(Command command, string list)
    {
        var attributes = PreservedAttributes.None;
        foreach (string item in list.Split(','))
        {
            int named = ArgumentChoice.Match(command, "--preserve", item, Names);
            if (named < 0)
                return null;
            attributes |= Names[named] switch
            {
                "mode" => PreservedAttributes.Mode,
                "timestamps" => PreservedAttributes.Timestamps,
                "ownership" => PreservedAttributes.Ownership,
                "all" => PreservedAttributes.Default,
                _ => PreservedAttributes.None,
            };
        }

        return attributes;
    }
}
