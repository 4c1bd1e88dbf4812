using System.Text.RegularExpressions;

namespace Minix.Commands.Tests;

/// <summary>od dumps and dd copies as coreutils' do; dd's statistics match except for the time and rate.</summary>
public class OdDdTests
{
    public static TheoryData<int> Seeds => new() { 1, 2, 3 };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Od_matches_coreutils(int seed)
    {
        using var box = new Sandbox();
        Inputs.Populate(box, seed);
        box.Write("zeros", new byte[200]);
        box.Write("odd", Inputs.Binary(seed, 37));
        foreach (string[] arguments in new[]
        {
            new[] { "text" }, ["bin"], ["-c", "odd"], ["-a", "odd"], ["-b", "odd"], ["-d", "odd"], ["-o", "odd"], ["-s", "odd"], ["-x", "odd"], ["-i", "odd"],
            ["-l", "bin"], ["-t", "x1", "odd"], ["-t", "d2", "-t", "x1", "odd"], ["-t", "u4", "odd"], ["-t", "d8", "odd"], ["-t", "o8", "odd"],
            ["-t", "x1z", "text"], ["-t", "c", "-t", "u1", "nonl"], ["-A", "x", "odd"], ["-A", "d", "odd"], ["-A", "n", "-t", "x1", "odd"], ["zeros"],
            ["-v", "zeros"], ["-j", "5", "-N", "20", "-c", "text"], ["-j", "1000000"], ["-w8", "-t", "x2", "odd"], ["-w3", "-t", "x2", "odd"], ["-w", "odd"],
            ["-A", "q", "odd"], ["-t", "q", "odd"], ["nosuch", "odd"], ["empty"], [], ["odd", "nonl"], ["-t", "dC", "-t", "xS", "odd"], ["-t", "x3", "odd"],
        })
        {
            Oracle.Same("od", box.Path, arguments, Inputs.StandardInput(seed));
        }
    }

