using System.Text;
using Minix.Build.Qemu;

namespace Minix.Build.Tests;

/// <summary>
/// The serial console's output as <c>minix boot --run</c> shows it: a piece of output is echoed before a waiter can see
/// it, so turning the echo off after a prompt leaves the transcript whole and in order.
/// </summary>
public sealed class SerialOutputTests
{
    [Fact]
    public void A_transcript_turned_off_at_the_prompt_holds_every_byte_before_the_prompt_even_when_the_echo_is_slow()
    {
        var transcript = new StringBuilder();
        void SlowEcho(ReadOnlyMemory<byte> piece)
        {
            // A terminal that takes its time: the waiter must not see the piece before it is written here.
            Thread.Sleep(200);
            lock (transcript)
                transcript.Append(Encoding.UTF8.GetString(piece.Span));
        }

        var output = new SerialOutput(SlowEcho);
        var console = new Thread(() =>
        {
            output.Append("# df\r\nF"u8);
            output.Append("ilesystem     1K-blocks\r\n# "u8);
        });
        console.Start();

        Assert.True(output.WaitFor(ShellConsole.EndsAtPrompt, TimeSpan.FromSeconds(10)));
        output.EchoTo(null);
        lock (transcript)
            transcript.Append("<off>");
        console.Join();

        Assert.Equal("# df\r\nFilesystem     1K-blocks\r\n# <off>", transcript.ToString());
    }

    [Fact]
    public void A_wait_ends_without_its_text_when_the_console_ends()
    {
        var output = new SerialOutput();
        output.Append("halted\r\n"u8);
        var console = new Thread(() =>
        {
            Thread.Sleep(100);
            output.End();
        });
        console.Start();

        Assert.False(output.WaitFor(text => text.Contains("# ", StringComparison.Ordinal), TimeSpan.FromSeconds(30)));
        Assert.True(output.Ended);
        Assert.Equal("halted\r\n", output.Since(0));
        console.Join();
    }

    [Fact]
    public void The_output_since_a_mark_is_the_text_after_it_and_a_mark_past_the_end_gives_nothing()
    {
        var output = new SerialOutput();
        output.Append("ab"u8);
        int mark = output.Length;
        output.Append("cd"u8);

        Assert.Equal("cd", output.Since(mark));
        Assert.Equal("", output.Since(10));
        Assert.True(output.WaitFor(text => text == "cd", TimeSpan.Zero, mark));
    }
}
