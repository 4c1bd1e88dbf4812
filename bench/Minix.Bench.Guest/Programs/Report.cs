using Minix.DriverKit;

namespace Minix.Bench.Guest;

/// <summary>Prints one result line, <c>bench: name value</c>, that the host harness parses.</summary>
internal static class Report
{
    public static void Line(ReadOnlySpan<byte> name, ulong value)
    {
        var line = new LogText(stackalloc byte[96]);
        line.Append("bench: "u8).Append(name).Append(" "u8).Append((long)value);
        Log.Write(line.Text);
    }
}
