namespace Minix.Build.Corpus;

/// <summary>A table computed by a static constructor (runs lazily on first use).</summary>
public static class CrcTable
{
    public static readonly uint[] Table;

    static CrcTable()
    {
        Table = new uint[256];
        for (uint i = 0; i < 256; i++)
        {
            uint c = i;
            for (int k = 0; k < 8; k++)
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            Table[i] = c;
        }
    }
}

/// <summary>Static initializers without an explicit constructor (beforefieldinit).</summary>
public static class Config
{
    public static readonly int Slots = 64 * 4;
    public static readonly string Name = "minix#";
    public static readonly int[] Priorities = { 7, 3, 5, 1 };
    public static readonly long Mask = (1L << 40) - 1;
}

/// <summary>A static constructor with a side effect order the program can observe.</summary>
public static class Ordered
{
    public static int Trace;

    static Ordered() => Trace = First.Value * 10 + Second.Value;

    private static class First
    {
        public static readonly int Value = 3;
    }

    private static class Second
    {
        public static readonly int Value = First.Value + 4;
    }
}

/// <summary>A lazily built singleton.</summary>
public sealed class Registry
{
    private static Registry s_instance;
    private readonly int[] _entries = new int[16];

    public static Registry Instance => s_instance ??= new Registry();

    public int this[int slot]
    {
        get => _entries[slot & 15];
        set => _entries[slot & 15] = value;
    }
}

/// <summary>Statics and static constructors.</summary>
public static class Statics
{
    public static uint CrcEntry(int i) => CrcTable.Table[i & 255];

    public static int ConfigSlots(int n) => Config.Slots + n;

    public static int ConfigName(int i) => Config.Name[i & 3] + Config.Name.Length;

    public static int ConfigPriority(int i) => Config.Priorities[i];

    public static long ConfigMask(long v) => v & Config.Mask;

    public static int OrderedTrace(int n) => Ordered.Trace + n;

    public static int SingletonRoundTrip(int slot, int value)
    {
        Registry.Instance[slot + 1] = 0;
        Registry.Instance[slot] = value;
        return Registry.Instance[slot] + Registry.Instance[slot + 1];
    }

    public static int SameSingleton(int n) => ReferenceEquals(Registry.Instance, Registry.Instance) ? n : -1;
}
