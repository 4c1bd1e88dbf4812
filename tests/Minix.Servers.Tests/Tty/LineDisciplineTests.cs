using System.Text;
using Minix.Posix.Abi;
using Xunit.Abstractions;
using P = Minix.Posix.Posix;

namespace Minix.Servers.Tests.Tty;

/// <summary>The line discipline on the serial line of the simulated machine: what a program reads and what the terminal shows while a user types.</summary>
public class LineDisciplineTests(ITestOutputHelper output)
{
    /// <summary>A session on ttyS0 that logs every read until end of file.</summary>
    private TerminalMachine ReadingSession(int count = 256, Action? before = null) => TerminalMachine.Boot(output.WriteLine, m =>
    {
        TerminalMachine.StartSession("ttyS0", () =>
        {
            before?.Invoke();
            m.Log.Add("ready");
            while (true)
            {
                var buffer = new byte[count];
                long n = P.Read(0, buffer);
                m.Log.Add(n <= 0 ? "read " + n : "read \"" + TerminalMachine.Escape(buffer.AsSpan(0, (int)n)) + "\"");
                if (n <= 0)
                    break;
            }
        });
    });

    [Fact]
    public void A_canonical_read_waits_for_the_whole_line_which_is_echoed_with_CR_NL()
    {
        using var m = ReadingSession();
        m.RunUntil(() => m.Log.Contains("ready"));
        m.Settle();
        m.Type("hello");
        Assert.Equal(["ready"], m.Log);
        Assert.Equal("hello", m.OutputSince(0));
        m.Type(" world\r");
        Assert.Equal(["ready", "read \"hello world\\x0a\""], m.Log);
        Assert.Equal("hello world\\x0d\\x0a", m.OutputSince(0));
    }

    [Fact]
    public void Erase_takes_back_characters_and_their_echo_kill_takes_back_the_line_and_a_line_end_cannot_be_erased()
    {
        using var m = ReadingSession();
        m.RunUntil(() => m.Log.Contains("ready"));
        m.Type("helo\u007f\u007fllo\r");
        int mark = m.Serial.Transmitted.Count;
        m.Type("junk\u0015next\r\u007f\u007f");
        Assert.Equal(["ready", "read \"hello\\x0a\"", "read \"next\\x0a\""], m.Log);
        string back(int n) => string.Concat(Enumerable.Repeat("\\x08 \\x08", n));
        Assert.Equal("helo" + back(2) + "llo\\x0d\\x0a", TerminalMachine.Escape(m.Serial.Transmitted.Take(mark).ToArray()));
        Assert.Equal("junk" + back(4) + "next\\x0d\\x0a", m.OutputSince(mark));
    }

    [Fact]
    public void Word_erase_takes_back_a_word_and_the_blanks_after_it_and_a_tab_its_columns()
    {
        using var m = ReadingSession();
        m.RunUntil(() => m.Log.Contains("ready"));
        m.Type("ab\tcd ef  \u0017\u0017x\u007f\u007fz\r");
        Assert.Equal(["ready", "read \"abz\\x0a\""], m.Log);
        // "ab" then a tab to column 8 (6 columns), "cd ef  "; ^W takes "ef  " (4), ^W "cd " (3); x and its erase; the tab's 6 columns.
        string back(int n) => string.Concat(Enumerable.Repeat("\\x08 \\x08", n));
        Assert.Equal("ab\\x09cd ef  " + back(4) + back(3) + "x" + back(1) + back(6) + "z\\x0d\\x0a", m.OutputSince(0));
    }

    [Fact]
    public void Control_characters_echo_as_caret_letter_and_literal_next_makes_the_erase_character_data()
    {
        using var m = ReadingSession();
        m.RunUntil(() => m.Log.Contains("ready"));
        m.Type("a\u0001\u0016\u007f\u0016\u0015b\r");
        Assert.Equal(["ready", "read \"a\\x01\\x7f\\x15b\\x0a\""], m.Log);
        Assert.Equal("a^A^\\x08^?^\\x08^Ub\\x0d\\x0a", m.OutputSince(0));
    }

    [Fact]
    public void End_of_file_on_an_empty_line_reads_0_and_after_text_ends_the_line_without_a_newline()
    {
        using var m = ReadingSession();
        m.RunUntil(() => m.Log.Contains("ready"));
        m.Type("partial\x04");
        m.Type("\x04");
        Assert.Equal(["ready", "read \"partial\"", "read 0"], m.Log);
        Assert.Equal("partial", m.OutputSince(0));
    }

    [Fact]
    public void A_read_smaller_than_the_line_gets_it_in_pieces_and_typed_ahead_lines_wait_their_turn()
    {
        using var m = ReadingSession(count: 4);
        m.RunUntil(() => m.Log.Contains("ready"));
        m.Type("abcdefghij\rsecond\r");
        Assert.Equal(["ready", "read \"abcd\"", "read \"efgh\"", "read \"ij\\x0a\"", "read \"seco\"", "read \"nd\\x0a\""], m.Log);
    }

