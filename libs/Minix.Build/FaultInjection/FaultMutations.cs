using Iced.Intel;

namespace Minix.Build.FaultInjection;

/// <summary>
/// What each fault type does to one instruction: which instructions fit a type, and the new bytes (as long as the
/// old) for one of them. Null means this site could not take the fault (the new encoding would not fit); the
/// planner then draws another site.
/// </summary>
public static class FaultMutations
{
    private static readonly Register[] Arguments = [Register.RDI, Register.RSI, Register.RDX, Register.RCX, Register.R8, Register.R9];

    private static readonly Mnemonic[] Writers =
    [
        Mnemonic.Mov, Mnemonic.Movzx, Mnemonic.Movsx, Mnemonic.Movsxd, Mnemonic.Lea, Mnemonic.Add, Mnemonic.Sub, Mnemonic.And,
        Mnemonic.Or, Mnemonic.Xor, Mnemonic.Imul, Mnemonic.Shl, Mnemonic.Shr, Mnemonic.Sar, Mnemonic.Inc, Mnemonic.Dec,
        Mnemonic.Neg, Mnemonic.Not, Mnemonic.Pop,
    ];

    /// <summary>Whether the instruction at <paramref name="index"/> of a function fits <paramref name="type"/>.</summary>
    /// <param name="type">The fault type.</param>
    /// <param name="function">The function's instructions, in order.</param>
    /// <param name="index">The instruction.</param>
    /// <returns>True if the type applies there.</returns>
    public static bool Fits(FaultType type, IReadOnlyList<FaultSite> function, int index)
    {
        Instruction i = function[index].Instruction;
        if (i.IsInvalid || i.Mnemonic is Mnemonic.Int3 or Mnemonic.Nop)
            return false;
        return type switch
        {
            FaultType.SourceRegister => i.OpCount >= 2 && i.Op1Kind == OpKind.Register && IsGpr(i.Op1Register) && i.Op0Kind is OpKind.Register or OpKind.Memory,
            FaultType.DestinationRegister => i.OpCount >= 1 && i.Op0Kind == OpKind.Register && IsGpr(i.Op0Register) && Writers.Contains(i.Mnemonic),
            FaultType.Pointer => HasMemory(i) && i.MemoryBase != Register.None,
            FaultType.Interface => SetsArgumentForCall(function, index),
            FaultType.Loop => LoopCondition(function, index) != -1,
            FaultType.BranchInversion => ConditionByte(function[index].Bytes) >= 0,
            _ => true,
        };
    }

    /// <summary>The new bytes for the instruction at <paramref name="index"/>, or null if this site cannot take the fault.</summary>
    /// <param name="type">The fault type (the site must fit it).</param>
    /// <param name="function">The function's instructions.</param>
    /// <param name="index">The instruction.</param>
    /// <param name="random">The fault's random numbers.</param>
    /// <returns>The bytes, as long as the instruction's, and different from them; or null.</returns>
    public static byte[]? Mutate(FaultType type, IReadOnlyList<FaultSite> function, int index, ref FaultRandom random)
    {
        FaultSite site = function[index];
        Instruction i = site.Instruction;
        byte[]? result = type switch
        {
            FaultType.SourceRegister => WithRegister(i, 1, ref random),
            FaultType.DestinationRegister => WithRegister(i, 0, ref random),
            FaultType.Pointer => CorruptPointer(i, ref random),
            FaultType.Interface => CorruptSource(i, ref random),
            FaultType.Loop => OffByOne(function, index, ref random),
            FaultType.Text => FlipBit(site, ref random),
            FaultType.NoOp => Enumerable.Repeat((byte)0x90, site.Bytes.Length).ToArray(),
            FaultType.BranchInversion => FlipCondition(site.Bytes, 0x01),
            _ => null,
        };
        return result is not null && result.Length == site.Bytes.Length && !result.AsSpan().SequenceEqual(site.Bytes) ? result : null;
    }

    private static bool IsGpr(Register register) => register.IsGPR64() || register.IsGPR32() || register.IsGPR16() || (register.IsGPR8() && register is not (>= Register.AH and <= Register.BH));

    private static bool HasMemory(Instruction i)
    {
        for (int op = 0; op < i.OpCount; op++)
        {
            if (i.GetOpKind(op) == OpKind.Memory)
                return true;
        }

        return false;
    }

    /// <summary>Another general register of the same size, drawn at random.</summary>
    private static Register Other(Register register, ref FaultRandom random)
    {
        Register first = register.IsGPR64() ? Register.RAX : register.IsGPR32() ? Register.EAX : register.IsGPR16() ? Register.AX : Register.AL;
        int number = register.IsGPR8() ? (register >= Register.SPL ? register - Register.SPL + 4 : register - Register.AL) : register - first;
        int other = (number + 1 + random.Below(15)) % 16;
        if (!register.IsGPR8())
            return first + other;
        return other < 4 ? Register.AL + other : Register.SPL + (other - 4);
    }

    private static byte[]? WithRegister(Instruction i, int operand, ref FaultRandom random)
    {
        i.SetOpRegister(operand, Other(i.GetOpRegister(operand), ref random));
        return InstructionCode.Encode(i, i.Length);
    }

    /// <summary>A memory operand's displacement gets one bit flipped (within its encoded size), or, without one, its base register changes.</summary>
    private static byte[]? CorruptPointer(Instruction i, ref FaultRandom random)
    {
        if (i.MemoryDisplSize > 0 && random.Below(4) != 0)
        {
            int bits = Math.Min(i.MemoryDisplSize * 8, 32) - 1;
            i.MemoryDisplacement64 ^= 1UL << random.Below(bits);
        }
        else if (i.MemoryBase.IsGPR64())
        {
            i.MemoryBase = Other(i.MemoryBase, ref random);
        }
        else
        {
            return null;
        }

        return InstructionCode.Encode(i, i.Length);
    }

