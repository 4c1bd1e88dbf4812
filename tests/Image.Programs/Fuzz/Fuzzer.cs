using System.Runtime.InteropServices;
using Minix.Ipc;
using Minix.Kernel.Calls;
using Minix.Kernel.Privileges;
using static Image.Programs.RawTraps;

namespace Image.Programs.Fuzz;

/// <summary>
/// The fuzzer: an unprivileged system process (basic kernel calls only, no ports, no IRQs, IPC to its peer only)
/// that makes seeded random kernel calls and IPC calls with random arguments and hostile pointers, counts every
/// result by call and status code, and checks that nothing succeeded beyond its privileges.
/// </summary>
/// <remarks>
/// <para>Mix: 70% kernel calls, 30% IPC. A kernel-call number is any of 0..63 half the time, one the privileges
/// allow a third of the time, and otherwise outside 0..63 (or a random message type). SYS_EXIT (53) is never made:
/// it would end the fuzzer; ABORT, KILL, DEVIO and the rest are made, and must be refused. For a call with a
/// request layout the fuzzer knows, half the payloads follow that layout with a suitable value in each field; the
/// rest are filled field by field with edge values and pointers, or with random bytes (see <see cref="FuzzValues"/>).
/// The message itself lies at a random pointer one call in twelve.</para>
/// <para>IPC: SEND, RECEIVE, SENDREC, NOTIFY, SENDNB or a bad primitive number, to a random endpoint, with a random
/// (sometimes hostile) buffer. It never blocks for ever: the peer runs at a higher priority and always returns to
/// RECEIVE, so a SEND or SENDREC to it completes; before a RECEIVE from ANY or the peer the fuzzer asks the peer for
/// a wake-up notification (a helper SENDREC, not counted); a RECEIVE from a process that never sends to the fuzzer
/// (the kernel tasks, the witness) is made from ANY instead, and counted as redirected.</para>
/// </remarks>
public static unsafe class Fuzzer
{
    private const int KernelCallPercent = 70;
    private const int TypedPercent = 50;
    private const int ScratchSize = 64 * 1024;
    private const int GuardSize = (1 << 20) + 64 * 1024;
    private const int RefillEvery = 1024;
    private const int WakeType = 0x57414B45;

    /// <summary>What one run found.</summary>
    private sealed class Run
    {
        public readonly FuzzTally Tally = new();
        public ulong CallMask;
        public Endpoint Self;
        public Endpoint Peer = new(FuzzImage.PeerSlot);
        public long BeyondPrivileges;
        public long Redirected;
        public long SkippedExits;
        public long Wakeups;
        public ulong Digest = 0xCBF2_9CE4_8422_2325;
        public ulong CallsDigest = 0xCBF2_9CE4_8422_2325;
    }

    /// <summary>Entry point.</summary>
    [UnmanagedCallersOnly(EntryPoint = "fuzzer_main")]
    public static void Main()
    {
        ulong seed = BootParameters.Number("fuzz.seed="u8, 1);
        long calls = (long)BootParameters.Number("fuzz.calls="u8, FuzzImage.DefaultCalls);
        var run = new Run();
        Sys.WhoAmI(out GetInfoReply me);
        run.Self = me.Endpoint;
        Sys.GetPrivileges(Endpoint.Self, out Privilege mine);
        run.CallMask = mine.CallMask;
        new Utf8Line(stackalloc byte[200]).Text("privileges: call mask "u8).Hex(mine.CallMask).Text(" (basic "u8).Decimal(mine.CallMask == KernelCallMask.Basic ? 1 : 0)
            .Text("), io ranges "u8).Decimal(mine.IoRangeCount).Text(", irq mask "u8).Decimal(mine.IrqMask).Text(", send mask "u8).Hex(mine.SendMask)
            .Text(", manager "u8).Decimal((mine.Flags & PrivilegeFlags.PrivilegeManager) != 0 ? 1 : 0).Line();
        new Utf8Line(stackalloc byte[200]).Text("seed "u8).Decimal((long)seed).Text(", "u8).Decimal(calls).Text(" calls"u8).Line();

        byte probe = 0;
        fixed (byte* text = "fuzz"u8)
        {
            var values = new FuzzValues(ScratchSize, GuardSize, (ulong)(delegate*<Run, long, ulong, void>)&Summary, (ulong)text, (ulong)&probe + 0x2_0000,
                run.Self, run.Peer, new Endpoint(FuzzImage.WitnessSlot));
            var random = new FuzzRandom(seed);
            Sys.Times(Endpoint.Self, out TimesReply start);
            Fuzz(run, values, ref random, calls);
            Sys.Times(Endpoint.Self, out TimesReply end);
            Summary(run, calls, end.Uptime - start.Uptime);
        }

        var finished = new Message(FuzzImage.FinishedType);
        finished.Payload<NotifyPayload>().Timestamp = FuzzImage.FinishedMagic;
        Messaging.SendRec(run.Peer, ref finished);

        // Stay alive (the witness looks at the fuzzer's times): nothing ever comes from HARDWARE to a process without IRQs.
        var never = default(Message);
        while (true)
            Messaging.Receive(Endpoint.Hardware, ref never, out _);
    }

