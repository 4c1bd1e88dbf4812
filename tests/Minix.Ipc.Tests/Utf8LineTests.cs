using System.Text;

namespace Minix.Ipc.Tests;

/// <summary>Utf8Line's printable form of text from a process: it stays on one line and says what was in it.</summary>
public class Utf8LineTests
{
    [Theory]
    [InlineData("hello\n", "hello")]
    [InlineData("a\nb\n", "a\\nb")]
    [InlineData("a\r\n", "a\\r")]
    [InlineData("tab\tkept", "tab\tkept")]
    [InlineData("\u001b[2Jclear", "\\x1b[2Jclear")]
    [InlineData("nul\0del\u007f", "nul\\x00del\\x7f")]
    [InlineData("é ok", "é ok")]
    [InlineData("\n\n", "\\n")]
    [InlineData("", "")]
    public void Printable_text_keeps_to_one_line_with_its_control_bytes_escaped(string text, string expected)
    {
        Span<byte> buffer = stackalloc byte[64];
        var line = new Utf8Line(buffer).Text("p: "u8).Printable(Encoding.UTF8.GetBytes(text));
        Assert.Equal("p: " + expected, Encoding.UTF8.GetString(line.Written));
    }

    [Fact]
    public void Printable_text_past_the_buffers_end_is_dropped()
    {
        Span<byte> buffer = stackalloc byte[6];
        var line = new Utf8Line(buffer).Printable("ab\ncdef"u8);
        Assert.Equal("ab\\ncd", Encoding.UTF8.GetString(line.Written));
    }
}
