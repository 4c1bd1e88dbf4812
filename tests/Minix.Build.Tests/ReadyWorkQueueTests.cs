using System.Threading;
using Minix.Build.Imaging;
using Xunit;

namespace Minix.Build.Tests;

/// <summary>The queue an image build's ILC runs go through as their compiles end.</summary>
public sealed class ReadyWorkQueueTests
{
    [Fact]
    public void Every_item_runs_and_the_failure_first_in_order_is_thrown_even_when_it_came_last()
    {
        var ran = new List<int>();
        using var queue = new ReadyWorkQueue<int>("test", item =>
        {
            // Item 3 fails after item 7 has: the failure thrown is still 3's, as one item after another would give.
            if (item == 3)
                Thread.Sleep(200);
            lock (ran)
                ran.Add(item);
            if (item is 3 or 7)
                throw new InvalidOperationException("item " + item);
        });
        foreach (int item in Enumerable.Range(0, 10))
            queue.Add(item, item);

        var e = Assert.Throws<InvalidOperationException>(queue.Finish);

        Assert.Equal("item 3", e.Message);
        Assert.Equal(Enumerable.Range(0, 10), ran.Order());
    }

    [Fact]
    public void Disposing_unfinished_drops_what_has_not_started_and_waits_for_what_has()
    {
        using var release = new ManualResetEventSlim();
        int started = 0, finished = 0;
        var queue = new ReadyWorkQueue<int>("test", _ =>
        {
            Interlocked.Increment(ref started);
            release.Wait();
            Thread.Sleep(50);
            Interlocked.Increment(ref finished);
        });
        for (int item = 0; item < Environment.ProcessorCount + 5; item++)
            queue.Add(item, item);
        SpinWait.SpinUntil(() => Volatile.Read(ref started) == Environment.ProcessorCount, TimeSpan.FromSeconds(10));

        // Released only once Dispose has begun (a build that failed elsewhere): the running items end, no more start.
        using var releaser = Task.Delay(300).ContinueWith(_ => release.Set());
        queue.Dispose();

        Assert.Equal(Environment.ProcessorCount, started);
        Assert.Equal(Environment.ProcessorCount, finished);
    }
}