    private static void Fuzz(Run run, FuzzValues values, ref FuzzRandom random, long calls)
    {
        long progress = calls >= 10 ? calls / 10 : 1;
        for (long i = 0; i < calls; i++)
        {
            if (i % RefillEvery == 0)
                values.Refill(ref random);
            if (random.Percent(KernelCallPercent))
                OneKernelCall(run, values, ref random);
            else
                OneIpc(run, values, ref random);
            if ((i + 1) % progress == 0)
                Progress(run, i + 1);
        }
    }

    /// <summary>A checkpoint line (in its own method, so its buffer leaves the stack: the loop's frame never changes).</summary>
    private static void Progress(Run run, long done) =>
        new Utf8Line(stackalloc byte[160]).Decimal(done).Text(" calls, beyond privileges "u8).Decimal(run.BeyondPrivileges)
            .Text(", calls digest "u8).Hex(run.CallsDigest).Text(", results digest "u8).Hex(run.Digest).Line();

    private static void OneKernelCall(Run run, FuzzValues values, ref FuzzRandom random)
    {
        int number = Number(run, ref random);
        var message = default(Message);
        if (!random.Percent(TypedPercent) || !values.FillTyped(ref random, number, message.PayloadBytes))
            values.Fill(ref random, message.PayloadBytes);
        message.Source = new Endpoint((int)random.Next());
        message.Type = MessageType.KernelCallBase + number;
        void* address = &message;
        int row = (uint)number < 64 ? number : FuzzTally.OtherCallRow;
        if (random.Below(12) == 0)
        {
            address = (void*)values.Pointer(ref random);
            row = FuzzTally.StrayMessageRow;
            // A message inside the fuzzer's own memory is read by the kernel: make sure it is not SYS_EXIT.
            ulong at = (ulong)address;
            if (at >= values.Scratch && at - values.Scratch <= (ulong)(values.ScratchSize + values.GuardSize - Message.Size))
            {
                int* type = (int*)(at + Message.TypeOffset);
                if (*type == MessageType.KernelCallBase + (int)KernelCall.Exit)
                    *type = MessageType.KernelCallBase + (int)KernelCall.Nop;
                number = *type - MessageType.KernelCallBase;
            }
            else
            {
                number = -1;
            }
        }

        run.CallsDigest = Mix(run.CallsDigest, (address == &message ? 0 : (ulong)address) ^ (ulong)(uint)message.Type << 32 ^ message.Payload<NotifyPayload>().Timestamp);
        var status = (Status)KernelTrap(address);
        run.Tally.Add(row, status);
        if (status == Status.Ok && !KernelCallMask.Allows(run.CallMask, number))
            run.BeyondPrivileges++;
        run.Digest = Mix(run.Digest, (ulong)(uint)row << 32 | (uint)(int)status);
    }

