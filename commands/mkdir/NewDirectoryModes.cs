using Minix.Commands.Libc;

namespace Minix.Commands.Mkdir;

/// <summary>
/// The modes mkdir gives what it makes, as GNU mkdir does: a parent made by -p gets 0777 less the umask, but always
/// lets its owner write and search it (so the path can go on); an operand gets 0777 less the umask, or -m's mode,
/// which the umask does not narrow.
/// </summary>
public sealed class NewDirectoryModes
{
    private const int Permissions = 0x1FF, SetIds = 0xC00, SpecialBits = 0xE00, GroupAndOtherWrite = 0x12;

    private const int OwnerWriteAndSearch = 0xC0;

    private readonly int _umask;
    private readonly int _mode;
    private readonly int _changed;
    private readonly bool _given;

    /// <summary>The modes for a run.</summary>
    /// <param name="umask">The process's umask, read at the start.</param>
    /// <param name="change">-m's mode, or null.</param>
    public NewDirectoryModes(int umask, ModeChange? change)
    {
        _umask = umask;
        _given = change is not null;
        _mode = change is null ? Permissions & ~umask : change.Apply(Permissions, directory: true, umask, out _changed);
    }

    /// <summary>The mode a parent made by -p is created with.</summary>
    public int Parent => Permissions & ~(_umask & ~OwnerWriteAndSearch);

    /// <summary>
    /// The mode an operand is created with: -m's, but while it is there, a directory given a set-id or sticky bit is
    /// not writable by group and others (GNU's mkdir makes it so, then sets only the bits the mode named).
    /// </summary>
    public int Created => (_mode & SpecialBits) != 0 ? _mode & ~GroupAndOtherWrite : _mode;

    /// <summary>Whether the directory, once made, may need a chmod for -m's bits.</summary>
    public bool NeedsChange => _given;

    /// <summary>The mode to set on a new directory whose mode is <paramref name="made"/>, or null if it is right already.</summary>
    /// <param name="made">Its permission, set-id and sticky bits as made.</param>
    /// <returns>The mode for chmod, or null.</returns>
    public int? After(int made)
    {
        // the system may drop or add set-id bits of its own accord, so whenever the mode names them they are set
        if (((made ^ _mode) & _changed) == 0 && (_changed & SetIds) == 0)
            return null;
        return _mode | (made & ~_changed);
    }
}
