namespace Minix.Servers.Mfs;

/// <summary>
/// The inodes in memory: a fixed number of slots, each holding one inode's disk copy, how many holders it has (VFS's
/// references and the file server's own while it works) and whether it changed. An inode nobody holds stays cached
/// until its slot is needed for another. The file system code (<see cref="Volume"/>) loads and stores them.
/// </summary>
public sealed class InodeTable
{
    /// <summary>The default number of slots (MINIX's NR_INODES).</summary>
    public const int DefaultSlots = 512;

    internal readonly uint[] Number;
    internal readonly int[] Count;
    internal readonly bool[] Dirty;
    internal readonly DiskInode[] Disk;
    internal readonly int[] LastFree;
    private int _clock;

    /// <summary>Allocates the table (at start-up).</summary>
    /// <param name="slots">How many inodes may be in memory at once.</param>
    public InodeTable(int slots = DefaultSlots)
    {
        Number = new uint[slots];
        Count = new int[slots];
        Dirty = new bool[slots];
        Disk = new DiskInode[slots];
        LastFree = new int[slots];
    }

    /// <summary>How many slots the table has.</summary>
    public int Slots => Number.Length;

    /// <summary>Slots whose inode has holders (between requests: the inodes VFS holds).</summary>
    public int InUse
    {
        get
        {
            int n = 0;
            for (int i = 0; i < Number.Length; i++)
                n += Count[i] > 0 ? 1 : 0;
            return n;
        }
    }

    /// <summary>The slot holding inode <paramref name="inode"/>, or -1.</summary>
    /// <param name="inode">The inode number.</param>
    /// <returns>The slot.</returns>
    public int Find(uint inode)
    {
        for (int i = 0; i < Number.Length; i++)
        {
            if (Number[i] == inode && inode != 0)
                return i;
        }

        return -1;
    }

    /// <summary>A slot with no holders to reuse: an empty one if any, else the cached one reused longest ago (round robin), or -1.</summary>
    /// <returns>The slot.</returns>
    internal int Victim()
    {
        for (int i = 0; i < Number.Length; i++)
        {
            if (Number[i] == 0)
                return i;
        }

        for (int n = 0; n < Number.Length; n++)
        {
            int i = _clock;
            _clock = (_clock + 1) % Number.Length;
            if (Count[i] == 0)
                return i;
        }

        return -1;
    }

    /// <summary>Empties every slot (at unmount).</summary>
    internal void Clear()
    {
        for (int i = 0; i < Number.Length; i++)
        {
            Number[i] = 0;
            Count[i] = 0;
            Dirty[i] = false;
            LastFree[i] = 0;
        }
    }
}
