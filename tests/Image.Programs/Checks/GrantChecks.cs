using System.Runtime.InteropServices;
using Minix.Ipc;
using Minix.Kernel.Calls;
using Minix.Kernel.Grants;

namespace Image.Programs.Checks;

/// <summary>
/// Memory grants between two processes: the granter registers a table (SYS_SETGRANT) with a read grant, a write
/// grant, a grant to somebody else and a revoked-then-reissued slot, and sends the ids; the grantee copies through
/// them (SYS_SAFECOPYFROM/TO, SYS_VSAFECOPY) and meets each refusal; the granter then checks what was written.
/// Indirect grants: the granter passes on a grant the grantee made to it, which the kernel follows back (and
/// never to more access than the original, never round a cycle for ever). Last, the two SEND to each other at
/// once: the kernel refuses the send that would close the cycle.
/// </summary>
public static unsafe class GrantChecks
{
    /// <summary>Message type of the grant ids.</summary>
    public const int GrantMessage = 0x4802;

    /// <summary>Message type of the sends that form a cycle.</summary>
    public const int CycleMessage = 0x4803;

    private const int Chunk = 64;

    /// <summary>The grant ids the granter sends.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct GrantIds : IMessagePayload
    {
        /// <summary>Read grant of 64 bytes.</summary>
        public int Read;

        /// <summary>Write grant of 64 bytes.</summary>
        public int Write;

        /// <summary>A grant made to the manager, not to the grantee.</summary>
        public int Foreign;

        /// <summary>The id of a grant that was revoked (its slot since reissued with a new sequence number).</summary>
        public int Revoked;

        /// <summary>The reissued grant in the same slot.</summary>
        public int Reissued;

        /// <summary>An indirect grant to the grantee of the grantee's own read grant to the granter.</summary>
        public int Indirect;

        /// <summary>The same, claiming write access the original does not give.</summary>
        public int IndirectWider;

        /// <summary>An indirect grant whose chain leads back to itself.</summary>
        public int IndirectCycle;
    }

    /// <summary>Slots of the grantee's own table, which the granter's indirect grants name.</summary>
    private const int GranteeReadSlot = 0, GranteeCycleSlot = 1;

    private const int IndirectSlot = 4, IndirectWiderSlot = 5, IndirectCycleSlot = 6;

    /// <summary>The granter.</summary>
    [UnmanagedCallersOnly(EntryPoint = "granter_main")]
    public static void Granter()
    {
        MemoryMapChecks.Run();
        byte[] data = new byte[4 * Chunk];
        for (int i = 0; i < data.Length; i++)
            data[i] = Pattern(i);
        var table = new GrantEntry[7];
        fixed (byte* bytes = data)
        fixed (GrantEntry* entries = table)
        {
            ulong at = (ulong)bytes;
            var grantee = new Endpoint(CallsImage.GranteeSlot);
            table[0] = GrantEntry.Direct(grantee, at, Chunk, GrantFlags.Read, 0);
            table[1] = GrantEntry.Direct(grantee, at + Chunk, Chunk, GrantFlags.Write, 0);
            table[2] = GrantEntry.Direct(new Endpoint(CallsImage.ManagerSlot), at, Chunk, GrantFlags.Read | GrantFlags.Write, 0);
            table[3] = GrantEntry.Direct(grantee, at + 2 * Chunk, Chunk, GrantFlags.Read, 0);
            table[IndirectSlot] = GrantEntry.Indirect(grantee, grantee, GrantId.Create(GranteeReadSlot, 0), GrantFlags.Read, 0);
            table[IndirectWiderSlot] = GrantEntry.Indirect(grantee, grantee, GrantId.Create(GranteeReadSlot, 0), GrantFlags.Read | GrantFlags.Write, 0);
            table[IndirectCycleSlot] = GrantEntry.Indirect(grantee, grantee, GrantId.Create(GranteeCycleSlot, 0), GrantFlags.Read, 0);
            Check.Report("setgrant"u8, Sys.SetGrant(table));
            Check.Report("setgrant-table-at-null"u8, Check.Call(KernelCall.SetGrant, new SetGrantRequest { Address = 0, Entries = 4 }, out _));
            Check.Report("setgrant-negative-size"u8, Check.Call(KernelCall.SetGrant, new SetGrantRequest { Address = (ulong)entries, Entries = -1 }, out _));

            // Revoke slot 3 and reuse it: the old id carries the old sequence number and stops working.
            table[3] = GrantEntry.Direct(grantee, at + 2 * Chunk, Chunk, GrantFlags.Read, GrantId.NextSequence(0));
            var message = new Message(GrantMessage);
            message.Payload<GrantIds>() = new GrantIds
            {
                Read = GrantId.Create(0, 0).Value,
                Write = GrantId.Create(1, 0).Value,
                Foreign = GrantId.Create(2, 0).Value,
                Revoked = GrantId.Create(3, 0).Value,
                Reissued = GrantId.Create(3, 1).Value,
                Indirect = GrantId.Create(IndirectSlot, 0).Value,
                IndirectWider = GrantId.Create(IndirectWiderSlot, 0).Value,
                IndirectCycle = GrantId.Create(IndirectCycleSlot, 0).Value,
            };
            Status status = Messaging.SendRec(grantee, ref message);
            int matching = 0;
            for (int i = 0; i < Chunk; i++)
            {
                // The grantee's SAFECOPYTO wrote the first half; its VSAFECOPY then overwrote the second half.
                if (data[Chunk + i] == (i < Chunk / 2 ? (byte)(0xC0 ^ i) : (byte)0xEE))
                    matching++;
            }

            Check.Report("copies-landed-in-granter"u8, status, "bytes as written"u8, matching);
        }

        SendCycle(new Endpoint(CallsImage.GranteeSlot));
    }

