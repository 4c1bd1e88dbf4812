namespace Minix.Commands.Tests;

/// <summary>
/// lpr and service on the host, where there is neither a printer nor a reincarnation server: what they say about bad
/// operands before they reach either (the image's session test prints and restarts for real), and touch's times.
/// </summary>
public sealed class PrintAndServiceTests : IDisposable
{
    private readonly Sandbox _box = new();

    public void Dispose() => _box.Dispose();

    [Fact]
    public void Lpr_names_a_missing_file_exits_1_and_never_opens_the_printer_for_it()
    {
        CommandRun run = Oracle.Ours("lpr", _box.Path, ["nosuch"]);
        Assert.Equal("lpr: cannot open 'nosuch': No such file or directory\n", run.ErrorText);
        Assert.Equal(("", 1), (run.OutputText, run.ExitCode));
    }

    [Fact]
    public void Lpr_refuses_an_option_it_does_not_have()
    {
        CommandRun run = Oracle.Ours("lpr", _box.Path, ["-z", "f"]);
        Assert.Equal("lpr: invalid option -- 'z'\nTry 'lpr --help' for more information.\n", run.ErrorText);
        Assert.Equal(1, run.ExitCode);
    }

    [Theory]
    [InlineData(new string[0], "service: missing request\n")]
    [InlineData(new[] { "reboot", "printer" }, "service: unknown request 'reboot'\n")]
    [InlineData(new[] { "restart" }, "service: missing label after 'restart'\n")]
    [InlineData(new[] { "down", "printer", "rtc" }, "service: extra operand 'rtc'\n")]
    public void Service_names_what_is_wrong_with_its_request_and_exits_1(string[] arguments, string error)
    {
        CommandRun run = Oracle.Ours("service", _box.Path, arguments);
        Assert.Equal(error + "Usage: service up|down|restart LABEL | service status LABEL...\nTry 'service --help' for more information.\n", run.ErrorText);
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void Service_names_a_label_longer_than_rs_keeps_and_without_rs_says_why_it_cannot_ask()
    {
        CommandRun run = Oracle.Ours("service", _box.Path, ["status", "a-label-of-twenty-bytes", "printer"]);
        Assert.Equal("service: 'a-label-of-twenty-bytes': label longer than 16 bytes\nservice: status 'printer': Function not implemented\n", run.ErrorText);
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void Touching_an_existing_file_keeps_its_content_and_sets_its_times_to_now()
    {
        string file = _box.Write("f", "keep me\n");
        var old = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(file, old);
        File.SetLastAccessTimeUtc(file, old);
        DateTime before = DateTime.UtcNow.AddSeconds(-2);
        CommandRun run = Oracle.Ours("touch", _box.Path, ["f"]);
        Assert.Equal((0, ""), (run.ExitCode, run.ErrorText));
        Assert.Equal("keep me\n", File.ReadAllText(file));
        Assert.InRange(File.GetLastWriteTimeUtc(file), before, DateTime.UtcNow.AddSeconds(2));
        Assert.InRange(File.GetLastAccessTimeUtc(file), before, DateTime.UtcNow.AddSeconds(2));
    }
}