    /// <summary>A call number: 0..63, one the privileges allow, or one outside the range; never SYS_EXIT.</summary>
    private static int Number(Run run, ref FuzzRandom random)
    {
        while (true)
        {
            int number = random.Below(20) switch
            {
                < 10 => random.Below(64),
                < 17 => AllowedCall(run.CallMask, ref random),
                17 => 64 + random.Below(1000),
                18 => -1 - random.Below(MessageType.KernelCallBase + 10),
                _ => (int)random.Next() - MessageType.KernelCallBase,
            };
            if (number != (int)KernelCall.Exit)
                return number;
            run.SkippedExits++;
        }
    }

    private static int AllowedCall(ulong mask, ref FuzzRandom random)
    {
        while (true)
        {
            int number = random.Below(64);
            if ((mask & (1UL << number)) != 0)
                return number;
        }
    }

    private static void OneIpc(Run run, FuzzValues values, ref FuzzRandom random)
    {
        int primitive = random.Percent(85) ? 1 + random.Below(6) : random.Below(5) switch
        {
            0 => 0,
            1 => 7 + random.Below(3),
            2 => -1,
            3 => 16,
            _ => (int)random.Next(),
        };
        Endpoint partner = values.Endpoint(ref random);
        var message = default(Message);
        values.Fill(ref random, message.PayloadBytes);
        message.Type = (int)values.Value(ref random);
        void* address = random.Percent(85) ? &message : (void*)values.Pointer(ref random);
        if (primitive == (int)IpcCall.Receive)
        {
            if (NeverSends(run, partner))
            {
                partner = Endpoint.Any;
                run.Redirected++;
            }

            if (partner == Endpoint.Any || partner == run.Peer)
                WakeMeUp(run);
        }

        run.CallsDigest = Mix(run.CallsDigest, (address == &message ? 0 : (ulong)address) ^ (ulong)(uint)primitive << 32 ^ (uint)partner.Value ^ message.Payload<NotifyPayload>().Timestamp);
        var status = (Status)(int)IpcTrap(primitive, partner.Value, address).Result;
        int row = primitive >= 1 && primitive <= 6 ? FuzzTally.IpcRow + primitive - 1 : FuzzTally.OtherIpcRow;
        run.Tally.Add(row, status);
        bool sends = primitive is (int)IpcCall.Send or (int)IpcCall.SendRec or (int)IpcCall.SendNb or (int)IpcCall.Notify or (int)IpcCall.ReplyReceive;
        if (status == Status.Ok && sends && partner != run.Peer)
            run.BeyondPrivileges++;
        run.Digest = Mix(run.Digest, (ulong)(uint)row << 32 | (uint)(int)status);
    }

    /// <summary>Kernel tasks and the witness never send to the fuzzer: a RECEIVE from them would wait for ever.</summary>
    private static bool NeverSends(Run run, Endpoint partner) =>
        (partner.Value >= -4 && partner.Value <= -1) || partner == new Endpoint(FuzzImage.WitnessSlot);

    /// <summary>Asks the peer for a notification, so that the RECEIVE that follows finds one pending.</summary>
    private static void WakeMeUp(Run run)
    {
        var message = new Message(WakeType);
        Messaging.SendRec(run.Peer, ref message);
        run.Wakeups++;
    }

    /// <summary>FNV-1a over the value's eight bytes.</summary>
    private static ulong Mix(ulong digest, ulong value)
    {
        for (int i = 0; i < 8; i++)
            digest = (digest ^ (byte)(value >> (8 * i))) * 0x100_0000_01B3;
        return digest;
    }