    /// <summary>The grantee.</summary>
    [UnmanagedCallersOnly(EntryPoint = "grantee_main")]
    public static void Grantee()
    {
        var message = default(Message);
        var granter = new Endpoint(CallsImage.GranterSlot);
        // The grantee's own table, which the granter's indirect grants lead back to: a read grant to the granter of
        // 16 bytes of its own, and an indirect grant back to the granter's cycle entry, which closes a loop.
        // On this frame's stack, which stays put for as long as the checks run.
        const int Mine = 16;
        byte* mine = stackalloc byte[Mine];
        for (int i = 0; i < Mine; i++)
            mine[i] = (byte)(0x5A ^ i);
        var own = new GrantEntry[2];
        own[GranteeReadSlot] = GrantEntry.Direct(granter, (ulong)mine, Mine, GrantFlags.Read, 0);
        own[GranteeCycleSlot] = GrantEntry.Indirect(granter, granter, GrantId.Create(IndirectCycleSlot, 0), GrantFlags.Read, 0);
        Check.Report("setgrant-grantee"u8, Sys.SetGrant(own));
        Messaging.Receive(granter, ref message, out _);
        GrantIds ids = message.Payload<GrantIds>();
        Span<byte> local = stackalloc byte[2 * Chunk];

        Status status = Sys.SafeCopyFrom(granter, new GrantId(ids.Read), 0, local.Slice(0, Chunk));
        Check.Report("safecopyfrom"u8, status, "bytes matching"u8, Matching(local.Slice(0, Chunk), 0));
        for (int i = 0; i < Chunk; i++)
            local[i] = (byte)(0xC0 ^ i);
        Check.Report("safecopyto"u8, Sys.SafeCopyTo(granter, new GrantId(ids.Write), 0, local.Slice(0, Chunk)));

        Check.Report("safecopy-grant-for-someone-else"u8, Sys.SafeCopyFrom(granter, new GrantId(ids.Foreign), 0, local.Slice(0, 8)));
        Check.Report("safecopy-past-the-grant"u8, Sys.SafeCopyFrom(granter, new GrantId(ids.Read), Chunk - 4, local.Slice(0, 8)));
        Check.Report("safecopy-one-byte-too-many"u8, Sys.SafeCopyFrom(granter, new GrantId(ids.Read), 0, local.Slice(0, Chunk + 1)));
        Check.Report("safecopy-write-through-read-grant"u8, Sys.SafeCopyTo(granter, new GrantId(ids.Read), 0, local.Slice(0, 8)));
        Check.Report("safecopy-read-through-write-grant"u8, Sys.SafeCopyFrom(granter, new GrantId(ids.Write), 0, local.Slice(0, 8)));
        Check.Report("safecopy-revoked-grant"u8, Sys.SafeCopyFrom(granter, new GrantId(ids.Revoked), 0, local.Slice(0, 8)));
        status = Sys.SafeCopyFrom(granter, new GrantId(ids.Reissued), 0, local.Slice(0, Chunk));
        Check.Report("safecopy-reissued-grant"u8, status, "bytes matching"u8, Matching(local.Slice(0, Chunk), 2 * Chunk));
        Check.Report("safecopy-no-such-grant"u8, Sys.SafeCopyFrom(granter, GrantId.Create(50, 0), 0, local.Slice(0, 8)));
        Check.Report("safecopy-negative-grant-id"u8, Sys.SafeCopyFrom(granter, new GrantId(-1), 0, local.Slice(0, 8)));
        Check.Report("safecopy-granter-without-table"u8, Sys.SafeCopyFrom(new Endpoint(CallsImage.InfoSlot), new GrantId(0), 0, local.Slice(0, 8)));
        Check.Report("safecopy-dead-granter"u8, Sys.SafeCopyFrom(new Endpoint(40), new GrantId(0), 0, local.Slice(0, 8)));
        Check.Report("safecopy-into-null"u8, Check.Call(KernelCall.SafeCopyFrom, new SafeCopyRequest { Granter = granter, GrantId = ids.Read, Address = 0, Bytes = 8 }, out _));
        ulong code = (ulong)(delegate*<Span<byte>, int, int>)&Matching;
        Check.Report("safecopy-into-own-code"u8, Check.Call(KernelCall.SafeCopyFrom, new SafeCopyRequest { Granter = granter, GrantId = ids.Read, Address = code, Bytes = 8 }, out _));
        IndirectChecks(granter, ids, local);
        VectorChecks(granter, ids, local);
        Messaging.Send(granter, ref message);
        SendCycle(granter);
    }

