using Minix.Kernel.Grants;
using Minix.Posix.Abi;

namespace Minix.Posix;

// Terminals: ioctl, tcgetattr, tcsetattr and the window size (isatty is with the file calls).
public static unsafe partial class Posix
{
    /// <summary>ioctl(2): a device-specific request whose code (<see cref="IoctlCode"/>) says which way the data goes.</summary>
    /// <param name="fd">The descriptor.</param>
    /// <param name="request">The request code, e.g. <see cref="TerminalControl.GetAttributes"/>.</param>
    /// <param name="data">The request's data: at least the size the code names.</param>
    /// <returns>The driver's value (0 for most requests), or -errno: ENOTTY when the descriptor is not a terminal
    /// (or not a device), EINVAL when <paramref name="data"/> is smaller than the code's size.</returns>
    public static long IoControl(int fd, uint request, Span<byte> data)
    {
        if (data.Length < IoctlCode.Size(request))
            return (long)Ipc.Status.InvalidArgument;
        fixed (byte* b = data)
            return DescriptorCall(FileSystemProtocol.IoControl, fd, b == null ? (byte*)1 : b, data.Length, GrantFlags.Read | GrantFlags.Write, command: (int)request);
    }

    /// <summary>tcgetattr(3).</summary>
    /// <param name="fd">A terminal's descriptor.</param>
    /// <param name="termios">Its settings.</param>
    /// <returns>0, or -errno (ENOTTY if it is not a terminal).</returns>
    public static long GetTerminalAttributes(int fd, out Termios termios)
    {
        termios = default;
        return IoControl(fd, TerminalControl.GetAttributes, Termios.AsBytes(ref termios));
    }

    /// <summary>tcsetattr(3).</summary>
    /// <param name="fd">A terminal's descriptor.</param>
    /// <param name="when">When the settings take effect.</param>
    /// <param name="termios">The settings.</param>
    /// <returns>0, or -errno (ENOTTY, or EINVAL for an unknown <paramref name="when"/>).</returns>
    public static long SetTerminalAttributes(int fd, TerminalChange when, Termios termios)
    {
        uint request = when switch
        {
            TerminalChange.Now => TerminalControl.SetAttributes,
            TerminalChange.Drain => TerminalControl.SetAttributesDrain,
            TerminalChange.Flush => TerminalControl.SetAttributesFlush,
            _ => 0,
        };
        return request == 0 ? (long)Ipc.Status.InvalidArgument : IoControl(fd, request, Termios.AsBytes(ref termios));
    }

    /// <summary>The terminal's size in characters (TIOCGWINSZ).</summary>
    /// <param name="fd">A terminal's descriptor.</param>
    /// <param name="size">Its rows and columns.</param>
    /// <returns>0, or -errno.</returns>
    public static long GetWindowSize(int fd, out WindowSize size)
    {
        size = default;
        fixed (WindowSize* s = &size)
            return IoControl(fd, TerminalControl.GetWindowSize, new Span<byte>(s, WindowSize.Size));
    }

    /// <summary>Sets the terminal's size in characters (TIOCSWINSZ); its foreground gets SIGWINCH if it changed.</summary>
    /// <param name="fd">A terminal's descriptor.</param>
    /// <param name="size">The new size.</param>
    /// <returns>0, or -errno.</returns>
    public static long SetWindowSize(int fd, WindowSize size) => IoControl(fd, TerminalControl.SetWindowSize, new Span<byte>(&size, WindowSize.Size));
}