    /// <summary>A call's parameter set up with another value: the immediate, the displacement or the source register changes.</summary>
    private static byte[]? CorruptSource(Instruction i, ref FaultRandom random)
    {
        if (i.OpCount < 2)
            return null;
        switch (i.Op1Kind)
        {
            case OpKind.Register:
                return WithRegister(i, 1, ref random);
            case OpKind.Memory:
                return CorruptPointer(i, ref random);
            case OpKind.Immediate8 or OpKind.Immediate16 or OpKind.Immediate32 or OpKind.Immediate8to32 or OpKind.Immediate8to64 or OpKind.Immediate32to64 or OpKind.Immediate64:
                ulong value = i.GetImmediate(1);
                i.SetImmediate(1, random.Below(2) == 0 ? value + 1 : value ^ (1UL << random.Below(8)));
                return InstructionCode.Encode(i, i.Length);
            default:
                return null;
        }
    }

    /// <summary>True if the instruction writes an argument register and a call follows within three instructions.</summary>
    private static bool SetsArgumentForCall(IReadOnlyList<FaultSite> function, int index)
    {
        Instruction i = function[index].Instruction;
        if (i.OpCount < 2 || i.Op0Kind != OpKind.Register || i.Mnemonic is not (Mnemonic.Mov or Mnemonic.Lea or Mnemonic.Movzx or Mnemonic.Movsxd)
            || !Arguments.Contains(i.Op0Register.GetFullRegister()))
            return false;
        for (int next = index + 1; next < function.Count && next <= index + 3; next++)
        {
            if (function[next].Instruction.IsCallNear)
                return true;
        }

        return false;
    }

    /// <summary>
    /// The loop condition at <paramref name="index"/>: 0 for a backward conditional branch with an off-by-one
    /// neighbour (<c>jl</c>/<c>jle</c>, <c>jb</c>/<c>jbe</c> ...), 1 for a compare with a constant just before a
    /// backward conditional branch; -1 otherwise.
    /// </summary>
    private static int LoopCondition(IReadOnlyList<FaultSite> function, int index)
    {
        FaultSite site = function[index];
        if (IsBackwardBranch(site) && OffByOneCondition(site.Bytes) is not null)
            return 0;
        Instruction i = site.Instruction;
        bool compares = i.Mnemonic == Mnemonic.Cmp && i.OpCount == 2 && i.Op1Kind is OpKind.Immediate8 or OpKind.Immediate8to32 or OpKind.Immediate8to64 or OpKind.Immediate32 or OpKind.Immediate32to64 or OpKind.Immediate16;
        return compares && index + 1 < function.Count && IsBackwardBranch(function[index + 1]) ? 1 : -1;
    }

    private static bool IsBackwardBranch(FaultSite site) =>
        site.Instruction.IsJccShortOrNear && site.Instruction.NearBranchTarget <= site.Instruction.IP && ConditionByte(site.Bytes) >= 0;

    private static byte[]? OffByOne(IReadOnlyList<FaultSite> function, int index, ref FaultRandom random)
    {
        if (LoopCondition(function, index) == 0)
            return OffByOneCondition(function[index].Bytes);
        Instruction i = function[index].Instruction;
        i.SetImmediate(1, random.Below(2) == 0 ? i.GetImmediate(1) + 1 : i.GetImmediate(1) - 1);
        return InstructionCode.Encode(i, i.Length);
    }

    /// <summary>Where a conditional branch keeps its condition: the opcode byte 70..7F or, after 0F, 80..8F; -1 if not one.</summary>
    private static int ConditionByte(byte[] bytes) =>
        bytes.Length >= 2 && bytes[0] is >= 0x70 and <= 0x7F ? 0 : bytes.Length >= 6 && bytes[0] == 0x0F && bytes[1] is >= 0x80 and <= 0x8F ? 1 : -1;

    private static byte[]? FlipCondition(byte[] bytes, int mask)
    {
        int at = ConditionByte(bytes);
        if (at < 0)
            return null;
        byte[] result = (byte[])bytes.Clone();
        result[at] ^= (byte)mask;
        return result;
    }

    // The condition nibble's off-by-one partners: b (2) and be (6), ae (3) and a (7), l (C) and le (E), ge (D) and g (F).
    private static byte[]? OffByOneCondition(byte[] bytes)
    {
        int at = ConditionByte(bytes);
        int condition = at < 0 ? -1 : bytes[at] & 0x0F;
        return condition is 0x2 or 0x3 or 0x6 or 0x7 ? FlipCondition(bytes, 0x04) : condition is 0xC or 0xD or 0xE or 0xF ? FlipCondition(bytes, 0x02) : null;
    }

    /// <summary>One bit of the instruction flips; bits are drawn until the first instruction there still decodes.</summary>
    private static byte[]? FlipBit(FaultSite site, ref FaultRandom random)
    {
        for (int attempt = 0; attempt < 16; attempt++)
        {
            byte[] result = (byte[])site.Bytes.Clone();
            int bit = random.Below(result.Length * 8);
            result[bit / 8] ^= (byte)(1 << (bit % 8));
            if (!InstructionCode.Decode(result, site.Instruction.IP).IsInvalid)
                return result;
        }

        return null;
    }
}
