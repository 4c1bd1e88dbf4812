using System.Collections.Generic;
using System.Linq;
using Minix.DriverKit.Analyzers;

namespace Minix.DriverKit.Inventory;

/// <summary>One kernel dependency of a driver: what it uses, where, and what replaces it in user mode.</summary>
/// <param name="Category">The paper's category, A to E.</param>
/// <param name="Class">The functional class.</param>
/// <param name="Symbol">The kernel symbol (or physical address, or other driver's member) depended on.</param>
/// <param name="Replacement">What a user-mode driver uses instead.</param>
/// <param name="Location">Where: file(line,column) for a project, Type.Method for an assembly.</param>
public sealed record Dependency(DependencyCategory Category, FunctionalClass Class, string Symbol, string Replacement, string Location);

/// <summary>A kernel call the driver already makes through the user-mode API (a method marked [UsesKernelCall]).</summary>
/// <param name="Call">The call's name, e.g. DEVIO.</param>
/// <param name="Class">Its functional class.</param>
/// <param name="Via">The method that makes it, e.g. Minix.DriverKit.DevIo.OutByte.</param>
/// <param name="Uses">How many call sites.</param>
public sealed record KernelCallUse(string Call, FunctionalClass Class, string Via, int Uses)
{
    /// <summary>Counts one call site of a method that makes kernel call <paramref name="number"/>.</summary>
    /// <param name="counts">The counts so far.</param>
    /// <param name="number">The kernel call's number.</param>
    /// <param name="via">The method, e.g. Minix.DriverKit.DevIo.OutByte.</param>
    public static void Count(Dictionary<(int Number, string Via), int> counts, int number, string via) =>
        counts[(number, via)] = counts.TryGetValue((number, via), out int count) ? count + 1 : 1;

    /// <summary>Turns counted call sites into rows, ordered by functional class, call and method.</summary>
    /// <param name="counts">The counts.</param>
    /// <returns>The rows.</returns>
    public static IReadOnlyList<KernelCallUse> Rows(Dictionary<(int Number, string Via), int> counts) =>
        counts.Select(p => new KernelCallUse(KernelCallScan.KernelCallName(p.Key.Number), Classification.Of((Minix.Kernel.Calls.KernelCall)p.Key.Number), p.Key.Via, p.Value))
            .OrderBy(k => k.Class).ThenBy(k => k.Call, System.StringComparer.Ordinal).ThenBy(k => k.Via, System.StringComparer.Ordinal)
            .ToList();
}
