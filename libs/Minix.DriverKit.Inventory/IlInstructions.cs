using System.Collections.Generic;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;

namespace Minix.DriverKit.Inventory;

/// <summary>One IL instruction: its opcode and, for instructions that name a field, method or type, the token.</summary>
/// <param name="Code">The opcode's value (two-byte opcodes as 0xFE00 + second byte).</param>
/// <param name="Token">The metadata token operand, or 0.</param>
public readonly record struct IlInstruction(short Code, int Token);

/// <summary>Decodes a method body's IL into instructions, with operand sizes taken from the runtime's opcode table.</summary>
public static class IlInstructions
{
    private static readonly Dictionary<short, OperandType> Operands = BuildTable();

    /// <summary>The <c>ldftn</c> opcode's value.</summary>
    public static readonly short Ldftn = OpCodes.Ldftn.Value;

    /// <summary>Decodes a body.</summary>
    /// <param name="il">The IL bytes.</param>
    /// <returns>The instructions; decoding stops at the first unknown opcode.</returns>
    public static List<IlInstruction> Decode(BlobReader il)
    {
        var instructions = new List<IlInstruction>();
        while (il.RemainingBytes > 0)
        {
            short code = il.ReadByte();
            if (code == 0xFE)
            {
                if (il.RemainingBytes == 0)
                    break;
                code = unchecked((short)(0xFE00 | il.ReadByte()));
            }

            if (!Operands.TryGetValue(code, out OperandType operand))
                break;
            int token = 0;
            switch (operand)
            {
                case OperandType.InlineField:
                case OperandType.InlineMethod:
                case OperandType.InlineTok:
                case OperandType.InlineType:
                    if (il.RemainingBytes < 4)
                        return instructions;
                    token = il.ReadInt32();
                    break;
                case OperandType.InlineSwitch:
                    if (il.RemainingBytes < 4)
                        return instructions;
                    int count = il.ReadInt32();
                    if (count < 0 || (long)count * 4 > il.RemainingBytes)
                        return instructions;
                    il.Offset += count * 4;
                    break;
                default:
                    int size = Size(operand);
                    if (il.RemainingBytes < size)
                        return instructions;
                    il.Offset += size;
                    break;
            }

            instructions.Add(new IlInstruction(code, token));
        }

        return instructions;
    }

    private static int Size(OperandType operand) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        _ => 4,
    };

    private static Dictionary<short, OperandType> BuildTable()
    {
        var table = new Dictionary<short, OperandType>();
        foreach (FieldInfo field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.GetValue(null) is OpCode opcode)
                table[opcode.Value] = opcode.OperandType;
        }

        return table;
    }
}
