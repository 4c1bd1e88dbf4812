namespace Minix.Commands.Tests;

/// <summary>touch's -d, -t, -r, -a and -m beside GNU touch: the same files get the same times, and bad dates the same message and status.</summary>
public class TouchTimeTests
{
    [Theory]
    [InlineData("-d", "2001-02-03 04:05:06", "f")]
    [InlineData("--date=2001-02-03 04:05", "f", "new")]
    [InlineData("-d", "2001-02-03T04:05:06Z", "f")]
    [InlineData("-d", "2024-02-29", "f")]
    [InlineData("-d", "@1000000000", "f")]
    [InlineData("-d", "@-86400", "f")]
    [InlineData("-t", "200102030405.06", "f", "new")]
    [InlineData("-t", "0102030405", "f")]
    [InlineData("-t", "7001020304", "f")]
    [InlineData("-t", "02030405", "f")]
    [InlineData("-t", "201012312359.60", "f")]
    [InlineData("-t", "201002282359.60", "f")]
    [InlineData("-m", "-d", "2001-02-03", "f")]
    [InlineData("-a", "-t", "199912312359", "f")]
    [InlineData("-am", "-t", "199912312359", "f")]
    [InlineData("-r", "g", "f", "new")]
    [InlineData("--reference=g", "-m", "f")]
    [InlineData("-a", "-r", "g", "f")]
    [InlineData("-c", "-d", "2001-02-03", "nosuch", "f")]
    [InlineData("-f", "-d", "2001-02-03", "f")]
    [InlineData("-d", "2001-02-03 04:05:06 +01:00", "f")]
    [InlineData("-d", "2001-02-03 10pm yesterday", "f")]
    [InlineData("-d", "2001-01-31 1 month 2 hours ago", "f", "new")]
    [InlineData("--date=02/03/2001 04:05", "f")]
    public void Touch_sets_the_times_gnu_touch_sets(params string[] arguments) => Compare(arguments);

    [Theory]
    [InlineData("-d", "not a date", "f")]
    [InlineData("-d", "2001-02-30", "f")]
    [InlineData("-d", "2001-02-03 25:00", "f")]
    [InlineData("-t", "2001", "f")]
    [InlineData("-t", "200102300000", "f")]
    [InlineData("-t", "200102030405.6", "f")]
    [InlineData("-t", "20010203x405", "f")]
    [InlineData("-t", "201001010000.61", "f")]
    [InlineData("-t", "999999999999", "f")]
    [InlineData("-t", "1234567890123", "f")]
    [InlineData("-t", "99991231235959", "f")]
    [InlineData("-t", "12345678901234567890", "f")]
    [InlineData("-t", "200101010000", "-d", "2001-01-01", "f")]
    [InlineData("-t", "200101010000", "-r", "g", "f")]
    [InlineData("-r", "nosuch", "f")]
    [InlineData("-d", "2001-02-03")]
    [InlineData("-t")]
    public void Bad_times_are_refused_as_gnu_touch_refuses_them_and_no_file_changes(params string[] arguments) => Compare(arguments);

    /// <summary>Runs GNU touch and ours on two copies of the same files; the output, errors, status and every file's times must agree.</summary>
    private static void Compare(string[] arguments)
    {
        using var theirsBox = new Sandbox();
        using var oursBox = new Sandbox();
        TouchFiles.Populate(theirsBox);
        TouchFiles.Populate(oursBox);
        CommandRun theirs = Oracle.Theirs("touch", theirsBox.Path, arguments);
        CommandRun ours = Oracle.Ours("touch", oursBox.Path, arguments);
        string what = "touch " + string.Join(' ', arguments);
        Oracle.AssertSame(what, theirs, ours);
        foreach (string name in new[] { "f", "g", "new", "nosuch" })
        {
            string theirFile = Path.Combine(theirsBox.Path, name), ourFile = Path.Combine(oursBox.Path, name);
            Assert.True(File.Exists(theirFile) == File.Exists(ourFile), $"{what}: {name} exists after GNU touch: {File.Exists(theirFile)}, after ours: {File.Exists(ourFile)}");
            // every case that makes a file gives it explicit times, so no "now" is compared
            if (!File.Exists(theirFile))
                continue;
            Assert.True(Seconds(File.GetLastWriteTimeUtc(theirFile)) == Seconds(File.GetLastWriteTimeUtc(ourFile)),
                $"{what}: {name}'s modification time {File.GetLastWriteTimeUtc(ourFile):u}, GNU's {File.GetLastWriteTimeUtc(theirFile):u}");
            Assert.True(Seconds(File.GetLastAccessTimeUtc(theirFile)) == Seconds(File.GetLastAccessTimeUtc(ourFile)),
                $"{what}: {name}'s access time {File.GetLastAccessTimeUtc(ourFile):u}, GNU's {File.GetLastAccessTimeUtc(theirFile):u}");
        }
    }

    private static long Seconds(DateTime time) => new DateTimeOffset(time).ToUnixTimeSeconds();
}
