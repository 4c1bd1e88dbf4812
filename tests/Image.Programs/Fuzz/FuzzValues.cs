using Minix.Ipc;
using Minix.Kernel.Calls;
using Minix.Kernel.Grants;

namespace Image.Programs.Fuzz;

/// <summary>
/// What the fuzzer feeds the kernel: numbers chosen to hit edges (zero, small, boundaries, sizes, request codes,
/// grant ids and flags, endpoints) and pointers chosen to be hostile (null, the first page, kernel text, the
/// kernel's direct map, non-canonical, below and above the process, near the top of the address space, its own
/// read-only code) or harmless (the fuzzer's scratch area, at any alignment). Pointers into the fuzzer's own memory
/// only ever point into the scratch area, so the kernel's legitimate writes never touch the fuzzer's state.
/// </summary>
internal sealed class FuzzValues
{
    private static readonly ulong[] Boundaries =
    [
        0xFFFF_FFFF_FFFF_FFFF, 0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFF, 0x7FFF_FFFF_FFFF_FFFF, 0x8000_0000_0000_0000,
        0xFFFF, 0x1_0000, 0x7FFF, 255, 256, 257, 63, 64, 65, 16, 17, 0xFFFF_FFFE, 0xFFFF_FF00,
    ];

    private static readonly ulong[] Sizes = [1, 2, 3, 4, 7, 8, 16, 24, 32, 40, 48, 56, 63, 64, 65, 128, 255, 256, 257, 4096, 65536, 1 << 20];

    private static readonly int[] Codes =
    [
        (int)InfoRequest.KernelInfo, (int)InfoRequest.BootImage, (int)InfoRequest.BootParameters, (int)InfoRequest.Process,
        (int)InfoRequest.Privileges, (int)InfoRequest.WhoAmI, (int)InfoRequest.ExitReport,
        0x11, 0x12, 0x21, 0x22, 0x31, 0x32, 0x13, 0x40, 1, 2, 3, 4, 5, 9, 11,
    ];

    private static readonly uint[] GrantFlagSets =
    [
        0x1301, 0x1302, 0x1303, 0x1501, 0x1502, 0x1503, 0x1300, 0x0301, 0x1201, 0x1101, 0x1701, 0x1001, 0xFFFF_FFFF,
    ];

    private const int GrantRecords = 64;
    private const int PieceRecords = 64;
    private const int PieceSize = 40;

    private readonly ulong _scratch;
    private readonly int _scratchSize;
    private readonly ulong _code;
    private readonly ulong _rodata;
    private readonly ulong _beyond;
    private readonly Endpoint _self;
    private readonly Endpoint _peer;
    private readonly Endpoint _witness;

    private readonly byte[] _area;

    /// <summary>
    /// Creates the values and allocates the scratch area, the last thing the fuzzer allocates: above it lie only
    /// its guard, free heap and the stack, so even a long copy the kernel makes into the scratch area (a SAFECOPY
    /// through a grant the fuzzer made to itself) cannot reach the fuzzer's own state.
    /// </summary>
    public unsafe FuzzValues(int scratchSize, int guardSize, ulong code, ulong rodata, ulong beyond, Endpoint self, Endpoint peer, Endpoint witness)
    {
        _area = new byte[scratchSize + guardSize];
        fixed (byte* area = _area)
            _scratch = (ulong)area;
        _scratchSize = scratchSize;
        GuardSize = guardSize;
        _code = code;
        _rodata = rodata;
        _beyond = beyond;
        _self = self;
        _peer = peer;
        _witness = witness;
    }

    /// <summary>The scratch area: harmless for the kernel to read or write.</summary>
    public ulong Scratch => _scratch;

    /// <summary>The scratch area's size.</summary>
    public int ScratchSize => _scratchSize;

    /// <summary>The size of the unused guard that follows the scratch area.</summary>
    public int GuardSize { get; }

