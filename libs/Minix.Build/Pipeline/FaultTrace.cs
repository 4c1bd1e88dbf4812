using System.Globalization;
using Iced.Intel;
using Minix.Build.Debugging;
using Minix.Build.Elf;
using Minix.Build.Imaging;
using Minix.Build.Linking;

namespace Minix.Build.Pipeline;

/// <summary>
/// Turns the addresses a faulting linux-run executable prints (<c>fault-ip:</c>, the faulting instruction of a
/// hardware fault, and <c>fault-stack:</c>, stack words that may be return addresses) into C# frames:
/// <c>at Namespace.Type.Method (File.cs:line)</c>, innermost first, without the runtime's and the run host's own
/// frames.
/// </summary>
/// <remarks>
/// The stack is scanned, not unwound: a stack word counts as a return address only if it lies in a method and
/// the instruction before it is a call. A stale return address left in an uninitialized slot can still slip in
/// below the real caller; the innermost frame is the reliable one. A method inlined into its caller shows as the
/// caller.
/// </remarks>
public static class FaultTrace
{
    /// <summary>The prefix of the line naming the faulting instruction.</summary>
    public const string InstructionPrefix = "fault-ip:";

    /// <summary>The prefix of the line listing candidate return addresses.</summary>
    public const string StackPrefix = "fault-stack:";

    /// <summary>The prefix of the line listing an exception's frames, exact code addresses innermost first (the
    /// unwinder recorded them, so no guessing is needed).</summary>
    public const string FramesPrefix = "fault-frames:";

    /// <summary>At most this many frames are described.</summary>
    public const int MaxFrames = 12;

    /// <summary>One C# frame.</summary>
    /// <param name="Method">The method, readable (<c>Namespace.Type.Method</c>).</param>
    /// <param name="File">The source file name, or null when the line table has no row for the address.</param>
    /// <param name="Line">The source line, or 0.</param>
    /// <param name="Repeats">How many more times the same frame follows directly (recursion).</param>
    public sealed record Frame(string Method, string? File, int Line, int Repeats)
    {
        /// <summary>The frame as the tool prints it.</summary>
        /// <returns><c>at Method (File.cs:line)</c>, with the repeat count if any.</returns>
        public override string ToString() =>
            "at " + Method + (File is null ? "" : " (" + File + ":" + Line.ToString(CultureInfo.InvariantCulture) + ")")
            + (Repeats > 0 ? " (and " + Repeats.ToString(CultureInfo.InvariantCulture) + " more times)" : "");
    }

    /// <summary>Whether a line of the executable's standard error is one of the trace lines.</summary>
    /// <param name="line">The line.</param>
    /// <returns>True for a <c>fault-ip:</c> or <c>fault-stack:</c> line.</returns>
    public static bool IsTraceLine(string line) =>
        line.StartsWith(InstructionPrefix, StringComparison.Ordinal) || line.StartsWith(StackPrefix, StringComparison.Ordinal)
        || line.StartsWith(FramesPrefix, StringComparison.Ordinal);

    /// <summary>The C# frames the trace lines in <paramref name="error"/> name.</summary>
    /// <param name="image">The executable that printed them.</param>
    /// <param name="error">Its standard error.</param>
    /// <returns>The frames, innermost first (empty without trace lines).</returns>
    public static IReadOnlyList<Frame> Describe(RunnableImage image, string error)
    {
        var lines = error.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var candidates = new List<(ulong Address, bool IsReturn)>();
        foreach (string line in lines.Where(l => l.StartsWith(InstructionPrefix, StringComparison.Ordinal)))
            candidates.AddRange(Addresses(line[InstructionPrefix.Length..]).Select(a => (a, false)));
        foreach (string line in lines.Where(l => l.StartsWith(FramesPrefix, StringComparison.Ordinal)))
            candidates.AddRange(Addresses(line[FramesPrefix.Length..]).Select(a => (a, false)));
        foreach (string line in lines.Where(l => l.StartsWith(StackPrefix, StringComparison.Ordinal)))
            candidates.AddRange(Addresses(line[StackPrefix.Length..]).Select(a => (a, true)));
        if (candidates.Count == 0)
            return Array.Empty<Frame>();

        SourceLineMap map = SourceLineMap.Read(ElfObjectReader.Read(image.ObjectPath), image.Image);
        var frames = new List<Frame>();
        foreach (var (address, isReturn) in candidates)
        {
            if (isReturn && !FollowsCall(image.Image, address))
                continue;
            MapEntry? function = image.Image.Symbols.FunctionAt(address);
            if (function is null || function.Size == 0 || IsInfrastructure(function.Name))
                continue;
            // A return address belongs to the line of the call just before it.
            SourceLine? row = map.Find(isReturn ? address - 1 : address);
            var frame = new Frame(CrashSymbols.Readable(function.Name), row is null ? null : Path.GetFileName(row.File), row?.Line ?? 0, 0);
            if (frames.Count > 0 && frames[^1] with { Repeats = 0 } == frame)
            {
                frames[^1] = frames[^1] with { Repeats = frames[^1].Repeats + 1 };
                continue;
            }

            if (frames.Count == MaxFrames)
                break;
            frames.Add(frame);
        }

        return frames;
    }

    /// <summary>The runtime's methods, the run host's and the linker's stubs: not what the user wants to see.</summary>
    private static bool IsInfrastructure(string symbol) =>
        symbol.StartsWith("Minix_Runtime_Minix_", StringComparison.Ordinal)
        || symbol.StartsWith("Minix_Runtime_System_", StringComparison.Ordinal)
        || symbol.StartsWith("Minix_Runtime_Internal_", StringComparison.Ordinal)
        || symbol.Contains("_MinixRunHost_Host__", StringComparison.Ordinal)
        || !symbol.Contains("__", StringComparison.Ordinal);

    private static IEnumerable<ulong> Addresses(string text)
    {
        foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.StartsWith("0x", StringComparison.Ordinal)
                && ulong.TryParse(word.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out ulong address))
                yield return address;
        }
    }

    /// <summary>Whether a call instruction (direct or indirect, 2 to 7 bytes) ends exactly at <paramref name="address"/>.</summary>
    private static bool FollowsCall(LinkedImage image, ulong address)
    {
        for (int length = 2; length <= 7; length++)
        {
            byte[] bytes;
            try
            {
                bytes = image.Read(address - (ulong)length, length);
            }
            catch (ArgumentOutOfRangeException)
            {
                continue;
            }

            var decoder = Decoder.Create(64, new ByteArrayCodeReader(bytes));
            decoder.IP = address - (ulong)length;
            Instruction instruction = decoder.Decode();
            if (instruction.Length == length && instruction.FlowControl is FlowControl.Call or FlowControl.IndirectCall)
                return true;
        }

        return false;
    }
}
