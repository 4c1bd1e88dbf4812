namespace Minix.Commands.Tests;

/// <summary>
/// touch reads the clock only when the times it sets need it: run in this process with a clock the test controls
/// (one that fails the test when read, where no reading is wanted).
/// </summary>
public class TouchClockTests
{
    [Theory]
    [InlineData("-r")]
    [InlineData("--reference")]
    public void A_reference_file_gives_both_times_without_reading_the_clock(string option)
    {
        using var box = new Sandbox();
        (string f, string g) = TouchFiles.Populate(box);
        string[] args = option == "-r" ? ["-r", g, f] : [option + "=" + g, f];
        Assert.Equal(0, Minix.Commands.Touch.Touch.Run(args, UnreadClock));
        Assert.Equal(TouchFiles.ReferenceModified, File.GetLastWriteTimeUtc(f));
        Assert.Equal(TouchFiles.ReferenceAccessed, File.GetLastAccessTimeUtc(f));
    }

    [Theory]
    [InlineData("-d", "2001-02-03 04:05:06")]
    [InlineData("-t", "200102030405.06")]
    [InlineData("-t", "0102030405.06")]
    public void A_date_or_a_stamp_with_its_year_is_set_without_reading_the_clock(string option, string value)
    {
        using var box = new Sandbox();
        (string f, _) = TouchFiles.Populate(box);
        Assert.Equal(0, Minix.Commands.Touch.Touch.Run([option, value, f], UnreadClock));
        Assert.Equal(new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc), File.GetLastWriteTimeUtc(f));
    }

    [Fact]
    public void Both_times_to_now_are_left_to_the_file_system_without_reading_the_clock()
    {
        using var box = new Sandbox();
        (string f, _) = TouchFiles.Populate(box);
        DateTime before = DateTime.UtcNow.AddSeconds(-1);
        Assert.Equal(0, Minix.Commands.Touch.Touch.Run([f], UnreadClock));
        Assert.True(File.GetLastWriteTimeUtc(f) >= before, $"modification time {File.GetLastWriteTimeUtc(f):u}, not now");
    }

    [Fact]
    public void A_stamp_with_no_year_takes_the_year_from_the_clock()
    {
        using var box = new Sandbox();
        (string f, _) = TouchFiles.Populate(box);
        long midsummer2003 = new DateTimeOffset(2003, 6, 21, 12, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        Assert.Equal(0, Minix.Commands.Touch.Touch.Run(["-t", "02030405", f], () => midsummer2003));
        Assert.Equal(new DateTime(2003, 2, 3, 4, 5, 0, DateTimeKind.Utc), File.GetLastWriteTimeUtc(f));
    }

    [Theory]
    [InlineData("-m")]
    [InlineData("-a")]
    public void One_time_to_now_is_the_clocks_and_the_other_is_kept(string option)
    {
        using var box = new Sandbox();
        (string f, _) = TouchFiles.Populate(box);
        long clock = new DateTimeOffset(2003, 6, 21, 12, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        Assert.Equal(0, Minix.Commands.Touch.Touch.Run([option, f], () => clock));
        DateTime clockTime = DateTimeOffset.FromUnixTimeSeconds(clock).UtcDateTime;
        Assert.Equal(option == "-m" ? clockTime : TouchFiles.FileModified, File.GetLastWriteTimeUtc(f));
        Assert.Equal(option == "-a" ? clockTime : TouchFiles.FileAccessed, File.GetLastAccessTimeUtc(f));
    }

    private static long UnreadClock() => throw new Xunit.Sdk.XunitException("touch read the clock though its times did not need it");
}