    /// <summary>A value for an 8-byte field.</summary>
    public ulong Value(ref FuzzRandom random) => random.Below(12) switch
    {
        0 => 0,
        1 => (ulong)random.Below(17),
        2 => Boundaries[random.Below(Boundaries.Length)],
        3 or 4 => Pointer(ref random),
        5 => Sizes[random.Below(Sizes.Length)],
        6 => (ulong)(uint)Endpoint(ref random).Value,
        7 => (ulong)(uint)Codes[random.Below(Codes.Length)],
        8 => (ulong)(uint)GrantIdValue(ref random),
        9 => GrantFlagSets[random.Below(GrantFlagSets.Length)],
        10 => Outside((uint)random.Next()),
        _ => Outside(random.Next()),
    };

    /// <summary>
    /// A random number that happens to fall inside the fuzzer's own memory (which a random 32-bit value does one time
    /// in five hundred) is moved into the scratch area: the kernel may write where it points.
    /// </summary>
    private ulong Outside(ulong value) =>
        value >= Minix.Kernel.Boot.MemoryLayout.UserBase && value < _beyond ? _scratch + value % (ulong)_scratchSize : value;

    /// <summary>A pointer: hostile about two times in three, otherwise into the scratch area (sometimes exactly at one of its grant entries or copy pieces).</summary>
    public ulong Pointer(ref FuzzRandom random)
    {
        ulong offset = (ulong)random.Below(1 << 21);
        return random.Below(16) switch
        {
            0 => 0,
            1 => (ulong)random.Below(4096),
            2 => 0xFFFF_FFFF_8010_0000 + offset,
            3 => 0xFFFF_8000_0000_0000 + ((ulong)random.Below(1 << 28)),
            4 => 0x0000_8000_0000_0000 + offset,
            5 => 0x1000 + (ulong)random.Below(0x3F_F000),
            6 => _beyond + offset,
            7 => 0xFFFF_FFFF_FFFF_FFFF - (ulong)random.Below(256),
            8 => _code + (ulong)random.Below(4096),
            9 => _rodata + (ulong)random.Below(256),
            10 => _scratch + (ulong)(_scratchSize - random.Below(128)),
            11 => Outside(random.Next()),
            12 => random.Percent(50) ? _scratch + GrantEntry.Size * (ulong)random.Below(GrantRecords) : PiecesAt + PieceSize * (ulong)random.Below(PieceRecords),
            _ => _scratch + (ulong)random.Below(_scratchSize),
        };
    }

    /// <summary>An endpoint: the peer, itself, the witness, kernel tasks, special values, stale or random ones.</summary>
    public Endpoint Endpoint(ref FuzzRandom random) => random.Below(10) switch
    {
        0 or 1 => _peer,
        2 => _self,
        3 => _witness,
        4 => new Endpoint(-1 - random.Below(4)),
        5 => random.Below(3) switch { 0 => Minix.Ipc.Endpoint.Any, 1 => Minix.Ipc.Endpoint.None, _ => Minix.Ipc.Endpoint.Self },
        6 => new Endpoint((random.Below(4) << Minix.Ipc.Endpoint.GenerationShift) + random.Below(80) - 8),
        7 => new Endpoint(_peer.Value + (1 << Minix.Ipc.Endpoint.GenerationShift) * (1 + random.Below(3))),
        _ => new Endpoint((int)random.Next()),
    };

    /// <summary>A grant id: small indexes with small sequence numbers, invalid ids, or random bits.</summary>
    public int GrantIdValue(ref FuzzRandom random) => random.Below(4) switch
    {
        0 => -1,
        1 => (int)random.Next(),
        _ => (random.Below(3) << GrantId.IndexBits) | random.Below(48),
    };

    /// <summary>Fills <paramref name="payload"/> field by field (4 or 8 bytes each) or, one time in four, with random bytes.</summary>
    public void Fill(ref FuzzRandom random, Span<byte> payload)
    {
        if (random.Percent(25))
        {
            RandomBytes(ref random, payload);
            return;
        }

        for (int at = 0; at < payload.Length;)
        {
            ulong value = Value(ref random);
            int width = random.Percent(50) || at + 8 > payload.Length ? 4 : 8;
            for (int i = 0; i < width; i++)
                payload[at + i] = (byte)(value >> (8 * i));
            at += width;
        }
    }

