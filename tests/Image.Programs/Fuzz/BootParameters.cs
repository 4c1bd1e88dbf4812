using Minix.Ipc;
using Minix.Kernel.Calls;

namespace Image.Programs.Fuzz;

/// <summary>Reads <c>name=number</c> words from the kernel command line (SYS_GETINFO BootParameters).</summary>
internal static class BootParameters
{
    /// <summary>The value of <paramref name="name"/> (e.g. <c>"fuzz.seed="</c>), or <paramref name="fallback"/> if absent or not a number.</summary>
    public static ulong Number(scoped ReadOnlySpan<byte> name, ulong fallback)
    {
        Span<byte> line = stackalloc byte[256];
        if (Sys.GetInfo(InfoRequest.BootParameters, Endpoint.Self, line, out int length) != Status.Ok)
            return fallback;
        line = line.Slice(0, length);
        for (int start = 0; start + name.Length <= line.Length; start++)
        {
            if ((start > 0 && line[start - 1] != (byte)' ') || !line.Slice(start, name.Length).SequenceEqual(name))
                continue;
            ulong value = 0;
            int digits = 0;
            for (int i = start + name.Length; i < line.Length && line[i] >= (byte)'0' && line[i] <= (byte)'9'; i++, digits++)
                value = value * 10 + (ulong)(line[i] - (byte)'0');
            return digits > 0 ? value : fallback;
        }

        return fallback;
    }
}
