using Iced.Intel;
using Minix.Build.Debugging;
using Minix.Build.Imaging;
using Minix.Build.Linking;

namespace Minix.Build.FaultInjection;

/// <summary>
/// Plans a fault-injection campaign over one driver's linked image: decodes every function of its symbol map with
/// Iced, sorts the instructions by the fault types they fit, and draws fault N of seed S from its own random numbers
/// (<see cref="FaultRandom"/>), so a plan, or any one fault of it, comes out the same every time.
/// </summary>
public sealed class FaultPlanner
{
    private const int Attempts = 64;

    private readonly LinkedImage _image;
    private readonly SourceLineMap? _lines;
    private readonly List<IReadOnlyList<FaultSite>> _functions = new();
    private readonly Dictionary<FaultType, List<(int Function, int Index)>> _candidates = new();

    /// <summary>Decodes the driver's code and finds the sites of every type.</summary>
    /// <param name="image">The driver's linked image (segments and symbol map).</param>
    /// <param name="lines">Its C# line table, or null.</param>
    public FaultPlanner(LinkedImage image, SourceLineMap? lines = null)
    {
        _image = image;
        _lines = lines;
        foreach (MapEntry function in image.Symbols.Entries.Where(e => e.Kind == SymbolKind.Function && e.Size > 0))
        {
            byte[] code;
            try
            {
                code = image.Read(function.Address, (int)function.Size);
            }
            catch (ArgumentException)
            {
                continue;
            }

            var decoder = Decoder.Create(64, new ByteArrayCodeReader(code));
            decoder.IP = function.Address;
            var sites = new List<FaultSite>();
            while (decoder.IP < function.Address + function.Size)
            {
                Instruction instruction = decoder.Decode();
                int offset = (int)(instruction.IP - function.Address);
                if (instruction.IsInvalid || offset + instruction.Length > code.Length)
                    break;
                sites.Add(new FaultSite(instruction, code.AsSpan(offset, instruction.Length).ToArray(), function.Name, sites.Count));
            }

            _functions.Add(sites);
        }

        foreach (FaultType type in Enum.GetValues<FaultType>())
        {
            var list = new List<(int, int)>();
            for (int f = 0; f < _functions.Count; f++)
            {
                for (int i = 0; i < _functions[f].Count; i++)
                {
                    if (FaultMutations.Fits(type, _functions[f], i))
                        list.Add((f, i));
                }
            }

            _candidates[type] = list;
        }
    }

    /// <summary>How many instructions fit each type.</summary>
    public IReadOnlyDictionary<FaultType, int> SiteCounts => _candidates.ToDictionary(c => c.Key, c => c.Value.Count);

    /// <summary>Fault <paramref name="number"/> of the campaign: its type is <paramref name="types"/>[number mod count], so every type gets its share.</summary>
    /// <param name="seed">The campaign seed.</param>
    /// <param name="number">The fault number.</param>
    /// <param name="types">The types the campaign injects.</param>
    /// <returns>The fault.</returns>
    /// <exception cref="InvalidOperationException">No instruction of the driver can take a fault of that type.</exception>
    public PlannedFault Plan(long seed, int number, IReadOnlyList<FaultType> types)
    {
        FaultType type = types[number % types.Count];
        List<(int Function, int Index)> candidates = _candidates[type];
        var random = new FaultRandom(seed, number);
        for (int attempt = 0; attempt < Attempts && candidates.Count > 0; attempt++)
        {
            var (function, index) = candidates[random.Below(candidates.Count)];
            byte[]? replacement = FaultMutations.Mutate(type, _functions[function], index, ref random);
            if (replacement is null)
                continue;
            FaultSite site = _functions[function][index];
            SourceLine? line = _lines?.Find(site.Instruction.IP);
            string source = line is null ? "" : Path.GetFileName(line.File) + ":" + line.Line;
            return new PlannedFault(number, type, site.Instruction.IP, site.Bytes, replacement, CrashSymbols.Readable(site.Function), source);
        }

        throw new InvalidOperationException($"no instruction of the driver takes a {type} fault ({candidates.Count} sites fit, none could be changed in place)");
    }

    /// <summary>Faults <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> - 1.</summary>
    /// <param name="seed">The campaign seed.</param>
    /// <param name="first">The first fault number.</param>
    /// <param name="count">How many.</param>
    /// <param name="types">The types.</param>
    /// <returns>The faults, in number order.</returns>
    public IReadOnlyList<PlannedFault> Plan(long seed, int first, int count, IReadOnlyList<FaultType> types) =>
        Enumerable.Range(first, count).Select(n => Plan(seed, n, types)).ToList();

    /// <summary>The image's bytes at a fault's address now (before injection they equal <see cref="PlannedFault.Original"/>).</summary>
    /// <param name="fault">The fault.</param>
    /// <returns>The bytes.</returns>
    public byte[] ImageBytes(PlannedFault fault) => _image.Read(fault.Address, fault.Original.Length);
}
