using Iced.Intel;
using Minix.Build.FaultInjection;
using Minix.Build.Linking;
using static Iced.Intel.AssemblerRegisters;

namespace Minix.Build.Tests;

public class FaultPlannerTests
{
    private const ulong Text = 0x40_1000;

    /// <summary>A driver-like image: a copy loop with a bound, a call with arguments, a branch, memory operands.</summary>
    private static LinkedImage Image()
    {
        var a = new Assembler(64);
        Label loop = a.CreateLabel(), done = a.CreateLabel(), helper = a.CreateLabel();
        a.push(rbx);
        a.mov(rax, rcx);
        a.xor(edx, edx);
        a.Label(ref loop);
        a.mov(r8, __qword_ptr[rsi + rdx * 8 + 0x10]);
        a.add(r8, rax);
        a.mov(__qword_ptr[rdi + rdx * 8], r8);
        a.inc(rdx);
        a.cmp(rdx, 16);
        a.jl(loop);
        a.test(rax, rax);
        a.je(done);
        a.mov(edi, 0x378);
        a.lea(rsi, __qword_ptr[rbx + 0x40]);
        a.call(helper);
        a.Label(ref done);
        a.pop(rbx);
        a.ret();
        int mainEnd = Size(a);
        a.Label(ref helper);
        a.mov(eax, __dword_ptr[rsi + 4]);
        a.sub(eax, edi);
        a.cmp(eax, 3);
        a.jb(helper);
        a.ret();
        var writer = new Bytes();
        a.Assemble(writer, Text);
        byte[] code = writer.Data.ToArray();
        var symbols = new SymbolMap(
        [
            new MapEntry("Minix_Samples_Driver_Minix_Samples_Driver__Copy", Text, (ulong)mainEnd, SymbolKind.Function, "driver.o"),
            new MapEntry("Minix_Samples_Driver_Minix_Samples_Driver__Port", Text + (ulong)mainEnd, (ulong)(code.Length - mainEnd), SymbolKind.Function, "driver.o"),
        ]);
        return new LinkedImage([new LoadSegment(".text", Text, code, (ulong)code.Length, SegmentPermissions.Read | SegmentPermissions.Execute)], Text, symbols, []);
    }

    private static int Size(Assembler a)
    {
        var writer = new Bytes();
        a.Assemble(writer, Text);
        return writer.Data.Count;
    }

    public static TheoryData<FaultType> Types() => new(Enum.GetValues<FaultType>());

    [Theory]
    [MemberData(nameof(Types))]
    public void Each_type_changes_one_instruction_in_place_into_code_that_decodes(FaultType type)
    {
        LinkedImage image = Image();
        var planner = new FaultPlanner(image);
        Assert.True(planner.SiteCounts[type] > 0, $"no site fits {type}");
        for (int n = 0; n < 20; n++)
        {
            PlannedFault fault = planner.Plan(seed: 5, n, [type]);
            Assert.Equal(type, fault.Type);
            Assert.Equal(image.Read(fault.Address, fault.Original.Length), fault.Original);
            Assert.Equal(fault.Original.Length, fault.Replacement.Length);
            Assert.NotEqual(fault.Original, fault.Replacement);
            Assert.False(InstructionCode.Decode(fault.Replacement, fault.Address).IsInvalid, $"{type}: {Convert.ToHexString(fault.Replacement)} does not decode");
            Assert.StartsWith("Minix.Samples.Driver.", fault.Function);
            CheckKind(type, InstructionCode.Decode(fault.Original, fault.Address), InstructionCode.Decode(fault.Replacement, fault.Address));
        }
    }

    private static void CheckKind(FaultType type, Instruction before, Instruction after)
    {
        switch (type)
        {
            case FaultType.BranchInversion:
                Assert.True(before.IsJccShortOrNear && after.IsJccShortOrNear);
                before.NegateConditionCode();
                Assert.Equal(before.ConditionCode, after.ConditionCode);
                break;
            case FaultType.NoOp:
                Assert.Equal(Mnemonic.Nop, after.Mnemonic);
                break;
            case FaultType.SourceRegister:
                Assert.Equal(before.Mnemonic, after.Mnemonic);
                Assert.NotEqual(before.Op1Register, after.Op1Register);
                Assert.Equal(before.Op1Register.GetSize(), after.Op1Register.GetSize());
                break;
            case FaultType.DestinationRegister:
                Assert.Equal(before.Mnemonic, after.Mnemonic);
                Assert.NotEqual(before.Op0Register, after.Op0Register);
                break;
            case FaultType.Pointer:
                Assert.True(before.MemoryDisplacement64 != after.MemoryDisplacement64 || before.MemoryBase != after.MemoryBase);
                break;
            case FaultType.Loop:
                Assert.True(before.Mnemonic == Mnemonic.Cmp ? after.Immediate32 != before.Immediate32 : after.IsJccShortOrNear && after.ConditionCode != before.ConditionCode);
                break;
            case FaultType.Interface:
                Assert.True(before.Op0Register.GetFullRegister() is Register.RDI or Register.RSI);
                break;
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_plan_and_another_seed_another()
    {
        FaultType[] all = Enum.GetValues<FaultType>();
        var first = new FaultPlanner(Image()).Plan(42, 0, 64, all);
        var again = new FaultPlanner(Image()).Plan(42, 0, 64, all);
        var other = new FaultPlanner(Image()).Plan(43, 0, 64, all);
        Assert.Equal(first.Select(Key), again.Select(Key));
        Assert.NotEqual(first.Select(Key), other.Select(Key));
        Assert.Equal(Key(first[37]), Key(new FaultPlanner(Image()).Plan(42, 37, all)));
        Assert.Equal(all, first.Take(all.Length).Select(f => f.Type));
    }

    private static string Key(PlannedFault f) => $"{f.Number} {f.Type} {f.Address:x} {Convert.ToHexString(f.Original)} {Convert.ToHexString(f.Replacement)}";

    [Fact]
    public void The_listing_shows_the_instruction_before_and_after()
    {
        var planner = new FaultPlanner(Image());
        PlannedFault fault = planner.Plan(1, 0, [FaultType.BranchInversion]);
        string before = InstructionCode.Text(fault.Original, fault.Address), after = InstructionCode.Text(fault.Replacement, fault.Address);
        Assert.Matches("^j", before);
        Assert.Matches("^j", after);
        Assert.NotEqual(before, after);
    }

    private sealed class Bytes : CodeWriter
    {
        public List<byte> Data { get; } = new();

        public override void WriteByte(byte value) => Data.Add(value);
    }
}