    [Fact]
    public void Od_reads_skip_and_count_in_octal_and_hex_and_with_multipliers_as_coreutils_does()
    {
        using var box = new Sandbox();
        box.Write("bin", Inputs.Binary(4, 5000));
        foreach (string count in new[]
        {
            "010", "0x10", "0X1f", "007", "0", "1b", "1k", "1K", "k", "b", "1kB", "1KiB", "1kiB", "1KD", "0x1K", "0x1KB", " 5", "+5", "1m", "1MB", "8E",
            "010k", "x", "", "-5", " -5", "+", "1x", "1c", "1w", "1B", "1iB", "1Ki", "1bB", "1e", "1kk", "1R", "08", "0x", "0xg", "1 ", "a'b",
            "99999999999999999999", "18446744073709551616", "99999999999999999999x", "99999999999999999999k", "1Z", "1Y", "16E", "16EiB", "0xffffffffffffffffk",
        })
        {
            Oracle.Same("od", box.Path, ["-j", count, "-N", "4", "-c", "bin"]);
            Oracle.Same("od", box.Path, ["-N", count, "-x", "bin"]);
        }

        foreach (string[] arguments in new[]
        {
            new[] { "--skip-bytes=x", "bin" }, ["--skip-bytes=0x10", "--read-bytes=010", "-c", "bin"], ["--read-bytes=1x", "bin"], ["--read-b=1Z", "bin"],
            ["-j", "0x7fffffffffffffff", "-N", "0xffffffffffffffff", "bin"], ["-j", "1", "-N", "18446744073709551615", "-c", "bin"],
            ["-N", "18446744073709551615", "-c", "bin"], ["-j", "1x", "-N", "1c", "bin"], ["-N", "1c", "-j", "1x", "bin"], ["-j", "5", "-j", "06", "-N", "2", "-c", "bin"],
        })
        {
            Oracle.Same("od", box.Path, arguments);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Dd_copies_and_counts_records_as_coreutils_does(int seed)
    {
        byte[] input = Inputs.Binary(seed, 5000);
        foreach (string[] arguments in new[]
        {
            new[] { "if=bin", "of=out" }, ["if=bin", "of=out", "bs=1000"], ["if=bin", "of=out", "bs=512", "count=3"], ["if=bin", "of=out", "ibs=100", "obs=300"],
            ["if=bin", "of=out", "bs=100", "skip=3", "seek=2", "count=4"], ["if=bin", "of=out", "bs=1k", "conv=notrunc"], ["of=out"], ["if=bin"],
            ["if=nosuch"], ["bs=x"], ["foo=1"], ["if=bin", "of=out", "status=none"], ["if=bin", "of=out", "status=noxfer"], ["if=empty", "of=out"],
            ["if=one", "of=out"], ["if=bin", "of=dir/none/out"], ["if=bin", "of=out", "bs=999"], ["if=bin", "of=out", "bs=10000"], ["conv=ucase"],
            ["if=bin", "of=out", "conv=lcase,notrunc"], ["conv=bogus"],
        })
        {
            using var theirs = new Sandbox();
            using var ours = new Sandbox();
            foreach (Sandbox box in new[] { theirs, ours })
            {
                box.Write("bin", input);
                box.Write("empty", "");
                box.Write("one", "x");
                box.Write("out", new byte[1234]);
                Directory.CreateDirectory(Path.Combine(box.Path, "dir"));
            }

            CommandRun expected = Oracle.Theirs("dd", theirs.Path, arguments, input);
            CommandRun actual = Oracle.Ours("dd", ours.Path, arguments, input);
            string what = "dd " + string.Join(' ', arguments);
            Assert.True(expected.Output.AsSpan().SequenceEqual(actual.Output), what + ": standard output differs");
            Assert.Equal(expected.ExitCode, actual.ExitCode);
            Assert.Equal(WithoutTiming(expected.ErrorText), WithoutTiming(actual.ErrorText));
            Assert.Matches(@"^(\d+\+\d+ records in\n\d+\+\d+ records out\n(\d+ bytes? (\(.*\) )?copied, [0-9.e+-]+ s, [0-9.]+ [kMG]?B/s\n)?)?$", actual.ErrorText.Contains("dd: ") ? "" : actual.ErrorText);
            Assert.Equal(Tree.Snapshot(theirs.Path), Tree.Snapshot(ours.Path));
        }
    }

    [Fact]
    public void Dd_writes_a_size_that_rounds_up_to_the_next_unit_in_that_unit()
    {
        // 999500 bytes is 999.5 kB, rounded 1000 kB: GNU says 1.0 MB; 1048064 bytes is 1023.5 KiB: 1.0 MiB
        foreach (int size in new[] { 1023, 1024, 9949, 9950, 99499, 99500, 998500, 999499, 999500, 999999, 1047552, 1048063, 1048064, 1048576 })
        {
            using var theirs = new Sandbox();
            using var ours = new Sandbox();
            theirs.Write("zeros", new byte[size]);
            ours.Write("zeros", new byte[size]);
            string[] arguments = ["if=zeros", "of=/dev/null", "bs=2M"];
            CommandRun expected = Oracle.Theirs("dd", theirs.Path, arguments);
            CommandRun actual = Oracle.Ours("dd", ours.Path, arguments);
            Assert.Equal(expected.ExitCode, actual.ExitCode);
            Assert.Equal(WithoutTiming(expected.ErrorText), WithoutTiming(actual.ErrorText));
        }
    }

    [Theory]
    [InlineData(999_400.0, "999 kB/s")]
    [InlineData(999_600.0, "1.0 MB/s")]
    [InlineData(99_960_000.0, "100 MB/s")]
    [InlineData(999_700_000.0, "1.0 GB/s")]
    public void Dd_writes_a_rate_that_rounds_up_to_the_next_unit_in_that_unit(double bytesPerSecond, string expected) =>
        Assert.Equal(expected, Minix.Commands.Libc.HumanSize.Rate(bytesPerSecond));

    private static string WithoutTiming(string text) => Regex.Replace(text, @"copied, [^,]+ s, [^\n]+/s", "copied, TIME s, RATE/s");
}
