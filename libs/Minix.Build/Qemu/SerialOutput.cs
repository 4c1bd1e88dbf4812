using System.Text;
using System.Threading;

namespace Minix.Build.Qemu;

/// <summary>
/// What a guest has written to its serial console so far, kept as it arrives and passed on to an echo (a transcript on
/// the user's terminal) in the same step: a waiter that sees a byte in the output knows the echo has had it too. A
/// caller that waits for a prompt and then turns the echo off (<c>minix boot --run</c> before it types its own
/// <c>echo $?</c>) therefore never cuts the transcript short, nor writes between two halves of one piece of output.
/// </summary>
public sealed class SerialOutput
{
    private readonly List<byte> _bytes = new();
    private Action<ReadOnlyMemory<byte>>? _echo;
    private bool _ended;

    /// <summary>Starts empty, passing what comes to <paramref name="echo"/> (null: to nobody).</summary>
    /// <param name="echo">The receiver of each piece of output as it comes.</param>
    public SerialOutput(Action<ReadOnlyMemory<byte>>? echo = null) => _echo = echo;

    /// <summary>How many bytes have come so far.</summary>
    public int Length
    {
        get
        {
            lock (_bytes)
                return _bytes.Count;
        }
    }

    /// <summary>Whether the console has ended (<see cref="End"/> was called).</summary>
    public bool Ended
    {
        get
        {
            lock (_bytes)
                return _ended;
        }
    }

    /// <summary>Sends output to <paramref name="echo"/> from now on (null: to nobody); a piece being echoed is finished first.</summary>
    /// <param name="echo">The receiver.</param>
    public void EchoTo(Action<ReadOnlyMemory<byte>>? echo)
    {
        lock (_bytes)
            _echo = echo;
    }

    /// <summary>Adds a piece of output, echoes it, then wakes the waiters.</summary>
    /// <param name="piece">The bytes read from the console.</param>
    public void Append(ReadOnlySpan<byte> piece)
    {
        lock (_bytes)
        {
            _bytes.AddRange(piece);
            _echo?.Invoke(piece.ToArray());
            Monitor.PulseAll(_bytes);
        }
    }

    /// <summary>Marks the end of the output (the console closed) and wakes the waiters.</summary>
    public void End()
    {
        lock (_bytes)
        {
            _ended = true;
            Monitor.PulseAll(_bytes);
        }
    }

    /// <summary>The output from byte <paramref name="mark"/> on, as UTF-8 text.</summary>
    /// <param name="mark">A value of <see cref="Length"/>.</param>
    /// <returns>The text.</returns>
    public string Since(int mark)
    {
        lock (_bytes)
            return TextSince(mark);
    }

    /// <summary>
    /// Waits until the output from <paramref name="mark"/> on satisfies <paramref name="condition"/>, the output ends,
    /// <paramref name="giveUp"/> says so, or the time is up.
    /// </summary>
    /// <param name="condition">Tested on the output since the mark, at once and after each piece.</param>
    /// <param name="timeout">How long to wait.</param>
    /// <param name="mark">Where the output to test starts.</param>
    /// <param name="giveUp">Asked at least every 100 ms whether waiting on is pointless (null: never).</param>
    /// <returns>Whether the condition held.</returns>
    public bool WaitFor(Func<string, bool> condition, TimeSpan timeout, int mark = 0, Func<bool>? giveUp = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        lock (_bytes)
        {
            while (true)
            {
                if (condition(TextSince(mark)))
                    return true;
                if (clock.Elapsed >= timeout || _ended || giveUp?.Invoke() == true)
                    return false;
                Monitor.Wait(_bytes, TimeSpan.FromMilliseconds(100));
            }
        }
    }

    private string TextSince(int mark)
    {
        int start = Math.Clamp(mark, 0, _bytes.Count);
        return Encoding.UTF8.GetString(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_bytes)[start..]);
    }
}
