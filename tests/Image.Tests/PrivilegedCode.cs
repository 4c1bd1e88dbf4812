using Iced.Intel;
using Minix.Build.Disassembly;
using Minix.Build.Linking;
using Minix.Kernel.Boot;

namespace Image.Tests;

/// <summary>
/// Reads a linked process image's machine code, function by function, for what only ring 0 may do: port and
/// control-register instructions, interrupt flag changes, descriptor-table loads, any memory access or branch to an
/// address in the kernel's half, and any constant that is the address of a kernel symbol (a call into the kernel
/// through a register). Other constants are left alone: small negative status codes look like high addresses.
/// </summary>
internal static class PrivilegedCode
{
    private static readonly HashSet<Mnemonic> RingZeroOnly =
    [
        Mnemonic.In, Mnemonic.Out, Mnemonic.Insb, Mnemonic.Insw, Mnemonic.Insd, Mnemonic.Outsb, Mnemonic.Outsw, Mnemonic.Outsd,
        Mnemonic.Cli, Mnemonic.Sti, Mnemonic.Hlt, Mnemonic.Lgdt, Mnemonic.Lidt, Mnemonic.Lldt, Mnemonic.Ltr, Mnemonic.Wrmsr,
        Mnemonic.Rdmsr, Mnemonic.Invlpg, Mnemonic.Wbinvd, Mnemonic.Invd, Mnemonic.Clts, Mnemonic.Lmsw, Mnemonic.Swapgs,
    ];

    /// <summary>Every place in <paramref name="image"/>'s functions that needs ring 0 or names a kernel address, as <c>function+offset: instruction</c>.</summary>
    /// <param name="image">The linked process.</param>
    /// <param name="kernel">The kernel it was linked beside.</param>
    /// <returns>The findings, none for a proper user-mode process.</returns>
    public static List<string> Find(LinkedImage image, LinkedImage kernel)
    {
        var kernelSymbols = kernel.Symbols.Entries.Select(e => e.Address).ToHashSet();
        var findings = new List<string>();
        foreach (MapEntry function in image.Symbols.Entries.Where(e => e.Kind == SymbolKind.Function && e.Size > 0))
        {
            foreach (Instruction instruction in MethodDisassembler.Instructions(image, function))
            {
                if (Privileged(instruction) || NamesKernelAddress(instruction, kernelSymbols))
                    findings.Add($"{function.Name}+0x{instruction.IP - function.Address:x}: {instruction}");
            }
        }

        return findings;
    }

    private static bool Privileged(in Instruction instruction)
    {
        if (RingZeroOnly.Contains(instruction.Mnemonic))
            return true;
        for (int i = 0; i < instruction.OpCount; i++)
        {
            if (instruction.GetOpKind(i) == OpKind.Register && (instruction.GetOpRegister(i).IsCR() || instruction.GetOpRegister(i).IsDR()))
                return true;
        }

        return false;
    }

    private static bool NamesKernelAddress(in Instruction instruction, HashSet<ulong> kernelSymbols)
    {
        for (int i = 0; i < instruction.OpCount; i++)
        {
            ulong value = instruction.GetOpKind(i) switch
            {
                OpKind.Memory when instruction.MemoryBase is Register.None or Register.RIP => instruction.MemoryDisplacement64,
                OpKind.NearBranch64 => instruction.NearBranch64,
                OpKind.Immediate64 when kernelSymbols.Contains(instruction.Immediate64) => instruction.Immediate64,
                // The kernel lives in the top 2 GiB, where an address also fits a sign-extended 32-bit immediate.
                OpKind.Immediate32to64 when kernelSymbols.Contains((ulong)instruction.Immediate32to64) => (ulong)instruction.Immediate32to64,
                _ => 0,
            };
            if (value >= MemoryLayout.KernelVirtualOffset)
                return true;
        }

        return false;
    }
}
