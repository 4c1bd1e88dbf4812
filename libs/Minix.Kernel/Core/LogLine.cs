namespace Minix.Kernel.Core;

/// <summary>
/// The kernel's log lines: a <see cref="Utf8Line"/> in a caller-supplied buffer (no allocation), written to the
/// console in one piece, so lines from different causes never interleave.
/// </summary>
[KernelInternal]
public static class LogLine
{
    /// <summary>Appends a process name.</summary>
    /// <param name="line">The line.</param>
    /// <param name="name">The name.</param>
    /// <returns>The line.</returns>
    public static Utf8Line Name(this Utf8Line line, scoped in ProcessName name) => line.Text(ProcessName.Bytes(name));

    /// <summary>Ends the line with a newline and writes it.</summary>
    /// <param name="line">The line.</param>
    /// <param name="machine">Where to write.</param>
    public static void WriteTo(this Utf8Line line, Machine machine) => machine.ConsoleWrite(line.Text("\n"u8).Written);
}
