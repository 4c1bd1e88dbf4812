namespace Minix.Commands.Libc;

/// <summary>
/// Week numbers as strftime(3) counts them: %U (weeks starting on Sunday, the days before the year's first Sunday
/// in week 0), %W (the same from Monday), and ISO 8601's %V and %G (weeks from Monday; week 1 is the one with the
/// year's first Thursday, so the first days of January may belong to the last week of the year before, and the last
/// days of December to week 1 of the next).
/// </summary>
public static class CalendarWeeks
{
    /// <summary>%U: the week of the year, 0 to 53, weeks starting on Sunday.</summary>
    /// <param name="yearDay">The day of the year, 0 to 365.</param>
    /// <param name="weekDay">The day of the week, 0 (Sunday) to 6.</param>
    /// <returns>The week number.</returns>
    public static int FromSunday(int yearDay, int weekDay) => (yearDay + 7 - weekDay) / 7;

    /// <summary>%W: the week of the year, 0 to 53, weeks starting on Monday.</summary>
    /// <param name="yearDay">The day of the year, 0 to 365.</param>
    /// <param name="weekDay">The day of the week, 0 (Sunday) to 6.</param>
    /// <returns>The week number.</returns>
    public static int FromMonday(int yearDay, int weekDay) => (yearDay + 7 - (weekDay + 6) % 7) / 7;

    /// <summary>%V and %G: the ISO 8601 week, 1 to 53, and the year it belongs to.</summary>
    /// <param name="year">The calendar year.</param>
    /// <param name="yearDay">The day of the year, 0 to 365.</param>
    /// <param name="weekDay">The day of the week, 0 (Sunday) to 6.</param>
    /// <param name="isoYear">The year of the week: <paramref name="year"/>, or the one before or after.</param>
    /// <returns>The week number.</returns>
    public static int Iso(long year, int yearDay, int weekDay, out long isoYear)
    {
        isoYear = year;
        int days = DaysIntoFirstWeek(yearDay, weekDay);
        if (days < 0)
        {
            isoYear = year - 1;
            days = DaysIntoFirstWeek(yearDay + DaysIn(year - 1), weekDay);
        }
        else
        {
            int next = DaysIntoFirstWeek(yearDay - DaysIn(year), weekDay);
            if (next >= 0)
            {
                isoYear = year + 1;
                days = next;
            }
        }

        return days / 7 + 1;
    }

    /// <summary>Days from the Monday that starts week 1 (the week holding January 4th) to the day; negative before it.</summary>
    private static int DaysIntoFirstWeek(int yearDay, int weekDay)
    {
        const int Thursday = 4, Monday = 1, MultipleOf7 = 378; // enough to make the % operand non-negative
        return yearDay - (yearDay - weekDay + Thursday + MultipleOf7) % 7 + Thursday - Monday;
    }

    private static int DaysIn(long year) => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 366 : 365;
}
