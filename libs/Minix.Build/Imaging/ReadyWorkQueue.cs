using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace Minix.Build.Imaging;

/// <summary>
/// Work queued as soon as its inputs exist and run on one thread per core: an image build's ILC runs, each queued
/// when its project's C# compile ends, so ILC works while the other projects still compile.
/// </summary>
/// <remarks>
/// The threads are the queue's own, not the thread pool's: each item waits on a child process, and pool threads
/// blocked that way would starve the compiles that run on the pool meanwhile. Items run in the order they came.
/// </remarks>
/// <typeparam name="TItem">What one piece of work needs.</typeparam>
internal sealed class ReadyWorkQueue<TItem> : IDisposable
{
    private readonly BlockingCollection<(int Order, TItem Item)> _items = new();
    private readonly ConcurrentDictionary<int, Exception> _failures = new();
    private readonly Action<TItem> _work;
    private readonly Thread[] _workers;
    private volatile bool _abandoned;

    /// <summary>Starts the workers.</summary>
    /// <param name="name">The threads' name (seen in a debugger or a profile).</param>
    /// <param name="work">What each item is given to.</param>
    public ReadyWorkQueue(string name, Action<TItem> work)
    {
        _work = work;
        _workers = new Thread[Environment.ProcessorCount];
        for (int i = 0; i < _workers.Length; i++)
        {
            _workers[i] = new Thread(Work) { IsBackground = true, Name = name };
            _workers[i].Start();
        }
    }

    /// <summary>Queues an item.</summary>
    /// <param name="order">Its place among all items, for which failure <see cref="Finish"/> throws.</param>
    /// <param name="item">The item.</param>
    public void Add(int order, TItem item) => _items.Add((order, item));

    /// <summary>
    /// Waits for every item queued; a failure is thrown as itself, the first in order (so the same broken build names
    /// the same failure every time, as one item after another would).
    /// </summary>
    public void Finish()
    {
        _items.CompleteAdding();
        foreach (Thread worker in _workers)
            worker.Join();
        if (!_failures.IsEmpty)
            ExceptionDispatchInfo.Throw(_failures[_failures.Keys.Min()]);
    }

    /// <summary>Drops what has not started and waits for what has (nothing is left writing files), unless finished.</summary>
    public void Dispose()
    {
        if (!_items.IsAddingCompleted)
        {
            _abandoned = true;
            _items.CompleteAdding();
            foreach (Thread worker in _workers)
                worker.Join();
        }

        _items.Dispose();
    }

    private void Work()
    {
        foreach (var (order, item) in _items.GetConsumingEnumerable())
        {
            if (_abandoned)
                continue;
            try
            {
                _work(item);
            }
            catch (Exception e)
            {
                _failures[order] = e;
            }
        }
    }
}
