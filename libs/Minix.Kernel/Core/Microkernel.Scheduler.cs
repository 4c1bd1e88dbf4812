using System.Numerics;

namespace Minix.Kernel.Core;

public sealed partial class Microkernel
{
    /// <summary>Number of ready queues; 0 is the highest priority.</summary>
    public const int ReadyQueues = 16;

    /// <summary>The lowest queue a process that keeps using its whole quantum sinks to.</summary>
    public const int LowestQueue = ReadyQueues - 1;

    /// <summary>The longest quantum a process may have, in ticks.</summary>
    public const int MaxQuantum = 1000;

    private readonly Process?[] _readyHead = new Process?[ReadyQueues];
    private uint _readyQueues; // bit q set: queue q is not empty, so picking needs no scan

    /// <summary>The process that was running when the kernel was entered (the caller of a trap).</summary>
    public Process? Running { get; private set; }

    /// <summary>Ticks since boot.</summary>
    public ulong Uptime { get; private set; }

    /// <summary>
    /// Chooses what runs next: the head of the highest non-empty ready queue, or the idle task. The arch layer
    /// resumes it; it becomes <see cref="Running"/>.
    /// </summary>
    /// <returns>The process to run.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public Process PickNext()
    {
        return Running = _readyQueues == 0 ? IdleTask : _readyHead[BitOperations.TrailingZeroCount(_readyQueues)]!;
    }

    /// <summary>Puts a runnable process at the end of its queue, unless it is in it already.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] private void Ready(Process process)
    {
        if (!process.IsRunnable || process.IsTask)
            return;
        ref Process? link = ref _readyHead[process.Priority];
        while (link is not null && link != process)
            link = ref link.NextReady;
        if (link is null)
        {
            process.NextReady = null;
            link = process;
            _readyQueues |= 1u << process.Priority;
        }
    }

    /// <summary>Takes a process off its ready queue because it blocked or died; a blocked process regains its full priority.</summary>
    private void Unready(Process process)
    {
        Dequeue(process);
        process.Priority = process.MaxPriority;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] private void Dequeue(Process process)
    {
        for (ref Process? link = ref _readyHead[process.Priority]; link is Process queued; link = ref queued.NextReady)
        {
            if (queued != process)
                continue;
            link = process.NextReady;
            process.NextReady = null;
            if (_readyHead[process.Priority] is null)
                _readyQueues &= ~(1u << process.Priority);
            return;
        }
    }

    /// <summary>
    /// Charges one tick to the running process. When its quantum is used up it goes to the back of the line, one
    /// queue lower: a process stuck in an endless loop sinks below everything that blocks now and then, which keeps
    /// the system responsive (the paper's answer to a looping driver).
    /// </summary>
    private void ChargeTick()
    {
        Process? running = Running;
        if (running is null || running.IsTask || !running.IsRunnable)
            return;
        running.UserTicks++;
        if (--running.TicksLeft > 0)
            return;
        running.TicksLeft = running.Quantum;
        Dequeue(running);
        running.Priority = Math.Min(running.Priority + 1, LowestQueue);
        Ready(running);
    }
}
