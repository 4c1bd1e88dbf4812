namespace Minix.Ipc;

/// <summary>
/// The address of a process for IPC: a process-table slot plus a generation number, packed into one
/// integer the way MINIX 3 packs it (<c>generation &lt;&lt; 15 + slot</c>). A slot is reused after its process
/// dies, but with the next generation, so a message aimed at a dead incarnation is refused instead of reaching
/// its successor.
/// </summary>
/// <remarks>
/// Kernel tasks have negative slots (<see cref="Hardware"/>, <see cref="System"/>, <see cref="Clock"/>,
/// <see cref="Idle"/>). At generation 0 an endpoint equals its slot number. <see cref="Any"/>,
/// <see cref="None"/> and <see cref="Self"/> sit just below the top of the slot range and are never real slots.
/// </remarks>
public readonly partial struct Endpoint : IEquatable<Endpoint>
{
    /// <summary>Bits the slot occupies before the generation starts.</summary>
    public const int GenerationShift = 15;

    /// <summary>How many kernel-task slots may exist below zero.</summary>
    public const int MaxTaskSlots = 1023;

    /// <summary>The largest generation; the next one after it wraps to 1, never 0.</summary>
    public const int MaxGeneration = int.MaxValue / (1 << GenerationShift) - 1;

    /// <summary>The first slot value that is not a real process slot (<see cref="Any"/> and friends lie above it).</summary>
    public const int SlotTop = (1 << GenerationShift) - MaxTaskSlots;

    private readonly int _value;

    /// <summary>Wraps a raw endpoint value, as found in a message or a register.</summary>
    /// <param name="value">The packed endpoint.</param>
    public Endpoint(int value) => _value = value;

    /// <summary>The packed value that travels in messages and registers.</summary>
    public int Value => _value;

    /// <summary>The process-table slot: negative for kernel tasks.</summary>
    public int Slot => ((_value + MaxTaskSlots) & ((1 << GenerationShift) - 1)) - MaxTaskSlots;

    /// <summary>The generation of the slot this endpoint was issued for.</summary>
    public int Generation => (_value + MaxTaskSlots) >> GenerationShift;

    /// <summary>True for <see cref="Any"/>, <see cref="None"/> and <see cref="Self"/>.</summary>
    public bool IsSpecial => _value == AnyValue || _value == NoneValue || _value == SelfValue;

    /// <summary>True for a kernel task (a slot below zero).</summary>
    public bool IsKernelTask => !IsSpecial && Slot < 0;

    /// <summary>Builds the endpoint of <paramref name="slot"/> at <paramref name="generation"/>.</summary>
    /// <param name="generation">0 .. <see cref="MaxGeneration"/>.</param>
    /// <param name="slot">-<see cref="MaxTaskSlots"/> .. <see cref="SlotTop"/> - 4.</param>
    /// <returns>The packed endpoint.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A generation or slot out of range.</exception>
    public static Endpoint Create(int generation, int slot)
    {
        if ((uint)generation > MaxGeneration)
            throw new ArgumentOutOfRangeException(nameof(generation));
        if (slot < -MaxTaskSlots || slot >= SelfValue)
            throw new ArgumentOutOfRangeException(nameof(slot));
        return new Endpoint((generation << GenerationShift) + slot);
    }

    /// <summary>The generation that follows <paramref name="generation"/> when a slot is reused, by MINIX's rule: it
    /// wraps to 1, so a reused slot never again looks like a generation-0 (boot) endpoint. Minix#'s kernel does not
    /// wrap: after <see cref="MaxGeneration"/> it retires the slot (<see cref="Status.SlotRetired"/>), so an old
    /// endpoint value never names a new process.</summary>
    /// <param name="generation">The slot's current generation.</param>
    /// <returns>The next generation.</returns>
    public static int NextGeneration(int generation) => generation >= MaxGeneration ? 1 : generation + 1;

    private const int AnyValue = SlotTop - 1;
    private const int NoneValue = SlotTop - 2;
    private const int SelfValue = SlotTop - 3;

    /// <summary>RECEIVE from anybody. Legal only as the source of a RECEIVE.</summary>
    public static Endpoint Any => new(AnyValue);

    /// <summary>Nobody: an empty endpoint field.</summary>
    public static Endpoint None => new(NoneValue);

    /// <summary>The caller itself, where a kernel call accepts it.</summary>
    public static Endpoint Self => new(SelfValue);

    /// <summary>The idle task.</summary>
    public static Endpoint Idle => new(-4);

    /// <summary>The clock task: source of alarm notifications.</summary>
    public static Endpoint Clock => new(-3);

    /// <summary>The system task: target of kernel calls, source of kernel signal notifications.</summary>
    public static Endpoint System => new(-2);

    /// <summary>The hardware pseudo-task: source of interrupt notifications.</summary>
    public static Endpoint Hardware => new(-1);

    /// <summary>The kernel itself (the same slot as <see cref="Hardware"/>, as in MINIX).</summary>
    public static Endpoint Kernel => new(-1);

    /// <summary>The process manager's boot endpoint.</summary>
    public static Endpoint ProcessManager => new(0);

    /// <summary>The virtual file system's boot endpoint.</summary>
    public static Endpoint FileSystem => new(1);

    /// <summary>The reincarnation server's boot endpoint.</summary>
    public static Endpoint ReincarnationServer => new(2);

    /// <summary>The memory driver's boot endpoint.</summary>
    public static Endpoint Memory => new(3);

    /// <summary>The log server's boot endpoint.</summary>
    public static Endpoint Log => new(4);

    /// <summary>The terminal server's boot endpoint.</summary>
    public static Endpoint Terminal => new(5);

    /// <summary>The data store's boot endpoint.</summary>
    public static Endpoint DataStore => new(6);

    /// <summary>The first user process's boot endpoint.</summary>
    public static Endpoint Init => new(7);

    /// <inheritdoc/>
    public bool Equals(Endpoint other) => _value == other._value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Endpoint other && other._value == _value;

    /// <inheritdoc/>
    public override int GetHashCode() => _value;

    /// <summary>Compares two endpoints, generation included.</summary>
    public static bool operator ==(Endpoint left, Endpoint right) => left._value == right._value;

    /// <summary>Compares two endpoints, generation included.</summary>
    public static bool operator !=(Endpoint left, Endpoint right) => left._value != right._value;
}
