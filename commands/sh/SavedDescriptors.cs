using Minix.Commands.Libc;

namespace Minix.Commands.Shell;

/// <summary>
/// A compound command's redirections applied to the shell itself while it runs (the commands inside, and the
/// programs they start, use the shell's descriptors), and undone afterwards: each descriptor that changes is first
/// copied aside (close-on-exec), so a redirection may still name the descriptor's old file (2&gt;&amp;1 &gt;f).
/// </summary>
public sealed class SavedDescriptors : IDisposable
{
    private readonly List<(int Fd, int Copy)> _saved = new();

    private SavedDescriptors()
    {
    }

    /// <summary>Makes <paramref name="table"/> the shell's own descriptors until disposed.</summary>
    /// <param name="table">The redirected descriptors (its opened files are closed here: the shell holds copies).</param>
    /// <returns>What undoes it.</returns>
    public static SavedDescriptors Apply(DescriptorTable table)
    {
        var saved = new SavedDescriptors();
        var copies = new Dictionary<int, int>();
        for (int fd = 0; fd < table.Slots.Length; fd++)
        {
            if (table.Slots[fd] == fd)
                continue;
            long copy = Sys.Duplicate(fd);
            if (copy >= 0)
            {
                Sys.SetCloseOnExec((int)copy);
                copies[fd] = (int)copy;
            }

            saved._saved.Add((fd, (int)copy));
        }

        foreach (var (fd, _) in saved._saved)
        {
            int source = table.Slots[fd];
            if (source < 0)
                Sys.Close(fd);
            else
                Sys.DuplicateTo(copies.TryGetValue(source, out int old) ? old : source, fd);
        }

        table.CloseOpened();
        return saved;
    }

    /// <summary>Puts the shell's descriptors back as they were.</summary>
    public void Dispose()
    {
        foreach (var (fd, copy) in _saved)
        {
            if (copy < 0)
                Sys.Close(fd);
            else
            {
                Sys.DuplicateTo(copy, fd);
                Sys.Close(copy);
            }
        }

        _saved.Clear();
    }
}
