using System.Globalization;

namespace Minix.Bench.Guest;

/// <summary>
/// The functions of one linked process (or the kernel), read from the <c>NAME.map</c> the image build writes beside the
/// image (<c>address size F|D name (origin)</c>), for naming the function an instruction address falls in.
/// </summary>
public sealed class FunctionMap
{
    private readonly (ulong Address, ulong Size, string Name)[] _functions;

    private FunctionMap((ulong, ulong, string)[] functions) => _functions = functions;

    /// <summary>Reads a map file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The map.</returns>
    public static FunctionMap Read(string path)
    {
        var functions = new List<(ulong Address, ulong Size, string Name)>();
        foreach (string line in File.ReadLines(path))
        {
            string[] words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 4 || words[2] != "F")
                continue;
            functions.Add((ulong.Parse(words[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture), ulong.Parse(words[1], CultureInfo.InvariantCulture), words[3]));
        }

        // Where two names share an address (an export alias of a C# method), keep the C# method's.
        return new FunctionMap([.. functions.OrderBy(f => f.Address).ThenBy(f => f.Name.Contains("__", StringComparison.Ordinal) ? 0 : 1).DistinctBy(f => f.Address)]);
    }

    /// <summary>The address of the function whose symbol ends with <paramref name="suffix"/>.</summary>
    /// <param name="suffix">The end of the symbol, such as <c>IpcBenchmark__TraceBegin</c>.</param>
    /// <returns>Its address.</returns>
    public ulong AddressOf(string suffix) =>
        _functions.FirstOrDefault(f => f.Name.EndsWith(suffix, StringComparison.Ordinal)).Address is ulong address and not 0
            ? address
            : throw new InvalidOperationException($"no function ending in {suffix} in the map");

    /// <summary>The function at <paramref name="address"/>, shortened to <c>Type.Method</c>, or its hex address.</summary>
    /// <param name="address">An instruction address.</param>
    /// <returns>The name.</returns>
    public string NameAt(ulong address)
    {
        int low = 0, high = _functions.Length - 1, found = -1;
        while (low <= high)
        {
            int middle = (low + high) / 2;
            if (_functions[middle].Address <= address)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        if (found < 0 || (_functions[found].Size != 0 && address >= _functions[found].Address + _functions[found].Size))
            return $"0x{address:x}";
        return Shorten(_functions[found].Name);
    }

    // ILC's names are Assembly_Namespace_Type__Method: keep Type.Method.
    private static string Shorten(string symbol)
    {
        int split = symbol.IndexOf("__", StringComparison.Ordinal);
        if (split <= 0)
            return symbol;
        string left = symbol[..split];
        return left[(left.LastIndexOf('_') + 1)..] + "." + symbol[(split + 2)..];
    }
}
