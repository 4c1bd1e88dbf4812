namespace Minix.Commands.Libc;

/// <summary>The "==> name &lt;==" headers head and tail print between files, a blank line before all but the first.</summary>
public sealed class FileHeaders
{
    private readonly bool _enabled;
    private bool _first = true;

    /// <summary>Headers on or off.</summary>
    /// <param name="enabled">Whether to print them.</param>
    public FileHeaders(bool enabled) => _enabled = enabled;

    /// <summary>Writes the header of <paramref name="operand"/> ("standard input" for "-"), if headers are on.</summary>
    /// <param name="output">The output.</param>
    /// <param name="operand">The file operand.</param>
    public void Write(OutputBuffer output, string operand)
    {
        if (!_enabled)
            return;
        output.Write((_first ? "" : "\n") + "==> " + (operand == "-" ? "standard input" : operand) + " <==\n");
        _first = false;
    }
}
