using Minix.Ipc;
using Minix.Kernel.Calls;
using Minix.Posix;
using Minix.Posix.Abi;
using Minix.Servers.Vfs;
using Xunit.Abstractions;
using P = Minix.Posix.Posix;

namespace Minix.Servers.Tests.Tty;

/// <summary>Sessions and the controlling terminal: signals from the keyboard, /dev/tty, readers from other sessions, settings through termios.</summary>
public class TerminalSessionTests(ITestOutputHelper output)
{
    private static string Describe(int status) =>
        WaitStatus.IsExited(status) ? "exited " + WaitStatus.ExitCode(status) : "killed by signal " + WaitStatus.TerminatingSignal(status);

    [Fact]
    public void Ctrl_C_kills_the_reader_in_the_session_and_its_cancelled_read_takes_no_input_from_the_next_one()
    {
        using var m = TerminalMachine.Boot(output.WriteLine, m =>
        {
            TerminalMachine.StartSession("ttyS0", () =>
            {
                P.IgnoreSignal(Signal.Interrupt); // the session leader stays, as a shell does
                long child = SimulatedForkOf(() =>
                {
                    P.DefaultSignal(Signal.Interrupt);
                    m.Log.Add("child reading");
                    m.ReadAndLog();
                });
                P.WaitPid((int)child, out int status);
                m.Log.Add("child " + Describe(status));
                m.ReadAndLog();
            });
        });
        m.RunUntil(() => m.Log.Contains("child reading"));
        m.Settle();
        m.Type("never finished\x03");
        m.Type("after\r");
        Assert.Equal(["child reading", "child killed by signal 2", "read \"after\\x0a\""], m.Log);
        Assert.Equal("never finished^Cafter\\x0d\\x0a", m.OutputSince(0));
    }

    [Fact]
    public void Ctrl_backslash_sends_SIGQUIT_and_with_ISIG_off_both_are_ordinary_bytes()
    {
        using var m = TerminalMachine.Boot(output.WriteLine, m =>
        {
            TerminalMachine.StartSession("ttyS0", () =>
            {
                P.IgnoreSignal(Signal.Quit);
                long child = SimulatedForkOf(() =>
                {
                    P.DefaultSignal(Signal.Quit);
                    m.Log.Add("child reading");
                    m.ReadAndLog();
                });
                P.WaitPid((int)child, out int status);
                m.Log.Add("child " + Describe(status));
                P.GetTerminalAttributes(0, out Termios t);
                t.LocalFlags &= ~TerminalLocalFlags.Signals;
                P.SetTerminalAttributes(0, TerminalChange.Now, t);
                m.Log.Add("signals off");
                m.ReadAndLog();
            });
        });
        m.RunUntil(() => m.Log.Contains("child reading"));
        m.Settle();
        m.Type("\x1c");
        m.RunUntil(() => m.Log.Contains("signals off"));
        m.Type("\x03\x1c\r");
        Assert.Equal(["child reading", "child killed by signal 3", "signals off", "read \"\\x03\\x1c\\x0a\""], m.Log);
    }

    [Fact]
    public void Dev_tty_is_the_controlling_terminal_and_a_process_without_one_gets_ENXIO()
    {
        using var m = TerminalMachine.Boot(output.WriteLine, m =>
        {
            m.Log.Add("no session: " + P.Open("/dev/tty"u8, OpenFlags.ReadWrite));
            TerminalMachine.StartSession("ttyS0", () =>
            {
                long fd = P.Open("/dev/tty"u8, OpenFlags.ReadWrite);
                m.Log.Add("open /dev/tty " + fd + ", isatty " + P.IsTerminal((int)fd));
                P.Write((int)fd, "through /dev/tty\n"u8);
                var buffer = new byte[64];
                long n = P.Read((int)fd, buffer);
                m.Log.Add("read " + n);
            });
        });
        m.RunUntil(() => m.Log.Count >= 2);
        m.Settle();
        m.Type("x\r");
        Assert.Equal(["no session: " + (long)Status.NoSuchDevice, "open /dev/tty 3, isatty 1", "read 2"], m.Log);
        Assert.Equal("through /dev/tty\\x0d\\x0ax\\x0d\\x0a", m.OutputSince(0));
    }

