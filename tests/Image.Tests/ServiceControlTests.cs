using System.Globalization;
using System.Text.RegularExpressions;

namespace Image.Tests;

/// <summary>
/// The reincarnation server's <c>service</c> requests and the data store, end to end in QEMU. The user program
/// <c>service</c> (samples/programs/Service) asks RS to restart, take down and bring up the RTC driver, follows the
/// driver's endpoint in DS, and reads the clock after each step; <c>halt.after=service</c> ends the boot when it is
/// done, with its exit status (0: every step did what it should). The system service <c>dswatch</c> subscribes to the
/// label in DS (<c>dswatch.key=rtc</c>) and logs each change DS notifies it of.
/// </summary>
[Collection(SampleImageCollection.Name)]
public class ServiceControlTests(SystemImageFixture system)
{
    private const string Boot = "console=com1 halt.after=service ";

    [Fact]
    public void Service_restart_rtc_gives_it_a_new_endpoint_that_DS_announces_and_clients_reach_it_there()
    {
        var (run, _) = system.Boot(Boot + "service.do=ask,restart dswatch.key=rtc");
        string output = run.Output;
        Assert.Contains("dswatch: subscribed to rtc: OK", output);
        AssertInOrder(output, "dswatch: DS says rtc is endpoint 11/0 (version 1)", "dswatch: DS says rtc is endpoint 11/1 (version 2)");
        Assert.Contains("service: DS has rtc at endpoint 11/0", output);
        Assert.Matches(@"service: rtc at 11/0 answers \d{4}-\d\d-\d\d \d\d:\d\d:\d\d", output);
        Assert.Contains("service: RS answers service restart rtc: OK", output);
        Assert.Contains("kernel: rtc (endpoint 11) killed", output);
        Assert.Contains("rs: rtc is back as endpoint 11/1 (restart 1)", output);
        Assert.Contains("service: DS announces rtc at endpoint 11/1 (was 11/0)", output);
        Assert.Matches(@"service: rtc at 11/1 answers \d{4}-\d\d-\d\d \d\d:\d\d:\d\d", output);
        Assert.Contains("service: rtc at 11/0 does not answer: EDEADSRCDST", output);
        Assert.Contains("service: done: 2 steps, 0 failed", output);
        Assert.Equal(0, run.GuestStatus);
    }

    [Fact]
    public void Service_down_rtc_stops_it_and_RS_does_not_restart_it_service_up_brings_it_back()
    {
        var (run, _) = system.Boot(Boot + "service.do=down,up dswatch.key=rtc");
        string output = run.Output;
        // The subscriber hears of the deletion too; the name's version counts on across it.
        AssertInOrder(output, "dswatch: DS says rtc is endpoint 11/0 (version 1)", "dswatch: DS says rtc was deleted (version 2)",
            "service: DS has no rtc (ENOENT)", "dswatch: DS says rtc is endpoint 11/1 (version 3)");
        Assert.Contains("service: RS answers service down rtc: OK", output);
        Assert.Contains("rs: rtc is down", output);
        Assert.Contains("service: rtc at 11/0 does not answer: EDEADSRCDST", output);
        Assert.Contains("service: DS has no rtc (ENOENT)", output);
        Assert.Contains("service: after 3 s RS reports rtc down, endpoint none", output);
        int up = output.IndexOf("service: RS answers service up rtc: OK", StringComparison.Ordinal);
        Assert.True(up > output.IndexOf("service: after 3 s RS reports rtc down", StringComparison.Ordinal), output);
        Assert.DoesNotContain("rs: rtc is back", output); // up starts it fresh, not as a restart
        Assert.Contains("service: DS announces rtc at endpoint 11/1 (was 11/0)", output);
        Assert.Matches(@"service: rtc at 11/1 answers \d{4}-\d\d-\d\d \d\d:\d\d:\d\d", output);
        Assert.Contains("service: done: 2 steps, 0 failed", output);
        Assert.Equal(0, run.GuestStatus);
    }

    [Fact]
    public void The_RTC_driver_answers_the_date_and_time_of_QEMUs_CMOS_clock()
    {
        DateTime before = DateTime.UtcNow;
        var (run, _) = system.Boot(Boot + "service.do=ask,time");
        DateTime after = DateTime.UtcNow;
        string output = run.Output;
        Assert.Equal(0, run.GuestStatus);

        Match text = Regex.Match(output, @"service: rtc at 11/0 answers (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)");
        Assert.True(text.Success, output);
        DateTime read = DateTime.ParseExact(text.Groups[1].Value, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        Assert.InRange(read, before.AddMinutes(-2), after.AddMinutes(2)); // QEMU's clock starts at the host's UTC time

        Match ioctl = Regex.Match(output, @"service: rtc at 11/0 time ioctl: (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) weekday (\d)");
        Assert.True(ioctl.Success, output);
        DateTime asked = DateTime.ParseExact(ioctl.Groups[1].Value, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        Assert.InRange(asked, read, read.AddMinutes(1));
        Assert.Equal((int)asked.DayOfWeek + 1, int.Parse(ioctl.Groups[2].Value, CultureInfo.InvariantCulture)); // 1 is Sunday
    }

    [Fact]
    public void RS_restarts_a_crashed_driver_at_once_the_first_time_and_after_a_backoff_the_second_time()
    {
        var (run, _) = system.Boot(Boot + "service.do=crash,crash");
        string output = run.Output;
        Assert.Equal(0, run.GuestStatus);
        Assert.Contains("kernel: rtc (endpoint 11) killed by page fault", output);
        Assert.Contains("rs: rtc is back as endpoint 11/1 (restart 1)", output);
        // The kernel names the second incarnation as RS and DS do.
        Assert.Contains("kernel: rtc (endpoint 11/1) killed by page fault", output);
        Assert.Contains("rs: restarting rtc in 2 s", output);
        Assert.Contains("rs: rtc is back as endpoint 11/2 (restart 2)", output);

        MatchCollection back = Regex.Matches(output, @"service: rtc is back at endpoint 11/(\d) after (\d+) ms");
        Assert.Equal(2, back.Count);
        int first = int.Parse(back[0].Groups[2].Value, CultureInfo.InvariantCulture);
        int second = int.Parse(back[1].Groups[2].Value, CultureInfo.InvariantCulture);
        // RS looks at due restarts once a second, and a loaded emulator is slow: bound the order, not the exact time.
        Assert.InRange(first, 0, 1500);
        Assert.InRange(second, 2000, 10000);
        Assert.True(second - first >= 1000, $"first restart after {first} ms, second after {second} ms");
        Assert.Matches(@"service: rtc at 11/2 answers \d{4}-", output);
    }

    [Fact]
    public void RS_refuses_service_requests_for_a_service_whose_control_list_does_not_name_the_caller()
    {
        var (run, _) = system.Boot(Boot + "service.label=serial service.do=down");
        Assert.Contains("service: RS answers service down serial: EPERM", run.Output);
        Assert.DoesNotContain("rs: serial is down", run.Output);
        Assert.Equal(1, run.GuestStatus);
    }

    private static void AssertInOrder(string output, params string[] lines)
    {
        int at = 0;
        foreach (string line in lines)
        {
            int found = output.IndexOf(line, at, StringComparison.Ordinal);
            Assert.True(found >= 0, "'" + line + "' missing or out of order in:\n" + output);
            at = found + line.Length;
        }
    }
}
