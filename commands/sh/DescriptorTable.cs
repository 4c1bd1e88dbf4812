using Minix.Commands.Libc;

namespace Minix.Commands.Shell;

/// <summary>
/// The descriptors a command gets: slot i is the shell's descriptor that becomes the command's descriptor i (-1:
/// closed), plus the descriptors the shell opened for it, closed once the command has them.
/// </summary>
public sealed class DescriptorTable
{
    private readonly List<int> _opened = new();

    /// <summary>The shell's own standard input, output and error, unchanged.</summary>
    public DescriptorTable() => Slots = [Sys.StandardInput, Sys.StandardOutput, Sys.StandardError];

    /// <summary>The table: the command's descriptor i is the shell's <c>Slots[i]</c>.</summary>
    public int[] Slots { get; private set; }

    /// <summary>The shell's descriptor that is the command's descriptor <paramref name="fd"/> (itself when not redirected).</summary>
    /// <param name="fd">The command's descriptor.</param>
    /// <returns>The shell's descriptor, or -1 when closed.</returns>
    public int this[int fd] => fd < Slots.Length ? Slots[fd] : fd;

    /// <summary>Makes the command's descriptor <paramref name="fd"/> the shell's <paramref name="source"/> (-1: closed).</summary>
    /// <param name="fd">The command's descriptor.</param>
    /// <param name="source">The shell's descriptor.</param>
    public void Set(int fd, int source)
    {
        if (fd >= Slots.Length)
        {
            var grown = new int[fd + 1];
            for (int i = 0; i < grown.Length; i++)
                grown[i] = i < Slots.Length ? Slots[i] : i;
            Slots = grown;
        }

        Slots[fd] = source;
    }

    /// <summary>Records <paramref name="fd"/> as opened for this command, to close in <see cref="CloseOpened"/>.</summary>
    /// <param name="fd">The shell's new descriptor.</param>
    public void Own(int fd) => _opened.Add(fd);

    /// <summary>Closes what was opened for the command (the command has its copies by now).</summary>
    public void CloseOpened()
    {
        foreach (int fd in _opened)
            Sys.Close(fd);
        _opened.Clear();
    }

    /// <summary>Makes the table the shell's own descriptors (exec with only redirections): each slot copied into place.</summary>
    /// <returns>0, or the first error (-errno).</returns>
    public long MakePermanent()
    {
        for (int fd = 0; fd < Slots.Length; fd++)
        {
            if (Slots[fd] == fd)
                continue;
            long result = Slots[fd] < 0 ? Sys.Close(fd) : Sys.DuplicateTo(Slots[fd], fd);
            if (result < 0 && Slots[fd] >= 0)
                return result;
        }

        // The descriptors the shell keeps must reach the programs it starts: not close-on-exec (dup2 clears it).
        CloseOpened();
        return 0;
    }
}
