using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Iced.Intel;
using Minix.Build.Debugging;
using Minix.Build.Linking;
using Minix.Build.Pipeline;

namespace Minix.Build.Disassembly;

/// <summary>Disassembles a method of a linked image with Iced, naming call and jump targets from the symbol map.</summary>
public static class MethodDisassembler
{
    /// <summary>The symbols ILC gave a C# method: its mangled name is the assembly, namespace and type joined by
    /// underscores, two underscores, the method name, and an _N suffix for overloads.</summary>
    /// <param name="image">The image.</param>
    /// <param name="method">The method.</param>
    /// <returns>Matching function symbols.</returns>
    public static IReadOnlyList<MapEntry> FindSymbols(LinkedImage image, RunnableMethod method)
    {
        string mangled = Regex.Escape(method.TypeName.Replace('.', '_') + "__" + method.Name);
        var pattern = new Regex($"_{mangled}(_\\d+)?$", RegexOptions.CultureInvariant);
        return image.Symbols.Entries.Where(e => e.Kind == SymbolKind.Function && e.Size > 0 && pattern.IsMatch(e.Name)).ToList();
    }

    /// <summary>A function's machine code, decoded instruction by instruction.</summary>
    /// <param name="image">The image.</param>
    /// <param name="function">A function symbol of its map.</param>
    /// <returns>The instructions, in address order.</returns>
    public static IEnumerable<Instruction> Instructions(LinkedImage image, MapEntry function)
    {
        byte[] code = image.Read(function.Address, (int)function.Size);
        var decoder = Iced.Intel.Decoder.Create(64, new ByteArrayCodeReader(code));
        decoder.IP = function.Address;
        while (decoder.IP < function.Address + function.Size)
            yield return decoder.Decode();
    }

    /// <summary>The method's code as text, one instruction per line.</summary>
    /// <param name="image">The image.</param>
    /// <param name="imageName">A name for the header line.</param>
    /// <param name="method">The method.</param>
    /// <param name="lines">C# lines for addresses (from the object's DWARF), or null.</param>
    /// <returns>The listing.</returns>
    /// <exception cref="ToolchainException">The method is not in the image (inlined everywhere or not reached).</exception>
    public static string Disassemble(LinkedImage image, string imageName, RunnableMethod method, SourceLineMap? lines = null)
    {
        var symbols = FindSymbols(image, method);
        if (symbols.Count == 0)
            throw new ToolchainException("disasm", $"{method.FullName} has no code of its own in {Path.GetFileName(imageName)} (inlined into its callers, or not reached)");
        var text = new StringBuilder();
        foreach (var symbol in symbols)
            Append(text, image, symbol, lines);
        return text.ToString();
    }

    private static void Append(StringBuilder text, LinkedImage image, MapEntry symbol, SourceLineMap? lines)
    {
        SourceLine? shown = null;
        text.Append(CultureInfo.InvariantCulture, $"{symbol.Name} @ 0x{symbol.Address:x} ({symbol.Size} bytes)\n");
        var formatter = new IntelFormatter(new FormatterOptions { FirstOperandCharIndex = 8 }, new MapSymbolResolver(image.Symbols));
        var output = new StringOutput();
        foreach (Instruction instruction in Instructions(image, symbol))
        {
            var line = lines?.Find(instruction.IP);
            if (line is not null && (shown is null || line.Line != shown.Line || line.File != shown.File))
            {
                text.Append(CultureInfo.InvariantCulture, $"  ; {Path.GetFileName(line.File)}:{line.Line}\n");
                shown = line;
            }

            formatter.Format(instruction, output);
            text.Append(CultureInfo.InvariantCulture, $"  {instruction.IP:x16}  {output.ToStringAndReset()}\n");
        }

        text.Append('\n');
    }

    private sealed class MapSymbolResolver(SymbolMap map) : ISymbolResolver
    {
        public bool TryGetSymbol(in Instruction instruction, int operand, int instructionOperand, ulong address, int addressSize, out SymbolResult symbol)
        {
            var entry = map.Entries.FirstOrDefault(e => e.Address == address);
            if (entry is not null)
            {
                symbol = new SymbolResult(address, entry.Name);
                return true;
            }

            symbol = default;
            return false;
        }
    }
}