    /// <summary>
    /// Both processes SEND to each other. Whichever sends second would wait for a process that waits for it, for
    /// ever: the kernel refuses that send (ELOCKED) instead of blocking it. Which one is second depends on the
    /// scheduler, so each reports what it met; the refused one then receives, which releases the other's send.
    /// </summary>
    private static void SendCycle(Endpoint other)
    {
        var message = new Message(CycleMessage);
        Status status = Messaging.Send(other, ref message);
        if (status != Status.Deadlock)
        {
            Check.Report("send-cycle-sent"u8, status);
            return;
        }

        Check.Report("send-cycle-refused"u8, status);
        Check.Report("send-cycle-partner-released"u8, Messaging.Receive(other, ref message, out _));
    }

    private static void IndirectChecks(Endpoint granter, in GrantIds ids, Span<byte> local)
    {
        Span<byte> into = local.Slice(0, 16);
        into.Clear();
        Status status = Sys.SafeCopyFrom(granter, new GrantId(ids.Indirect), 0, into);
        int matching = 0;
        for (int i = 0; i < into.Length; i++)
        {
            if (into[i] == (byte)(0x5A ^ i))
                matching++;
        }

        Check.Report("safecopy-through-indirect-grant"u8, status, "bytes matching"u8, matching);
        Check.Report("safecopy-indirect-past-the-original"u8, Sys.SafeCopyFrom(granter, new GrantId(ids.Indirect), 8, local.Slice(0, 9)));
        Check.Report("safecopy-indirect-wider-than-the-original"u8, Sys.SafeCopyTo(granter, new GrantId(ids.IndirectWider), 0, local.Slice(0, 4)));
        Check.Report("safecopy-indirect-cycle"u8, Sys.SafeCopyFrom(granter, new GrantId(ids.IndirectCycle), 0, local.Slice(0, 4)));
    }

    private static void VectorChecks(Endpoint granter, in GrantIds ids, Span<byte> local)
    {
        Span<SafeCopyPiece> pieces = stackalloc SafeCopyPiece[VSafeCopyRequest.MaxPieces + 1];
        fixed (byte* buffer = local)
        {
            // Eight pieces in one call: four reads from the read grant, four writes into the write grant.
            for (int i = 0; i < 8; i++)
            {
                bool read = i < 4;
                pieces[i] = new SafeCopyPiece
                {
                    Granter = granter,
                    GrantId = read ? ids.Read : ids.Write,
                    Offset = (ulong)(i % 4) * 8 + (read ? 0UL : Chunk / 2),
                    Address = (ulong)buffer + (read ? (ulong)i * 8 : (ulong)Chunk + (ulong)i * 8),
                    Bytes = 8,
                    Direction = read ? CopyDirection.FromGranter : CopyDirection.ToGranter,
                };
                if (!read)
                    local.Slice(Chunk + i * 8, 8).Fill((byte)0xEE);
            }

            Status status = Sys.VSafeCopy(pieces.Slice(0, 8), out int done);
            Check.Start(stackalloc byte[200], "vsafecopy-many-pieces"u8, status).Text(", pieces done "u8).Decimal(done)
                .Text(", bytes matching "u8).Decimal(Matching(local.Slice(0, 32), 0)).Line();

            pieces[3].GrantId = ids.Foreign;
            status = Sys.VSafeCopy(pieces.Slice(0, 8), out done);
            Check.Report("vsafecopy-stops-at-the-bad-piece"u8, status, "pieces done"u8, done);
            pieces[3].GrantId = ids.Read;
            pieces[5].Direction = 0;
            Check.Report("vsafecopy-piece-without-direction"u8, Sys.VSafeCopy(pieces.Slice(0, 8), out _));
            Check.Report("vsafecopy-65-pieces"u8, Sys.VSafeCopy(pieces, out _));
            Check.Report("vsafecopy-no-pieces"u8, Sys.VSafeCopy(pieces.Slice(0, 0), out _));
            Check.Report("vsafecopy-vector-at-null"u8, Check.Call(KernelCall.VSafeCopy, new VSafeCopyRequest { VectorAddress = 0, Count = 2 }, out _));
        }
    }

    private static byte Pattern(int i) => (byte)(i * 7 + 1);

    private static int Matching(Span<byte> bytes, int from)
    {
        int matching = 0;
        for (int i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == Pattern(from + i))
                matching++;
        }

        return matching;
    }
}