    [Fact]
    public void An_erase_takes_back_a_whole_UTF8_character()
    {
        using var m = ReadingSession();
        m.RunUntil(() => m.Log.Contains("ready"));
        m.Type(Encoding.UTF8.GetBytes("caf\u00e9\u20ac\u007f\u007fe\r"));
        Assert.Equal(["ready", "read \"cafe\\x0a\""], m.Log);
    }

    [Fact]
    public void A_64_KiB_line_is_cut_at_the_queue_with_one_bell_and_the_next_line_reads_normally()
    {
        using var m = ReadingSession(count: 8192);
        m.RunUntil(() => m.Log.Contains("ready"));
        var line = new byte[65536];
        for (int i = 0; i < line.Length; i++)
            line[i] = (byte)('a' + (i % 26));
        m.Type(line, ticks: 3000);
        m.Type("\rnext\r");
        Assert.True(m.Log.Count == 3, string.Join("\n", m.Log.Select(l => l.Length > 200 ? l[..100] + "..." + l[^100..] + " (" + l.Length + ")" : l)));
        string first = m.Log[1];
        Assert.Equal(6 + 4095 + 4 + 1, first.Length); // read "...\x0a": 4095 letters and the newline
        Assert.EndsWith("\\x0a\"", first);
        Assert.Equal("read \"next\\x0a\"", m.Log[2]);
        Assert.Equal(1, m.Serial.Transmitted.Count(b => b == 0x07));
    }

    [Fact]
    public void Binary_input_is_delivered_byte_for_byte_in_raw_mode_and_nothing_hangs()
    {
        var received = new List<byte>();
        using var m = TerminalMachine.Boot(output.WriteLine, m =>
        {
            TerminalMachine.StartSession("ttyS0", () =>
            {
                P.GetTerminalAttributes(0, out Termios t);
                t.MakeRaw();
                m.Log.Add("raw " + P.SetTerminalAttributes(0, TerminalChange.Now, t));
                var buffer = new byte[512];
                while (received.Count < 256)
                {
                    long n = P.Read(0, buffer);
                    if (n <= 0)
                        break;
                    received.AddRange(buffer.AsSpan(0, (int)n).ToArray());
                }

                m.Log.Add("got " + received.Count);
            });
        });
        m.RunUntil(() => m.Log.Contains("raw 0"));
        m.Type(Enumerable.Range(0, 256).Select(i => (byte)i).ToArray());
        Assert.Equal(["raw 0", "got 256"], m.Log);
        Assert.Equal(Enumerable.Range(0, 256).Select(i => (byte)i), received);
        Assert.Empty(m.Serial.Transmitted); // no echo in raw mode
    }

    [Fact]
    public void In_raw_mode_64_KiB_arriving_at_once_all_reach_a_slow_reader_because_the_serial_line_holds_input_back()
    {
        var received = new List<byte>();
        using var m = TerminalMachine.Boot(output.WriteLine, m =>
        {
            TerminalMachine.StartSession("ttyS0", () =>
            {
                P.GetTerminalAttributes(0, out Termios t);
                t.MakeRaw();
                P.SetTerminalAttributes(0, TerminalChange.Now, t);
                m.Log.Add("raw");
                var buffer = new byte[1000];
                while (received.Count < 65536)
                {
                    P.Sleep(10);
                    long n = P.Read(0, buffer);
                    if (n <= 0)
                        break;
                    received.AddRange(buffer.AsSpan(0, (int)n).ToArray());
                }

                m.Log.Add("got " + received.Count);
            });
        });
        m.RunUntil(() => m.Log.Contains("raw"));
        byte[] data = Enumerable.Range(0, 65536).Select(i => (byte)(i * 7)).ToArray();
        m.Serial.Receive(data);
        m.RunUntil(() => m.Log.Count == 2, seconds: 120);
        Assert.Equal(["raw", "got 65536"], m.Log);
        Assert.Equal(data, received);
    }

    [Fact]
    public void Binary_input_in_canonical_mode_is_read_as_lines_with_the_special_characters_acted_on()
    {
        using var m = ReadingSession(count: 1024);
        m.RunUntil(() => m.Log.Contains("ready"));
        // every byte but the ones that erase, kill, signal, end the file or literal-next, then a line end
        byte[] special = [0x03, 0x04, 0x0A, 0x0D, 0x12, 0x15, 0x16, 0x17, 0x1C, 0x7F];
        byte[] data = Enumerable.Range(0, 256).Select(i => (byte)i).Where(b => !special.Contains(b)).ToArray();
        m.Type([.. data, (byte)'\r']);
        Assert.Equal(2, m.Log.Count);
        Assert.Equal("read \"" + TerminalMachine.Escape([.. data, (byte)'\n']) + "\"", m.Log[1]);
    }
}