    [Fact]
    public void A_process_outside_the_session_cannot_read_its_terminal_but_may_write_to_it()
    {
        using var m = TerminalMachine.Boot(output.WriteLine, m =>
        {
            TerminalMachine.StartSession("ttyS0", () =>
            {
                m.Log.Add("session reading");
                m.ReadAndLog();
            });
            P.Sleep(100);
            long fd = P.Open("/dev/ttyS0"u8, OpenFlags.ReadWrite | OpenFlags.NoControllingTerminal);
            m.Log.Add("outsider read " + P.Read((int)fd, new byte[8]));
            m.Log.Add("outsider write " + P.Write((int)fd, "hi\n"u8));
        });
        m.RunUntil(() => m.Log.Count >= 3);
        m.Settle();
        m.Type("mine\r");
        Assert.Equal(["session reading", "outsider read " + (long)Status.IoError, "outsider write 3", "read \"mine\\x0a\""], m.Log);
    }

    [Fact]
    public void The_session_leader_ending_frees_the_terminal_for_the_next_session_with_the_default_settings()
    {
        using var m = TerminalMachine.Boot(output.WriteLine, m =>
        {
            long first = TerminalMachine.StartSession("ttyS0", () =>
            {
                P.GetTerminalAttributes(0, out Termios t);
                t.MakeRaw();
                m.Log.Add("first raw " + P.SetTerminalAttributes(0, TerminalChange.Now, t));
            });
            P.WaitPid((int)first, out _);
            TerminalMachine.StartSession("ttyS0", () =>
            {
                P.GetTerminalAttributes(0, out Termios t);
                m.Log.Add("second canonical " + ((t.LocalFlags & TerminalLocalFlags.Canonical) != 0) + ", echo " + ((t.LocalFlags & TerminalLocalFlags.Echo) != 0));
                m.ReadAndLog();
            });
        });
        m.RunUntil(() => m.Log.Count >= 2);
        m.Settle();
        m.Type("x\r");
        Assert.Equal(["first raw 0", "second canonical True, echo True", "read \"x\\x0a\""], m.Log);
    }

    [Fact]
    public void Termios_reads_back_what_was_set_and_non_terminals_say_ENOTTY()
    {
        using var m = TerminalMachine.Boot(output.WriteLine, m =>
        {
            TerminalMachine.StartSession("ttyS0", () =>
            {
                P.GetTerminalAttributes(0, out Termios t);
                Termios d = Termios.Defaults();
                m.Log.Add("defaults " + (Termios.AsBytes(ref t).SequenceEqual(Termios.AsBytes(ref d))));
                t.Characters[ControlCharacter.Erase] = 0x08;
                t.LocalFlags &= ~TerminalLocalFlags.Echo;
                m.Log.Add("set " + P.SetTerminalAttributes(0, TerminalChange.Flush, t));
                P.GetTerminalAttributes(0, out Termios back);
                m.Log.Add("erase " + back.Characters[ControlCharacter.Erase] + ", echo " + ((back.LocalFlags & TerminalLocalFlags.Echo) != 0));
                m.Log.Add("bad when " + P.SetTerminalAttributes(0, (TerminalChange)7, t));
                long file = P.Create("/tmp/plain"u8);
                m.Log.Add("file " + P.GetTerminalAttributes((int)file, out _) + ", isatty " + P.IsTerminal((int)file));
                P.Pipe(out int r, out int _);
                m.Log.Add("pipe " + P.GetTerminalAttributes(r, out _));
                m.Log.Add("unknown code " + P.IoControl(0, IoctlCode.Out('t', 200, 4), new byte[4]));
                m.Log.Add("tcgetpgrp " + P.IoControl(0, TerminalControl.GetProcessGroup, new byte[4]));
                m.Log.Add("short buffer " + P.IoControl(0, TerminalControl.GetAttributes, new byte[8]));
                P.GetWindowSize(0, out WindowSize size);
                m.Log.Add($"serial size {size.Rows}x{size.Columns}");
                m.ReadAndLog();
            });
        });
        m.RunUntil(() => m.Log.Count >= 9);
        m.Settle();
        m.Type("ab\bc\r");
        Assert.Equal(
        [
            "defaults True", "set 0", "erase 8, echo False", "bad when " + (long)Status.InvalidArgument,
            "file " + (long)Status.NotTerminal + ", isatty 0", "pipe " + (long)Status.NotTerminal,
            "unknown code " + (long)Status.NotTerminal, "tcgetpgrp " + (long)Status.NotTerminal, "short buffer " + (long)Status.InvalidArgument,
            "serial size 0x0", "read \"ac\\x0a\"",
        ], m.Log);
        Assert.Equal(string.Empty, m.OutputSince(0));
    }