    /// <summary>
    /// Fills <paramref name="payload"/> with the request layout of kernel call <paramref name="number"/>, each field
    /// drawn from the values that suit it (an endpoint for an endpoint, a pointer for an address): what lets random
    /// calls get past the first checks into the grant and copy paths. False for calls without a typed layout here.
    /// </summary>
    public unsafe bool FillTyped(ref FuzzRandom random, int number, Span<byte> payload)
    {
        fixed (byte* p = payload)
        {
            switch ((KernelCall)number)
            {
                case KernelCall.SafeCopyFrom:
                case KernelCall.SafeCopyTo:
                    *(SafeCopyRequest*)p = new SafeCopyRequest
                    {
                        Granter = random.Percent(50) ? _self : Endpoint(ref random),
                        GrantId = random.Percent(60) ? random.Below(GrantRecords) : GrantIdValue(ref random),
                        Offset = random.Percent(60) ? (ulong)random.Below(64) : Value(ref random),
                        Address = random.Percent(50) ? _scratch + (ulong)random.Below(_scratchSize) : Pointer(ref random),
                        Bytes = random.Percent(60) ? (ulong)random.Below(128) : Value(ref random),
                    };
                    return true;
                case KernelCall.VSafeCopy:
                    *(VSafeCopyRequest*)p = new VSafeCopyRequest
                    {
                        VectorAddress = random.Percent(50) ? PiecesAt + PieceSize * (ulong)random.Below(PieceRecords - 8) : Pointer(ref random),
                        Count = random.Percent(70) ? 1 + random.Below(8) : (int)Value(ref random),
                    };
                    return true;
                case KernelCall.SetGrant:
                    *(SetGrantRequest*)p = new SetGrantRequest
                    {
                        Address = random.Percent(70) ? _scratch : Pointer(ref random),
                        Entries = random.Percent(70) ? random.Below(GrantRecords + 1) : (int)Value(ref random),
                    };
                    return true;
                case KernelCall.GetInfo:
                    *(GetInfoRequest*)p = new GetInfoRequest
                    {
                        Request = (InfoRequest)Codes[random.Below(7)],
                        Target = random.Percent(50) ? Minix.Ipc.Endpoint.Self : Endpoint(ref random),
                        Buffer = Pointer(ref random),
                        Length = random.Percent(70) ? random.Below(300) : (int)Value(ref random),
                        Index = random.Below(8),
                    };
                    return true;
                case KernelCall.Times:
                    *(TimesRequest*)p = new TimesRequest { Target = Endpoint(ref random) };
                    return true;
                case KernelCall.SetAlarm:
                    *(SetAlarmRequest*)p = new SetAlarmRequest { Ticks = random.Percent(60) ? (ulong)random.Below(50) : Value(ref random), Absolute = random.Below(3) };
                    return true;
                case KernelCall.Fork:
                    *(ForkRequest*)p = new ForkRequest { Parent = Endpoint(ref random), Slot = random.Percent(50) ? -1 : random.Below(140) - 4 };
                    return true;
                case KernelCall.Exec:
                    *(ExecRequest*)p = new ExecRequest
                    {
                        Target = Endpoint(ref random), Operation = (ExecOperation)random.Below(3), Layout = random.Percent(50) ? _scratch : Pointer(ref random),
                        Entry = Value(ref random), StackPointer = Value(ref random),
                    };
                    return true;
                case KernelCall.VirCopy:
                    *(VirCopyRequest*)p = new VirCopyRequest
                    {
                        Source = random.Percent(30) ? Minix.Ipc.Endpoint.Self : Endpoint(ref random), Destination = random.Percent(30) ? Minix.Ipc.Endpoint.Self : Endpoint(ref random),
                        SourceAddress = Pointer(ref random), DestinationAddress = _scratch + (ulong)random.Below(_scratchSize), Length = (ulong)random.Below(256),
                    };
                    return true;
                case KernelCall.PatchText:
                    *(PatchTextRequest*)p = new PatchTextRequest
                    {
                        Target = random.Percent(30) ? _peer : Endpoint(ref random), Length = random.Below(20) - 2, Address = random.Percent(50) ? _code : Pointer(ref random),
                        Bytes = _scratch + (ulong)random.Below(_scratchSize), Saved = random.Percent(50) ? _scratch : Pointer(ref random),
                    };
                    return true;
                case KernelCall.Brk:
                    *(BrkRequest*)p = new BrkRequest { Target = random.Percent(50) ? _self : Endpoint(ref random), End = Value(ref random) };
                    return true;
                case KernelCall.EndKSig:
                    *(EndKSigRequest*)p = new EndKSigRequest { Process = Endpoint(ref random) };
                    return true;
                case KernelCall.SigSend:
                    *(SigSendRequest*)p = new SigSendRequest { Target = Endpoint(ref random), Signal = (Signal)random.Below(70), Entry = Value(ref random), Handler = Value(ref random), Mask = Value(ref random) };
                    return true;
                case KernelCall.SigReturn:
                    *(SigReturnRequest*)p = new SigReturnRequest { Target = Endpoint(ref random), Frame = random.Percent(50) ? _scratch : Pointer(ref random) };
                    return true;
                case KernelCall.MapPhys:
                    *(MapPhysRequest*)p = new MapPhysRequest { Physical = random.Percent(50) ? 0xB8000 : Value(ref random) & ~0xFFFUL, Length = (ulong)random.Below(1 << 16), Writable = random.Below(2) };
                    return true;
                case KernelCall.Kill:
                    *(KillRequest*)p = new KillRequest { Target = Endpoint(ref random), Reason = (ExitReason)random.Below(6), Signal = (Signal)random.Below(70), Status = (int)Value(ref random) };
                    return true;
                default:
                    return false;
            }
        }
    }

