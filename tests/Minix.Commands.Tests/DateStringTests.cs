using Minix.Commands.Libc;

namespace Minix.Commands.Tests;

/// <summary>date -d's dates, and -I, -R and --rfc-3339's formats, beside GNU date's (TZ=UTC, as CommandRun sets).</summary>
public class DateStringTests
{
    [Theory]
    [InlineData("-d", "@0")]
    [InlineData("-d", "@86400")]
    [InlineData("-d", "@-1.5", "+%s.%N")]
    [InlineData("--date=@1234567890.123456789", "+%s %N")]
    [InlineData("-d", "2026-12-07")]
    [InlineData("-d", "2026-12-07 10:20:30")]
    [InlineData("-d", "2026-12-07T10:20:30Z")]
    [InlineData("-d", "2026-12-07 10:20:30 +01:00")]
    [InlineData("-d", "2026-12-07 10:20:30+0100", "+%F %T")]
    [InlineData("-d", "2026-12-07 10:20:30.25 -05:30", "+%s.%N")]
    [InlineData("-d", "2026-12-07 10:20 UTC")]
    [InlineData("-d", "2026-12-07 10pm")]
    [InlineData("-d", "2026-12-07 12am")]
    [InlineData("-d", "2026-12-07 yesterday")]
    [InlineData("-d", "2026-12-07 tomorrow")]
    [InlineData("-d", "2026-01-31 +1 month")]
    [InlineData("-d", "2024-02-29 1 year")]
    [InlineData("-d", "2026-12-07 3 days ago")]
    [InlineData("-d", "2026-12-07 10:20 next week")]
    [InlineData("-d", "2026-12-07 last year")]
    [InlineData("-d", "2026-12-07 fortnight ago")]
    [InlineData("-d", "2026-12-07 1 hour ago 30 minutes")]
    [InlineData("-d", "2026-12-07 10:20 -2 hours")]
    [InlineData("-d", "2026-12-07 friday")]
    [InlineData("-d", "12/07/2026 10:20")]
    [InlineData("-d", "26-12-07")]
    [InlineData("-ud", "  2026-12-07   NEXT Month  ")]
    [InlineData("-d", "", "+%F %T")]
    [InlineData("-d", " ", "+%T")]
    public void Date_reads_a_date_as_gnu_date_does(params string[] arguments) => Same(arguments);

    [Theory]
    [InlineData("-d", "xyz")]
    [InlineData("-d", "2026-02-30")]
    [InlineData("-d", "2026-12-07 25:00")]
    [InlineData("-d", "2026-12-07 ago")]
    [InlineData("-d", "2026-12-07 2026-12-08")]
    [InlineData("-d", "@1x")]
    [InlineData("-d")]
    [InlineData("-d", "@0", "-r", "f")]
    [InlineData("-d", "10:20 10:30")]
    public void Date_refuses_what_gnu_date_refuses(params string[] arguments) => Same(arguments);

    [Theory]
    [InlineData("-I", "-d", "@1796635230")]
    [InlineData("-Idate", "-d", "@1796635230")]
    [InlineData("-Ihours", "-d", "@1796635230")]
    [InlineData("-Im", "-d", "@1796635230")]
    [InlineData("--iso-8601=seconds", "-d", "@1796635230")]
    [InlineData("--iso-8601=ns", "-d", "@1796635230.5")]
    [InlineData("--iso", "-d", "@0")]
    [InlineData("-R", "-d", "@1796635230")]
    [InlineData("--rfc-email", "-d", "2026-12-07 10:20:30 +01:00")]
    [InlineData("--rfc-3339=date", "-d", "@1796635230")]
    [InlineData("--rfc-3339=s", "-d", "@1796635230")]
    [InlineData("--rfc-3339=ns", "-d", "@1796635230.000000007")]
    [InlineData("-Ix")]
    [InlineData("--iso-8601=")]
    [InlineData("--rfc-3339")]
    [InlineData("--rfc-3339=x")]
    [InlineData("-I", "-R")]
    [InlineData("-I", "+%s")]
    [InlineData("-Id", "--iso-8601")]
    [InlineData("-R", "--rfc-3339=date")]
    [InlineData("-I", "-r", "f")]
    public void Date_writes_iso_rfc_email_and_rfc_3339_formats_as_gnu_date_does(params string[] arguments) => Same(arguments);

    /// <summary>Dates from the present: ours must fall between two runs of GNU's, made before and after it.</summary>
    [Theory]
    [InlineData("now")]
    [InlineData("today")]
    [InlineData("yesterday")]
    [InlineData("tomorrow")]
    [InlineData("2 days ago")]
    [InlineData("1 month ago 3 hours")]
    [InlineData("next month")]
    [InlineData("-3 weeks")]
    [InlineData("+5 min")]
    [InlineData("sec ago")]
    [InlineData("10:20")]
    [InlineData("10pm")]
    [InlineData("monday")]
    [InlineData("next monday")]
    [InlineData("last sunday")]
    [InlineData("this fri")]
    [InlineData("next tues")]
    [InlineData("12/07")]
    public void Date_reads_a_date_from_the_present_as_gnu_date_does(string date)
    {
        using var box = new Sandbox();
        long before = long.Parse(Oracle.Theirs("date", box.Path, ["-d", date, "+%s"]).OutputText);
        CommandRun ours = Oracle.Ours("date", box.Path, ["-d", date, "+%s"]);
        long after = long.Parse(Oracle.Theirs("date", box.Path, ["-d", date, "+%s"]).OutputText);
        Assert.True(ours.ExitCode == 0, ours.ErrorText);
        Assert.InRange(long.Parse(ours.OutputText), before, after);
    }

