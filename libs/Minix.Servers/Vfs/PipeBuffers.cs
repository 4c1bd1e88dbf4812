using Minix.DriverKit;

namespace Minix.Servers.Vfs;

/// <summary>
/// The data of every pipe: a fixed number of ring buffers of <see cref="Capacity"/> bytes each, allocated at
/// start-up in VFS's own memory (MINIX keeps them in the pipe file system, PFS). Writers copy in from their grant,
/// readers copy out to theirs.
/// </summary>
internal sealed class PipeBuffers
{
    /// <summary>Bytes a pipe holds.</summary>
    public const int Capacity = 8192;

    /// <summary>Writes of at most this many bytes are atomic: never interleaved with another writer's (PIPE_BUF).</summary>
    public const int AtomicWrite = 4096;

    private readonly byte[] _memory;
    private readonly int[] _start;
    private readonly int[] _count;
    private readonly bool[] _used;

    public PipeBuffers(int pipes)
    {
        _memory = PinnedMemory.Allocate(pipes * Capacity);
        _start = new int[pipes];
        _count = new int[pipes];
        _used = new bool[pipes];
    }

    /// <summary>A free pipe, emptied, or -1.</summary>
    public int Allocate()
    {
        for (int i = 0; i < _used.Length; i++)
        {
            if (_used[i])
                continue;
            _used[i] = true;
            _start[i] = 0;
            _count[i] = 0;
            return i;
        }

        return -1;
    }

    public void Free(int pipe) => _used[pipe] = false;

    /// <summary>Bytes waiting to be read.</summary>
    public int Available(int pipe) => _count[pipe];

    /// <summary>Room for writing.</summary>
    public int Space(int pipe) => Capacity - _count[pipe];

    /// <summary>The next <paramref name="length"/> bytes waiting (at most <see cref="Available"/>), in up to two pieces.</summary>
    public void Waiting(int pipe, int length, out Span<byte> first, out Span<byte> second)
    {
        int start = _start[pipe];
        int head = Math.Min(length, Capacity - start);
        first = _memory.AsSpan((pipe * Capacity) + start, head);
        second = _memory.AsSpan(pipe * Capacity, length - head);
    }

    /// <summary>The next <paramref name="length"/> free bytes (at most <see cref="Space"/>), in up to two pieces.</summary>
    public void Free(int pipe, int length, out Span<byte> first, out Span<byte> second)
    {
        int end = (_start[pipe] + _count[pipe]) % Capacity;
        int head = Math.Min(length, Capacity - end);
        first = _memory.AsSpan((pipe * Capacity) + end, head);
        second = _memory.AsSpan(pipe * Capacity, length - head);
    }

    /// <summary>Removes <paramref name="length"/> read bytes.</summary>
    public void Consume(int pipe, int length)
    {
        _start[pipe] = (_start[pipe] + length) % Capacity;
        _count[pipe] -= length;
        if (_count[pipe] == 0)
            _start[pipe] = 0;
    }

    /// <summary>Adds <paramref name="length"/> written bytes.</summary>
    public void Produce(int pipe, int length) => _count[pipe] += length;
}