    /// <summary>Fills <paramref name="bytes"/> with random bytes.</summary>
    public static void RandomBytes(ref FuzzRandom random, Span<byte> bytes)
    {
        for (int at = 0; at < bytes.Length; at += 8)
        {
            ulong value = random.Next();
            for (int i = 0; i < 8 && at + i < bytes.Length; i++)
                bytes[at + i] = (byte)(value >> (8 * i));
        }
    }

    private ulong PiecesAt => _scratch + GrantRecords * GrantEntry.Size;

    /// <summary>
    /// Refills the scratch area: grant entries that are often nearly valid (right flags, small sequence numbers,
    /// grantee the fuzzer or ANY, ranges inside the scratch area), copy pieces for SYS_VSAFECOPY built the same way,
    /// then field-wise values and random bytes.
    /// </summary>
    public unsafe void Refill(ref FuzzRandom random)
    {
        var entries = (GrantEntry*)_scratch;
        for (int i = 0; i < GrantRecords; i++)
        {
            entries[i] = new GrantEntry
            {
                Flags = (GrantFlags)(random.Percent(60) ? GrantFlagSets[random.Below(6)] : (uint)Value(ref random)),
                Sequence = random.Percent(70) ? random.Below(3) : (int)Value(ref random),
                Grantee = random.Percent(60) ? (random.Percent(70) ? _self : Minix.Ipc.Endpoint.Any) : Endpoint(ref random),
                IndirectGranter = random.Percent(50) ? _self : Endpoint(ref random),
                Start = random.Percent(70) ? _scratch + (ulong)random.Below(_scratchSize) : Value(ref random),
                Length = random.Percent(70) ? (ulong)random.Below(512) : Value(ref random),
            };
        }

        var pieces = (SafeCopyPiece*)PiecesAt;
        for (int i = 0; i < PieceRecords; i++)
        {
            pieces[i] = new SafeCopyPiece
            {
                Granter = random.Percent(60) ? _self : Endpoint(ref random),
                GrantId = random.Percent(70) ? random.Below(GrantRecords) : GrantIdValue(ref random),
                Offset = random.Percent(70) ? (ulong)random.Below(64) : Value(ref random),
                Address = random.Percent(70) ? _scratch + (ulong)random.Below(_scratchSize) : Pointer(ref random),
                Bytes = random.Percent(70) ? (ulong)random.Below(128) : Value(ref random),
                Direction = random.Percent(80) ? (CopyDirection)(1 + random.Below(2)) : (CopyDirection)(int)Value(ref random),
            };
        }

        int used = GrantRecords * GrantEntry.Size + PieceRecords * PieceSize;
        Fill(ref random, new Span<byte>((byte*)_scratch + used, _scratchSize - used));
    }
}
