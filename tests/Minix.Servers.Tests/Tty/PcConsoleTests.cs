using Minix.Posix;
using Minix.Posix.Abi;
using Xunit.Abstractions;
using P = Minix.Posix.Posix;

namespace Minix.Servers.Tests.Tty;

/// <summary>The PC console: keys pressed on the PS/2 keyboard, text on the VGA screen and its hardware cursor.</summary>
public class PcConsoleTests(ITestOutputHelper output)
{
    [Fact]
    public void Keys_typed_on_the_keyboard_are_echoed_on_the_screen_and_read_as_a_line()
    {
        using var m = TerminalMachine.Boot(output.WriteLine, m =>
        {
            TerminalMachine.StartSession("tty0", () =>
            {
                P.Write(1, "# "u8);
                m.Log.Add("prompt");
                m.ReadAndLog();
            });
        });
        m.RunUntil(() => m.Log.Contains("prompt"));
        m.Settle();
        Assert.Equal("# ", m.Display.Row(0) + " ");
        Assert.Equal((0, 2), m.Display.Cursor);
        m.Keyboard.Type("Echo \"Hi\"!\n");
        m.Settle();
        Assert.Equal(["prompt", "read \"Echo \"Hi\"!\\x0a\""], m.Log);
        Assert.Equal("# Echo \"Hi\"!", m.Display.Row(0));
        Assert.Equal((1, 0), m.Display.Cursor);
    }

    [Fact]
    public void Ctrl_C_on_the_keyboard_interrupts_the_session_on_the_console()
    {
        using var m = TerminalMachine.Boot(output.WriteLine, m =>
        {
            long session = TerminalMachine.StartSession("tty0", () =>
            {
                m.Log.Add("reading");
                m.ReadAndLog();
            });
            P.WaitPid((int)session, out int status);
            m.Log.Add("signal " + WaitStatus.TerminatingSignal(status));
        });
        m.RunUntil(() => m.Log.Contains("reading"));
        m.Settle();
        m.Keyboard.Type("abc");
        m.Keyboard.Press('c', control: true);
        m.Settle();
        Assert.Equal(["reading", "signal 2"], m.Log);
        Assert.Equal("abc^C", m.Display.Row(0));
    }

    [Fact]
    public void The_screen_wraps_long_lines_scrolls_at_the_bottom_and_follows_cursor_and_erase_sequences()
    {
        using var m = TerminalMachine.Boot(output.WriteLine, m =>
        {
            TerminalMachine.StartSession("tty0", () =>
            {
                P.Write(1, "\u001b[2J\u001b[H"u8);
                for (int i = 1; i <= 30; i++)
                    P.Write(1, System.Text.Encoding.ASCII.GetBytes("line " + i + "\n"));
                P.Write(1, System.Text.Encoding.ASCII.GetBytes(new string('x', 85) + "\ttab"));
                P.Write(1, "\u001b[1;1Htop\u001b[K\rT"u8);
                P.GetWindowSize(1, out WindowSize size);
                m.Log.Add($"size {size.Rows}x{size.Columns}");
            });
        });
        m.RunUntil(() => m.Log.Count == 1);
        Assert.Equal(["size 25x80"], m.Log);
        Assert.Equal("Top", m.Display.Row(0));
        Assert.Equal("line 9", m.Display.Row(1)); // rows 1 .. 23 are lines 9 .. 30 after scrolling; 24 the long line
        Assert.Equal("line 30", m.Display.Row(22));
        Assert.Equal(new string('x', 80), m.Display.Row(23));
        Assert.Equal("xxxxx   tab", m.Display.Row(24));
        Assert.Equal((0, 1), m.Display.Cursor);
    }

    [Fact]
    public void Shift_caps_lock_alt_and_the_arrow_keys_type_what_a_terminal_expects()
    {
        using var m = TerminalMachine.Boot(output.WriteLine, m =>
        {
            TerminalMachine.StartSession("tty0", () =>
            {
                P.GetTerminalAttributes(0, out Termios t);
                t.MakeRaw();
                P.SetTerminalAttributes(0, TerminalChange.Now, t);
                m.Log.Add("raw");
                var all = new List<byte>();
                var buffer = new byte[64];
                while (all.Count < 11)
                {
                    long n = P.Read(0, buffer);
                    all.AddRange(buffer.AsSpan(0, (int)n).ToArray());
                }

                m.Log.Add(TerminalMachine.Escape(all.ToArray()));
            });
        });
        m.RunUntil(() => m.Log.Contains("raw"));
        m.Settle();
        m.Keyboard.ScanCodes(0x3A, 0xBA, 0x1E, 0x9E, 0x2A, 0x1E, 0x9E, 0xAA, 0x3A, 0xBA); // Caps Lock, a, Shift-a, Caps Lock off
        m.Keyboard.ScanCodes(0x38, 0x30, 0xB0, 0xB8); // Alt-b
        m.Keyboard.ScanCodes(0xE0, 0x48, 0xE0, 0xC8, 0xE0, 0x4B, 0xE0, 0xCB); // up, left
        m.Keyboard.ScanCodes(0x1D, 0x20, 0xA0, 0x9D); // Ctrl-d
        m.Settle();
        Assert.Equal(["raw", "Aa\\x1bb\\x1b[A\\x1b[D\\x04"], m.Log);
    }
}
