namespace Minix.Commands.Tests;

/// <summary>
/// touch reads the clock only when the times it sets need it: run in this process with a clock the test controls
/// (one that fails the test when read, where no reading is wanted).
/// </summary>
public class TouchClockTests
{
    private static readonly DateTime ReferenceAccessed = new(2005, 6, 7, 8, 9, 10, DateTimeKind.Utc);
    private static readonly DateTime ReferenceModified = new(2004, 3, 2, 1, 0, 59, DateTimeKind.Utc);
    private static readonly DateTime FileAccessed = new(2010, 5, 6, 7, 8, 9, DateTimeKind.Utc);
    private static readonly DateTime FileModified = new(2011, 1, 2, 3, 4, 5, DateTimeKind.Utc);

    [Theory]
    [InlineData("-r")]
    [InlineData("--reference")]
    public void A_reference_file_gives_both_times_without_reading_the_clock(string option)
    {
        using var box = new Sandbox();
        (string f, string g) = Populate(box);
        string[] args = option == "-r" ? ["-r", g, f] : [option + "=" + g, f];
        Assert.Equal(0, Minix.Commands.Touch.Touch.Run(args, UnreadClock));
        Assert.Equal(ReferenceModified, File.GetLastWriteTimeUtc(f));
        Assert.Equal(ReferenceAccessed, File.GetLastAccessTimeUtc(f));
    }

    [Theory]
    [InlineData("-d", "2001-02-03 04:05:06")]
    [InlineData("-t", "200102030405.06")]
    [InlineData("-t", "0102030405.06")]
    public void A_date_or_a_stamp_with_its_year_is_set_without_reading_the_clock(string option, string value)
    {
        using var box = new Sandbox();
        (string f, _) = Populate(box);
        Assert.Equal(0, Minix.Commands.Touch.Touch.Run([option, value, f], UnreadClock));
        Assert.Equal(new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc), File.GetLastWriteTimeUtc(f));
    }

    [Fact]
    public void Both_times_to_now_are_left_to_the_file_system_without_reading_the_clock()
    {
        using var box = new Sandbox();
        (string f, _) = Populate(box);
        DateTime before = DateTime.UtcNow.AddSeconds(-1);
        Assert.Equal(0, Minix.Commands.Touch.Touch.Run([f], UnreadClock));
        Assert.True(File.GetLastWriteTimeUtc(f) >= before, $"modification time {File.GetLastWriteTimeUtc(f):u}, not now");
    }

    [Fact]
    public void A_stamp_with_no_year_takes_the_year_from_the_clock()
    {
        using var box = new Sandbox();
        (string f, _) = Populate(box);
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
        (string f, _) = Populate(box);
        long clock = new DateTimeOffset(2003, 6, 21, 12, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        Assert.Equal(0, Minix.Commands.Touch.Touch.Run([option, f], () => clock));
        DateTime clockTime = DateTimeOffset.FromUnixTimeSeconds(clock).UtcDateTime;
        Assert.Equal(option == "-m" ? clockTime : FileModified, File.GetLastWriteTimeUtc(f));
        Assert.Equal(option == "-a" ? clockTime : FileAccessed, File.GetLastAccessTimeUtc(f));
    }

    private static long UnreadClock() => throw new Xunit.Sdk.XunitException("touch read the clock though its times did not need it");

    private static (string File, string Reference) Populate(Sandbox box)
    {
        string f = box.Write("f", "keep\n"), g = box.Write("g", "reference\n");
        File.SetLastWriteTimeUtc(f, FileModified);
        File.SetLastAccessTimeUtc(f, FileAccessed);
        File.SetLastWriteTimeUtc(g, ReferenceModified);
        File.SetLastAccessTimeUtc(g, ReferenceAccessed);
        return (f, g);
    }
}
