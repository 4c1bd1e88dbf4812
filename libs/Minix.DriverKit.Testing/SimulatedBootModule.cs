using System.Runtime.InteropServices;

namespace Minix.DriverKit.Testing;

/// <summary>
/// A boot data module of a simulated machine (an image project's <c>MinixBootModule</c>): named bytes in
/// "physical" memory that outlives every process, which a service whose system.conf says <c>mem NAME;</c> maps with
/// SYS_MAPPHYS. On the simulator physical memory is host memory, page-aligned, so the test can look at the bytes a
/// service left there (<see cref="Contents"/>), before and after the service restarts.
/// </summary>
public sealed unsafe class SimulatedBootModule : IDisposable
{
    private const int PageSize = 4096;
    private byte* _memory;

    internal SimulatedBootModule(string name, ReadOnlySpan<byte> contents)
    {
        Name = name;
        Length = (contents.Length + PageSize - 1) / PageSize * PageSize;
        if (Length == 0)
            Length = PageSize;
        _memory = (byte*)NativeMemory.AlignedAlloc((nuint)Length, PageSize);
        NativeMemory.Clear(_memory, (nuint)Length);
        contents.CopyTo(new Span<byte>(_memory, Length));
    }

    /// <summary>The module's name (what <c>mem</c> names).</summary>
    public string Name { get; }

    /// <summary>Its length in bytes: the file's, rounded up to whole pages, as the image builder places it.</summary>
    public int Length { get; }

    /// <summary>Its "physical" address (a host address, page-aligned).</summary>
    public ulong Physical => (ulong)_memory;

    /// <summary>The bytes as they are now.</summary>
    public Span<byte> Contents => _memory is null ? default : new Span<byte>(_memory, Length);

    /// <summary>Whether <paramref name="physical"/> .. + <paramref name="length"/> lies inside the module.</summary>
    internal bool Holds(ulong physical, ulong length) => physical >= Physical && length <= (ulong)Length && physical - Physical <= (ulong)Length - length;

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_memory is null)
            return;
        NativeMemory.AlignedFree(_memory);
        _memory = null;
    }
}
