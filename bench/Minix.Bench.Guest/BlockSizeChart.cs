using ScottPlot;

namespace Minix.Bench.Guest;

/// <summary>
/// The paper's Fig. 3 for our file system: how many times faster a file is written with 8 KiB blocks than with
/// 1 KiB blocks, per transfer unit, on the RAM disk and the IDE disk, drawn as SVG and PNG.
/// </summary>
public static class BlockSizeChart
{
    /// <summary>The paper's reading of its Fig. 3: 8 KiB blocks write about three times as fast as 1 KiB blocks.</summary>
    public const double PaperRatio = 3;

    /// <summary>Draws the chart into <paramref name="pathWithoutExtension"/>.svg and .png.</summary>
    /// <param name="pathWithoutExtension">Where, without the extension.</param>
    /// <param name="units">The transfer units in bytes.</param>
    /// <param name="series">Each disk's ratio per unit (NaN where not measured).</param>
    public static void Write(string pathWithoutExtension, IReadOnlyList<int> units, IReadOnlyDictionary<string, double[]> series)
    {
        var plot = new Plot();
        // The units double from one to the next: plot them evenly (log2) and label them in KiB or MiB.
        double[] xs = [.. units.Select(u => Math.Log2(u))];
        foreach (var (name, ratios) in series)
        {
            double[] x = [.. xs.Where((_, i) => !double.IsNaN(ratios[i]))];
            double[] y = [.. ratios.Where(r => !double.IsNaN(r))];
            var line = plot.Add.Scatter(x, y);
            line.LegendText = name;
            line.LineWidth = 2;
            line.MarkerSize = 6;
        }

        var paper = plot.Add.HorizontalLine(PaperRatio);
        paper.LegendText = "the paper: about 3";
        paper.LinePattern = LinePattern.Dashed;
        var same = plot.Add.HorizontalLine(1);
        same.LegendText = "no difference";
        same.LinePattern = LinePattern.Dotted;

        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (int i = 0; i < units.Count; i++)
            ticks.AddMajor(xs[i], units[i] >= 1 << 20 ? $"{units[i] >> 20}M" : $"{units[i] >> 10}K");
        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.SetLimitsY(0, 4);
        plot.Title("Write throughput, 8 KiB blocks / 1 KiB blocks (MFS, -icount shift=0)");
        plot.XLabel("transfer unit (bytes per write)");
        plot.YLabel("8 KiB blocks / 1 KiB blocks");
        plot.ShowLegend(Alignment.UpperLeft);
        Directory.CreateDirectory(Path.GetDirectoryName(pathWithoutExtension)!);
        plot.SaveSvg(pathWithoutExtension + ".svg", 900, 480);
        plot.SavePng(pathWithoutExtension + ".png", 900, 480);
    }
}