    /// <summary>
    /// Random dates (a calendar date, maybe a time with seconds, a fraction and a zone, relative items and words, blanks
    /// and case), some malformed: GNU date -f reads them all at once, ours in this process; the moments, and which are
    /// refused, must agree.
    /// </summary>
    [Fact]
    public void Date_reads_random_dates_as_gnu_date_does()
    {
        var random = new Random(20261207);
        var dates = new List<string>();
        for (int i = 0; i < 3000; i++)
            dates.Add(RandomDate(random));
        using var box = new Sandbox();
        box.Write("dates", string.Concat(dates.Select(d => d + "\n")));
        CommandRun gnu = Oracle.Theirs("date", box.Path, ["-f", "dates", "+%s.%N"]);
        var ourLines = new List<string>();
        var ourRefusals = new List<string>();
        foreach (string date in dates)
        {
            if (DateString.TryParse(date, () => throw new InvalidOperationException("the clock was read for " + date), out long seconds, out long nanoseconds))
                ourLines.Add($"{seconds}.{nanoseconds:D9}");
            else
                ourRefusals.Add("date: invalid date " + Quoting.CStyle(date));
        }

        string[] gnuLines = gnu.OutputText.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string[] gnuRefusals = gnu.ErrorText.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var onlyGnu = gnuRefusals.Except(ourRefusals).Take(5);
        var onlyOurs = ourRefusals.Except(gnuRefusals).Take(5);
        Assert.True(!onlyGnu.Any() && !onlyOurs.Any(), "refused by GNU only:\n" + string.Join('\n', onlyGnu) + "\nrefused by ours only:\n" + string.Join('\n', onlyOurs));
        for (int i = 0, line = 0; i < dates.Count; i++)
        {
            if (ourRefusals.Contains("date: invalid date " + Quoting.CStyle(dates[i])))
                continue;
            Assert.True(gnuLines[line] == ourLines[line], $"{dates[i]}: GNU {gnuLines[line]}, ours {ourLines[line]}");
            line++;
        }

        Assert.Equal(gnuLines.Length, ourLines.Count);
        Assert.True(ourRefusals.Count < dates.Count / 3, "too few of the random dates are well formed to test much: " + ourRefusals.Count);
    }

    private static string RandomDate(Random random)
    {
        string Pick(params string[] choices) => choices[random.Next(choices.Length)];
        string Case(string word) => random.Next(4) switch { 0 => word.ToUpperInvariant(), 1 => char.ToUpperInvariant(word[0]) + word[1..], _ => word };
        int year = random.Next(10) == 0 ? random.Next(0, 100) : random.Next(1900, 2100);
        int month = random.Next(20) == 0 ? random.Next(0, 14) : random.Next(1, 13);
        int day = random.Next(20) == 0 ? random.Next(29, 33) : random.Next(1, 29);
        var items = new List<string>();
        string date = random.Next(6) == 0 ? $"{month:D2}/{day:D2}/{year:D4}" : year < 100 ? $"{year:D2}-{month:D2}-{day:D2}" : $"{year:D4}-{month:D2}-{day:D2}";
        string? time = null;
        if (random.Next(3) > 0)
        {
            int hour = random.Next(30) == 0 ? 24 : random.Next(24);
            time = random.Next(8) == 0 ? $"{hour % 12 + 1}{Pick("am", "pm", " AM", "p.m.")}"
                : $"{hour:D2}:{random.Next(60):D2}" + (random.Next(2) == 0 ? $":{random.Next(60):D2}" : "") + (random.Next(5) == 0 ? "." + random.Next(1, 999999) : "");
            if (random.Next(3) == 0)
                time += Pick("Z", " UTC", " gmt", "+01:00", " -05:30", "+0200", " +3", "-1100", " +14:00");
        }

        if (time is not null && random.Next(4) == 0 && !date.Contains('/') && !time.Contains(' ') && time.Contains(':'))
            items.Add(date + "T" + time);
        else
        {
            items.Add(date);
            if (time is not null)
                items.Add(time);
        }

        for (int n = random.Next(4); n > 0; n--)
        {
            string unit = Pick("year", "month", "fortnight", "week", "day", "hour", "minute", "min", "second", "sec");
            items.Add(random.Next(6) switch
            {
                0 => Case(Pick("yesterday", "tomorrow", "today", "now")),
                1 => Case(Pick("next", "last", "this")) + " " + unit,
                2 => $"{Pick("", "+", "-", "+ ")}{random.Next(0, 400)} {unit}{Pick("", "s")}",
                3 => $"{random.Next(1, 40)} {Case(unit)}s ago",
                4 => Case(unit),
                _ => Pick("ago", "xyz", "1", "+1 parsec", "mon", "10:20"),
            });
        }

        // a date first, as GNU's own clock is not ours; the other items in any order, with blanks of any width
        var rest = items.Skip(1).OrderBy(_ => random.Next()).ToList();
        return Pick("", " ", "  ") + string.Join(Pick(" ", "  ", "\t"), items.Take(1).Concat(rest)) + Pick("", " ");
    }

    private static void Same(string[] arguments)
    {
        using var box = new Sandbox();
        box.Write("f", "");
        Oracle.Same("date", box.Path, arguments);
    }
}
