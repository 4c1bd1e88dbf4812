using System.Runtime.CompilerServices;
using Minix.Ipc;

namespace Minix.DriverKit;

/// <summary>
/// Messages a service received while it waited for its device (<see cref="Service.WaitForInterrupt(ulong, ulong, out ulong)"/>), kept in
/// arrival order for its loop to handle afterwards, as MINIX's libblockdriver keeps them in its message queue.
/// </summary>
/// <remarks>
/// The queue need not grow: a process has at most one message on its way to a given service at a time (SEND and
/// SENDREC block it until the message is taken), so <see cref="Capacity"/>, the number of process slots, is
/// enough; notifications are kept once per sender, since a second one from the same sender adds nothing.
/// </remarks>
internal sealed class DeferredMessages
{
    /// <summary>How many messages the queue holds: one per process slot.</summary>
    public const int Capacity = 128;

    private Slots _messages;
    private Statuses _how;
    private int _first;
    private int _count;

    /// <summary>Whether any message waits.</summary>
    public bool IsEmpty => _count == 0;

    /// <summary>Keeps a message; false if the queue is full (which the bound above rules out).</summary>
    /// <param name="message">The message.</param>
    /// <param name="how">How it was delivered.</param>
    /// <returns>True if kept (or an equal notification is already kept).</returns>
    public bool Add(in Message message, IpcStatus how)
    {
        if (how.IsNotify)
        {
            for (int i = 0; i < _count; i++)
            {
                int at = (_first + i) % Capacity;
                if (_how[at].IsNotify && _messages[at].Source == message.Source)
                    return true;
            }
        }

        if (_count == Capacity)
            return false;
        int slot = (_first + _count) % Capacity;
        _messages[slot] = message;
        _how[slot] = how;
        _count++;
        return true;
    }

    /// <summary>Takes the oldest message.</summary>
    /// <param name="message">The message.</param>
    /// <param name="how">How it was delivered.</param>
    /// <returns>False if none waits.</returns>
    public bool TryTake(ref Message message, out IpcStatus how)
    {
        how = default;
        if (_count == 0)
            return false;
        message = _messages[_first];
        how = _how[_first];
        _first = (_first + 1) % Capacity;
        _count--;
        return true;
    }

    [InlineArray(Capacity)]
    private struct Slots
    {
        private Message _element0;
    }

    [InlineArray(Capacity)]
    private struct Statuses
    {
        private IpcStatus _element0;
    }
}