    private static void Summary(Run run, long calls, ulong ticks)
    {
        FuzzTally tally = run.Tally;
        long kernelCalls = 0;
        for (int row = 0; row < FuzzTally.IpcRow; row++)
            kernelCalls += tally.Total(row);
        new Utf8Line(stackalloc byte[200]).Text("summary: "u8).Decimal(calls).Text(" calls ("u8).Decimal(kernelCalls).Text(" kernel calls, "u8)
            .Decimal(calls - kernelCalls).Text(" IPC) in "u8).Decimal((long)ticks).Text(" ticks"u8).Line();
        var line = new Utf8Line(stackalloc byte[256]).Text("by status"u8);
        int onLine = 0;
        for (int column = 0; column <= FuzzTally.Codes.Length; column++)
        {
            long count = tally.ColumnTotal(column);
            if (count == 0)
                continue;
            if (onLine == 8)
            {
                line.Line();
                line = line.Clear().Text("by status (more)"u8);
                onLine = 0;
            }

            line = Code(line.Text(onLine == 0 ? ": "u8 : ", "u8), column).Text(" "u8).Decimal(count);
            onLine++;
        }

        line.Line();
        for (int row = 0; row < FuzzTally.Rows; row++)
            Row(tally, row);
        new Utf8Line(stackalloc byte[200]).Text("redirected receives "u8).Decimal(run.Redirected).Text(", wake-up round trips "u8).Decimal(run.Wakeups)
            .Text(", exit calls skipped "u8).Decimal(run.SkippedExits).Line();
        new Utf8Line(stackalloc byte[200]).Text("beyond privileges "u8).Decimal(run.BeyondPrivileges).Text(", calls digest "u8).Hex(run.CallsDigest)
            .Text(", results digest "u8).Hex(run.Digest).Line();
    }

    private static void Row(FuzzTally tally, int row)
    {
        long total = tally.Total(row);
        if (total == 0)
            return;
        var line = new Utf8Line(stackalloc byte[256]);
        line = RowName(line, row).Text(": "u8).Decimal(total);
        int onLine = 0;
        for (int column = 0; column <= FuzzTally.Codes.Length; column++)
        {
            long count = tally.Count(row, column);
            if (count == 0)
                continue;
            if (onLine == 8)
            {
                line.Line();
                line = RowName(line.Clear(), row).Text(" (more)"u8);
                onLine = 0;
            }

            line = Code(line.Text(onLine == 0 ? " = "u8 : ", "u8), column).Text(" "u8).Decimal(count);
            onLine++;
        }

        line.Line();
    }

    private static Utf8Line Code(Utf8Line line, int column) =>
        column < FuzzTally.Codes.Length ? line.Ascii(StatusInfo.Name((Status)FuzzTally.Codes[column])) : line.Text("other"u8);

    private static Utf8Line RowName(Utf8Line line, int row)
    {
        if (row < 64)
            return line.Text("call "u8).Decimal(row).Text(" "u8).Text(CallName(row));
        return row switch
        {
            FuzzTally.OtherCallRow => line.Text("call outside 0..63"u8),
            FuzzTally.StrayMessageRow => line.Text("call with message at a random pointer"u8),
            FuzzTally.OtherIpcRow => line.Text("ipc bad primitive"u8),
            _ => line.Text("ipc "u8).Text(IpcName(row - FuzzTally.IpcRow + 1)),
        };
    }

    private static ReadOnlySpan<byte> CallName(int number) => number switch
    {
        (int)KernelCall.PrivCtl => "PRIVCTL"u8,
        (int)KernelCall.Kill => "KILL"u8,
        (int)KernelCall.Spawn => "SPAWN"u8,
        (int)KernelCall.Nop => "NOP"u8,
        (int)KernelCall.IrqCtl => "IRQCTL"u8,
        (int)KernelCall.DevIo => "DEVIO"u8,
        (int)KernelCall.VDevIo => "VDEVIO"u8,
        (int)KernelCall.SetAlarm => "SETALARM"u8,
        (int)KernelCall.Times => "TIMES"u8,
        (int)KernelCall.GetInfo => "GETINFO"u8,
        (int)KernelCall.Abort => "ABORT"u8,
        (int)KernelCall.SafeCopyFrom => "SAFECOPYFROM"u8,
        (int)KernelCall.SafeCopyTo => "SAFECOPYTO"u8,
        (int)KernelCall.VSafeCopy => "VSAFECOPY"u8,
        (int)KernelCall.SetGrant => "SETGRANT"u8,
        (int)KernelCall.DiagCtl => "DIAGCTL"u8,
        (int)KernelCall.Exit => "EXIT"u8,
        _ => "-"u8,
    };

    private static ReadOnlySpan<byte> IpcName(int primitive) => primitive switch
    {
        1 => "SEND"u8,
        2 => "RECEIVE"u8,
        3 => "SENDREC"u8,
        4 => "NOTIFY"u8,
        5 => "SENDNB"u8,
        _ => "REPLYRECEIVE"u8,
    };
}
