using System.Collections.Generic;
using System.IO;
using System.Linq;
using Minix.DriverKit.Analyzers;

namespace Minix.DriverKit.Inventory;

/// <summary>
/// Prints an inventory the way the paper's Sec. 3 analyses a driver: one row per kernel dependency (category,
/// functional class, symbol, uses, user-mode replacement), totals by category and by class, where each use is,
/// and the kernel calls the driver already makes instead.
/// </summary>
public static class DependencyTable
{
    /// <summary>Writes the table.</summary>
    /// <param name="inventory">The inventory.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(DependencyInventory inventory, TextWriter output)
    {
        output.WriteLine("Kernel dependencies of " + inventory.Subject + " (" + inventory.Source + "), by the categories of Herder et al., EDCC 2006, Sec. 3");
        output.WriteLine();
        var rows = inventory.Dependencies
            .GroupBy(d => (d.Category, d.Class, d.Symbol, d.Replacement))
            .OrderBy(g => g.Key.Category).ThenBy(g => g.Key.Class).ThenBy(g => g.Key.Symbol, System.StringComparer.Ordinal)
            .Select(g => new[] { g.Key.Category.ToString(), Classification.Describe(g.Key.Class), g.Count().ToString(System.Globalization.CultureInfo.InvariantCulture), g.Key.Symbol, g.Key.Replacement })
            .ToList();
        if (rows.Count == 0)
        {
            output.WriteLine("No kernel dependencies: the driver can run as a user-mode process.");
        }
        else
        {
            WriteColumns(output, new[] { "cat", "functional class", "uses", "symbol", "user-mode replacement" }, rows, rightAligned: 2);
        }

        output.WriteLine();
        output.WriteLine("By category: " + string.Join("  ", new[] { DependencyCategory.A, DependencyCategory.B, DependencyCategory.C, DependencyCategory.D, DependencyCategory.E }
            .Select(c => c + " " + inventory.Count(c))) + "  total " + inventory.Dependencies.Count);
        var classes = inventory.Dependencies.GroupBy(d => d.Class).OrderBy(g => g.Key).Select(g => Classification.Describe(g.Key) + " " + g.Count()).ToList();
        output.WriteLine("By functional class: " + (classes.Count == 0 ? "none" : string.Join(", ", classes)));

        if (inventory.Dependencies.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Where:");
            foreach (Dependency dependency in inventory.Dependencies)
                output.WriteLine("  " + dependency.Category + "  " + dependency.Location + "  " + dependency.Symbol);
        }

        output.WriteLine();
        if (inventory.KernelCalls.Count == 0)
        {
            output.WriteLine("Kernel calls made through the user-mode API: none.");
            return;
        }

        output.WriteLine("Kernel calls made through the user-mode API:");
        WriteColumns(
            output,
            new[] { "call", "functional class", "uses", "via" },
            inventory.KernelCalls.Select(k => new[] { k.Call, Classification.Describe(k.Class), k.Uses.ToString(System.Globalization.CultureInfo.InvariantCulture), k.Via }).ToList(),
            rightAligned: 2);
    }

    private static void WriteColumns(TextWriter output, string[] header, List<string[]> rows, int rightAligned)
    {
        var widths = new int[header.Length];
        for (int i = 0; i < header.Length; i++)
            widths[i] = System.Math.Max(header[i].Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length));
        WriteRow(output, header, widths, rightAligned);
        WriteRow(output, widths.Select(w => new string('-', w)).ToArray(), widths, rightAligned);
        foreach (string[] row in rows)
            WriteRow(output, row, widths, rightAligned);
    }

    private static void WriteRow(TextWriter output, string[] cells, int[] widths, int rightAligned)
    {
        var line = new System.Text.StringBuilder("  ");
        for (int i = 0; i < cells.Length; i++)
        {
            if (i > 0)
                line.Append("  ");
            line.Append(i == rightAligned ? cells[i].PadLeft(widths[i]) : i == cells.Length - 1 ? cells[i] : cells[i].PadRight(widths[i]));
        }

        output.WriteLine(line.ToString().TrimEnd());
    }
}
