namespace Image.Tests;

/// <summary>
/// The terminal on the image: the terminal server drives COM1 as a terminal line, init runs /etc/rc with the console as
/// its standard descriptors and /etc/ttys' program in a session on the console, and what is typed at the serial
/// console goes through the line discipline to that program.
/// </summary>
public class TerminalImageTests(TerminalImageFixture boot) : IClassFixture<TerminalImageFixture>
{
    [Fact]
    public void Init_runs_etc_rc_with_the_console_as_standard_output()
    {
        Assert.True(boot.Output.Contains("ttytest: rc's standard output is the console"), boot.Transcript);
    }

    [Fact]
    public void A_line_typed_at_the_serial_console_is_echoed_and_read_whole_with_the_erased_character_gone()
    {
        Assert.True(boot.Prompted, "no prompt from ttytest\n" + boot.Transcript);
        // The mistake and its erasure (back, blank, back) are echoed as typed; the read waits for the newline, so the
        // two bursts arrive as one line.
        Assert.True(boot.Echo.Contains("hellx\b \bo, world"), boot.Transcript);
        Assert.True(boot.Echo.Contains("ttytest: read 13 bytes: [hello, world]"), boot.Transcript);
    }

    [Fact]
    public void Control_c_at_the_terminal_sends_sigint_to_its_foreground_process_group()
    {
        // The sleeping child dies of SIGINT's default action; its parent, in the same group, catches it once.
        Assert.True(boot.AfterInterrupt.Contains("^C"), boot.Transcript);
        Assert.True(boot.AfterInterrupt.Contains("ttytest: child ended by signal 2, parent's SIGINT handler ran 1 time(s)"), boot.Transcript);
        Assert.DoesNotContain("ttytest: child woke up", boot.Output);
    }

    [Fact]
    public void Dev_tty_is_the_sessions_terminal_and_control_d_on_an_empty_line_ends_input()
    {
        Assert.True(boot.AfterInterrupt.Contains("ttytest: written to /dev/tty, this session's terminal"), boot.Transcript);
        Assert.True(boot.AfterInterrupt.Contains("ttytest: the read at ^D returned 0"), boot.Transcript);
        Assert.True(boot.Halted, "the machine did not halt\n" + boot.Transcript);
    }

    [Fact]
    public void A_line_typed_on_the_pc_keyboard_is_echoed_on_the_vga_screen_and_read_by_the_pc_consoles_session()
    {
        string screen = string.Join("\n", boot.Screen);
        Assert.True(boot.ScreenPrompted, "no prompt on the VGA screen\n" + screen);
        Assert.Contains("Hello, VGA!", screen); // the echo, Shift included
        Assert.Contains("ttytest: read 12 bytes: [Hello, VGA!]", screen);
        Assert.DoesNotContain("Hello, VGA!", boot.Output); // the serial console's session saw none of it
    }
}
