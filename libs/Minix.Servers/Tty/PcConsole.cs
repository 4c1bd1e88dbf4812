namespace Minix.Servers.Tty;

/// <summary>The PC console as a terminal's device: output goes straight onto the VGA text screen (it never has to wait); the keyboard feeds the same line.</summary>
internal sealed class PcConsole(VgaScreen screen) : TerminalDevice
{
    /// <inheritdoc/>
    public override int Room => int.MaxValue;

    /// <inheritdoc/>
    public override int Rows => VgaScreen.Height;

    /// <inheritdoc/>
    public override int Columns => VgaScreen.Width;

    /// <inheritdoc/>
    public override void Put(byte b) => screen.Put(b);

    /// <inheritdoc/>
    public override void Flush() => screen.UpdateCursor();
}
