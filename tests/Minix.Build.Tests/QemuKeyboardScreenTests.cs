using Minix.Build.Qemu;
using Xunit;

namespace Minix.Build.Tests;

/// <summary>The host side of driving the PC console in QEMU: characters to the keys that type them, VGA text cells to rows.</summary>
public class QemuKeyboardScreenTests
{
    [Theory]
    [InlineData('a', "a", false)]
    [InlineData('A', "a", true)]
    [InlineData('!', "1", true)]
    [InlineData(',', "comma", false)]
    [InlineData('"', "apostrophe", true)]
    [InlineData('\n', "ret", false)]
    [InlineData(' ', "spc", false)]
    public void A_character_is_typed_by_its_key_on_the_us_layout_with_shift_where_it_needs_it(char c, string key, bool shift)
    {
        Assert.Equal((key, shift), QemuKeys.Of(c));
    }

    [Fact]
    public void A_character_no_key_types_is_refused_with_its_code_point()
    {
        var e = Assert.Throws<ArgumentException>(() => QemuKeys.Of('é'));
        Assert.Contains("U+00E9", e.Message);
    }

    [Fact]
    public void Text_cells_become_rows_without_trailing_blanks_and_non_ascii_shows_as_a_question_mark()
    {
        var cells = new byte[VgaText.Columns * VgaText.Height * 2];
        void Put(int row, int column, string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                cells[((row * VgaText.Columns) + column + i) * 2] = (byte)text[i];
                cells[(((row * VgaText.Columns) + column + i) * 2) + 1] = 0x07;
            }
        }

        Put(0, 0, "$ ls   ");
        Put(24, 78, "ok");
        cells[VgaText.Columns * 2] = 0xDB; // a block, code page 437

        string[] rows = VgaText.Text(cells);

        Assert.Equal(VgaText.Height, rows.Length);
        Assert.Equal("$ ls", rows[0]);
        Assert.Equal("?", rows[1]);
        Assert.Equal(new string(' ', 78) + "ok", rows[24]);
        Assert.Equal("", rows[2]);
    }
}
