using Minix.Commands.Libc;

namespace Minix.Commands.Tests;

/// <summary>date's week numbers (%U, %W, %V, %G, %g) and nanoseconds (%N) as GNU date writes them.</summary>
public class DateFormatTests
{
    private const string Weeks = "+%F %a|%U|%W|%V|%G|%g|%-V|%_U|%Y";

    /// <summary>The first and last days of years that start on each day of the week, leap years among them.</summary>
    private static IEnumerable<DateTime> YearEnds()
    {
        for (int year = 1999; year <= 2012; year++)
        {
            foreach (var (month, day) in new[] { (1, 1), (1, 2), (1, 3), (1, 4), (1, 5), (1, 7), (1, 8), (6, 30), (12, 25), (12, 28), (12, 29), (12, 30), (12, 31) })
                yield return new DateTime(year, month, day, 12, 0, 0, DateTimeKind.Utc);
        }
    }

    [Fact]
    public void Date_writes_week_numbers_and_the_iso_year_of_a_files_time_as_coreutils_does()
    {
        using var box = new Sandbox();
        string file = box.Write("f", "");
        foreach (DateTime day in YearEnds().Where((_, i) => i % 3 == 0).Append(new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc)).Append(new DateTime(99, 3, 4, 0, 0, 0, DateTimeKind.Utc)))
        {
            File.SetLastWriteTimeUtc(file, day);
            Oracle.Same("date", box.Path, ["-r", "f", Weeks]);
        }

        foreach (string format in new[] { "+%N", "+%3N|%-N|%_N|%-3N|%_3N|%12N|%0N|%1N", "+%s.%N", "+%5N%" })
            Oracle.Same("date", box.Path, ["-r", "f", format]);
    }

    [Fact]
    public void Date_formats_week_numbers_and_nanoseconds_as_gnu_date_does()
    {
        // GNU date reads "@seconds.nanoseconds" lines with -f; ours formats the same moments through CivilTime
        var moments = new List<(long Seconds, long Nanoseconds)>();
        long[] fractions = [0, 1, 500_000_000, 123_456_700, 999_999_999, 10, 120_000_000];
        int n = 0;
        foreach (DateTime day in YearEnds())
            moments.Add((new DateTimeOffset(day).ToUnixTimeSeconds(), fractions[n++ % fractions.Length]));
        using var box = new Sandbox();
        box.Write("moments", string.Concat(moments.Select(m => $"@{m.Seconds}.{m.Nanoseconds:D9}\n")));
        foreach (string format in new[] { Weeks, "+%N|%3N|%-N|%_N|%-3N|%_3N|%12N|%_12N|%-12N|%0N|%03N|%1N|%^N|%10N" })
        {
            CommandRun gnu = Oracle.Theirs("date", box.Path, ["-f", "moments", format]);
            Assert.Equal(0, gnu.ExitCode);
            string ours = string.Concat(moments.Select(m => CivilTime.FromUnix(m.Seconds, m.Nanoseconds).Format(format[1..]) + "\n"));
            Assert.Equal(gnu.OutputText, ours);
        }
    }

    [Fact]
    public void Date_writes_flags_widths_modifiers_and_unknown_directives_as_gnu_date_does()
    {
        // Random directives (flags, widths, E and O, colons, every letter), each written by GNU date and by ours for
        // moments whose fields have one digit and two, mornings and evenings, a year of five digits and one before 1970
        var moments = new List<long> { 0, 1_700_000_000, 946_684_799, 1_234_567_890, 253_402_300_800, -86_400 * 400, 1_000_000_000, 1_583_020_800 };
        var random = new Random(2026_12_07);
        for (int i = 0; i < 12; i++)
            moments.Add(random.NextInt64(-2_000_000_000L, 4_000_000_000L));
        const string Conversions = "aAbBcCdDeFgGhHIjklmMNpPqrRsStTuUVwWxXyYzZ%:EOQfiJK+-_0^#"; // not n: a newline would split the lines compared
        var formats = new List<string>();
        for (int f = 0; f < 30; f++)
        {
            var format = new System.Text.StringBuilder("+");
            for (int k = 0; k < 24; k++)
            {
                format.Append('%');
                for (int flags = random.Next(4) == 0 ? random.Next(1, 3) : 0; flags > 0; flags--)
                    format.Append("_-0+^#"[random.Next(6)]);
                if (random.Next(3) == 0)
                    format.Append(random.Next(random.Next(2) == 0 ? 4 : 13));
                if (random.Next(4) == 0)
                    format.Append(random.Next(2) == 0 ? 'E' : 'O');
                if (random.Next(8) == 0)
                    format.Append(':', random.Next(1, 5));
                format.Append(Conversions[random.Next(Conversions.Length)]);
                format.Append('|');
            }

            formats.Add(format.ToString());
        }

        // GNU reads "@-5.25" as 5.25 s before 1970, so a moment before 1970 has no fraction here
        static long Fraction(long m) => m < 0 ? 0 : (m & 0x3FFFFFFF) % 1_000_000_000;
        using var box = new Sandbox();
        box.Write("moments", string.Concat(moments.Select(m => $"@{m}.{Fraction(m):D9}\n")));
        foreach (string format in formats)
        {
            CommandRun gnu = Oracle.Theirs("date", box.Path, ["-u", "-f", "moments", format]);
            Assert.Equal(0, gnu.ExitCode);
            string[] lines = gnu.OutputText.Split('\n');
            string[] directives = format[1..].Split('|');
            for (int m = 0; m < moments.Count; m++)
            {
                string[] theirs = lines[m].Split('|');
                string[] ours = CivilTime.FromUnix(moments[m], Fraction(moments[m])).Format(format[1..]).Split('|');
                for (int k = 0; k < directives.Length; k++)
                    Assert.True(theirs[k] == ours[k], $"{directives[k]} at @{moments[m]}: GNU date wrote \"{theirs[k]}\", ours \"{ours[k]}\"");
            }
        }
    }
}
