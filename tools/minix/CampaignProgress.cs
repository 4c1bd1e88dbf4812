using System.Globalization;
using Minix.Build.FaultInjection;

namespace Minix.Tool;

/// <summary>The campaign's live progress line: faults done, faults per second, outcome counts, time left.</summary>
/// <param name="toDo">Faults this run injects.</param>
/// <param name="previous">Rows a resumed campaign already has (counted in the outcomes).</param>
public sealed class CampaignProgress(int toDo, IReadOnlyList<IReadOnlyDictionary<string, string>> previous)
{
    private readonly Dictionary<FaultOutcome, int> _outcomes = Enum.GetValues<FaultOutcome>().ToDictionary(o => o, o => previous.Count(r => r["outcome"] == o.ToString()));
    private readonly bool _terminal = !Console.IsErrorRedirected;
    private int _ended;
    private int _recorded;
    private DateTime _shown = DateTime.MinValue;

    /// <summary>A fault's end line went by on the console.</summary>
    public void FaultEnded()
    {
        _ended++;
        if (_terminal && DateTime.UtcNow - _shown > TimeSpan.FromSeconds(0.5))
        {
            _shown = DateTime.UtcNow;
            Console.Error.Write($"\r  {_recorded + (_ended - _recorded)}/{toDo} faults  ");
        }
    }

    /// <summary>A fault's result went into the CSV.</summary>
    /// <param name="outcome">Its class.</param>
    public void Record(FaultOutcome outcome)
    {
        _outcomes[outcome]++;
        _recorded++;
        _ended = _recorded;
    }

    /// <summary>Faults per second so far in this run.</summary>
    /// <param name="elapsed">Time since the run began.</param>
    /// <returns>The rate.</returns>
    public double Rate(TimeSpan elapsed) => elapsed.TotalSeconds > 0 ? _recorded / elapsed.TotalSeconds : 0;

    /// <summary>Prints the progress line (over the last one on a terminal, a line per round otherwise).</summary>
    /// <param name="elapsed">Time since the run began.</param>
    /// <param name="final">Whether the campaign is done.</param>
    public void Show(TimeSpan elapsed, bool final)
    {
        double rate = Rate(elapsed);
        TimeSpan left = rate > 0 ? TimeSpan.FromSeconds((toDo - _recorded) / rate) : TimeSpan.Zero;
        string counts = string.Join(", ", _outcomes.Where(o => o.Value > 0).Select(o => $"{CampaignSummary.Name(o.Key)} {o.Value}"));
        string text = string.Create(CultureInfo.InvariantCulture, $"  {_recorded}/{toDo} faults, {rate:F2}/s, {counts}; {left:hh\\:mm\\:ss} left");
        if (_terminal)
            Console.Error.Write("\r" + text.PadRight(Console.IsErrorRedirected ? 0 : Math.Min(Console.BufferWidth - 1, 160)) + (final ? "\n" : ""));
        else
            Console.Error.WriteLine(text);
    }
}
