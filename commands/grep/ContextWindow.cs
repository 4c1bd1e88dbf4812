namespace Minix.Commands.Grep;

/// <summary>
/// Which lines around the selected ones are printed as context (-A, -B, -C, -NUM), and where a group separator goes:
/// between groups of printed lines that do not touch, also across files, once anything was printed, and only when a
/// context length was given (even 0, as GNU grep does).
/// </summary>
internal sealed class ContextWindow(int before, int after, bool given, byte[]? separator)
{
    /// <summary>The index of the last line printed in this file, -1 if none.</summary>
    private int _lastPrinted = -1;

    /// <summary>How many more lines after the last selected one are context.</summary>
    private int _afterLeft;

    /// <summary>Something was printed, in this file or an earlier one.</summary>
    private bool _used;

    /// <summary>Starts a file: nothing in it printed yet.</summary>
    public void StartFile()
    {
        _lastPrinted = -1;
        _afterLeft = 0;
    }

    /// <summary>
    /// The first line of the leading context of selected line <paramref name="line"/>: none that was printed already.
    /// </summary>
    /// <param name="line">The selected line's index.</param>
    /// <param name="separate">Whether the group separator goes first.</param>
    /// <returns>The index of the first line to print.</returns>
    public int GroupStart(int line, out bool separate)
    {
        int start = Math.Max(_lastPrinted + 1, line - before);
        separate = given && _used && (_lastPrinted < 0 || start > _lastPrinted + 1);
        return start;
    }

    /// <summary>The group separator (--group-separator), or null for none (--no-group-separator).</summary>
    public byte[]? Separator => separator;

    /// <summary>Selected line <paramref name="line"/> was printed: the trailing context starts after it.</summary>
    /// <param name="line">Its index.</param>
    public void PrintedSelected(int line)
    {
        _lastPrinted = line;
        _afterLeft = after;
        _used = true;
    }

    /// <summary>Whether line <paramref name="line"/>, not printed as a selected line, is trailing context; if so it counts as printed.</summary>
    /// <param name="line">Its index.</param>
    /// <returns>True if it is to be printed as context.</returns>
    public bool TakeAfter(int line)
    {
        if (_afterLeft == 0)
            return false;
        _afterLeft--;
        _lastPrinted = line;
        return true;
    }

    /// <summary>Whether trailing context is still owed (after -m's last line, the search goes on only for it).</summary>
    public bool AfterPending => _afterLeft > 0;

    /// <summary>Leading context line <paramref name="line"/> was printed.</summary>
    /// <param name="line">Its index.</param>
    public void PrintedBefore(int line) => _lastPrinted = line;
}