    [Fact]
    public void Raw_mode_reads_without_waiting_for_a_line_and_VTIME_ends_a_read_with_nothing()
    {
        using var m = TerminalMachine.Boot(output.WriteLine, m =>
        {
            TerminalMachine.StartSession("ttyS0", () =>
            {
                P.GetTerminalAttributes(0, out Termios saved);
                Termios raw = saved;
                raw.MakeRaw();
                P.SetTerminalAttributes(0, TerminalChange.Now, raw);
                m.Log.Add("raw");
                m.ReadAndLog();
                raw.Characters[ControlCharacter.Minimum] = 0;
                raw.Characters[ControlCharacter.Time] = 5;
                P.SetTerminalAttributes(0, TerminalChange.Now, raw);
                P.Times(out ProcessTimes before);
                m.ReadAndLog();
                P.Times(out ProcessTimes after);
                m.Log.Add("waited " + ((after.Uptime - before.Uptime) * 10 / before.Hz) + " tenths");
                raw.Characters[ControlCharacter.Minimum] = 3;
                raw.Characters[ControlCharacter.Time] = 0;
                P.SetTerminalAttributes(0, TerminalChange.Now, raw);
                m.Log.Add("min 3");
                m.ReadAndLog();
                P.SetTerminalAttributes(0, TerminalChange.Now, saved);
                m.Log.Add("canonical again");
                m.ReadAndLog();
            });
        });
        m.RunUntil(() => m.Log.Contains("raw"));
        m.Settle();
        m.Type("q");
        m.RunUntil(() => m.Log.Contains("min 3"));
        m.Settle();
        m.Type("ab");
        Assert.Equal(5, m.Log.Count); // a raw read with VMIN 3 waits for the third byte
        m.Type("c");
        m.RunUntil(() => m.Log.Contains("canonical again"));
        m.Settle();
        m.Type("line\r");
        Assert.Equal(["raw", "read \"q\"", "read \"\"", "waited 5 tenths", "min 3", "read \"abc\"", "canonical again", "read \"line\\x0a\""], m.Log);
        Assert.Equal("line\\x0d\\x0a", m.OutputSince(0));
    }

    [Fact]
    public void A_non_blocking_read_with_nothing_typed_says_EAGAIN()
    {
        using var m = TerminalMachine.Boot(output.WriteLine, m =>
        {
            TerminalMachine.StartSession("ttyS0", () =>
            {
                long fd = P.Open("/dev/tty"u8, OpenFlags.ReadOnly | OpenFlags.NonBlocking);
                m.Log.Add("nothing " + P.Read((int)fd, new byte[8]));
            });
        });
        m.RunUntil(() => m.Log.Count == 1);
        Assert.Equal(["nothing " + (long)Status.TryAgain], m.Log);
    }

    private static long SimulatedForkOf(Action child) => DriverKit.Testing.SimulatedFork.Fork(() =>
    {
        child();
        P.Exit(0);
    });
}
