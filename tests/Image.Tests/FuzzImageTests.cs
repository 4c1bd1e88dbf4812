using System.Text.RegularExpressions;
using Minix.Kernel.Calls;
using Xunit.Abstractions;

namespace Image.Tests;

/// <summary>
/// An unprivileged process makes 100,000 seeded random kernel calls and IPC calls with random arguments and hostile
/// pointers (tests/Image.Programs/Fuzz): the kernel survives, nothing succeeds beyond the fuzzer's privileges, and
/// the machine still answers afterwards.
/// </summary>
public class FuzzImageTests(FuzzImageFixture fixture, ITestOutputHelper output) : IClassFixture<FuzzImageFixture>
{
    /// <summary>Codes only a handler the fuzzer may not reach could return (ports, IRQs, memory, privilege management).</summary>
    private static readonly string[] PrivilegedCodes = ["EPORTDENIED", "EPORTALIGN", "EIRQDENIED", "EMEMDENIED", "ENOTPRIVMGR", "other"];

    private string Output => fixture.Run.Output;

    [Fact]
    public void The_fuzzer_makes_100000_calls_and_the_kernel_survives_them()
    {
        Assert.Contains($"fuzzer: summary: {FuzzImageFixture.Calls} calls (", Output);
        Assert.DoesNotMatch(@"(^|\n)kernel panic", Output);
        Assert.DoesNotContain("kernel: fuzzer (endpoint 4)", Output);
        Assert.Contains("kernel: shutdown requested by witness, status 0", Output);
        Assert.Equal(0, fixture.Run.GuestStatus);

        Match summary = Regex.Match(Output, @"fuzzer: summary: (\d+) calls \((\d+) kernel calls, (\d+) IPC\) in (\d+) ticks");
        double seconds = int.Parse(summary.Groups[4].Value) / 100.0;
        output.WriteLine($"{summary.Groups[1].Value} calls in {seconds:F2} s of guest time ({int.Parse(summary.Groups[1].Value) / seconds:F0} calls/s); boot {fixture.Run.Elapsed.TotalSeconds:F1} s under {fixture.Run.Accel}");
        Assert.True(fixture.Run.Elapsed < TimeSpan.FromSeconds(60), $"the fuzzing boot took {fixture.Run.Elapsed}");
    }

    [Fact]
    public void The_fuzzers_privileges_allow_nothing_it_could_harm()
    {
        // Basic calls only, no ports, no IRQ lines, not a privilege manager, IPC only to its peer (privilege id 9).
        Assert.Contains($"fuzzer: privileges: call mask 0x{KernelCallMask.Basic:x} (basic 1), io ranges 0, irq mask 0, send mask 0x200, manager 0", Output);
    }

    [Fact]
    public void No_call_succeeds_beyond_the_fuzzers_privileges()
    {
        Assert.Contains("fuzzer: beyond privileges 0, calls digest", Output);
        var rows = Rows();
        foreach (KernelCall call in new[] { KernelCall.DevIo, KernelCall.VDevIo, KernelCall.IrqCtl, KernelCall.PrivCtl, KernelCall.Spawn, KernelCall.Kill, KernelCall.Abort })
        {
            var codes = rows[$"call {(int)call} {call.ToString().ToUpperInvariant()}"];
            Assert.Equal(["ECALLDENIED"], codes.Keys);
        }

        // Numbers outside the fuzzer's call mask meet the dispatcher only: no handler, or not in the mask.
        for (int number = 0; number < 64; number++)
        {
            if (KernelCallMask.Allows(KernelCallMask.Basic, number))
                continue;
            string key = rows.Keys.Single(k => k.StartsWith($"call {number} ", StringComparison.Ordinal));
            Assert.All(rows[key].Keys, code => Assert.Contains(code, new[] { "ECALLDENIED", "EBADREQUEST" }));
        }

        foreach (string code in PrivilegedCodes)
            Assert.DoesNotContain(rows.Values, r => r.ContainsKey(code));
    }

    [Fact]
    public void Every_call_number_and_ipc_primitive_is_exercised_and_counted_by_status()
    {
        var rows = Rows();
        for (int number = 0; number < 64; number++)
        {
            if (number != (int)KernelCall.Exit)
                Assert.Contains(rows.Keys, k => k.StartsWith($"call {number} ", StringComparison.Ordinal));
        }

        Assert.Contains("call outside 0..63", rows.Keys);
        Assert.Contains("call with message at a random pointer", rows.Keys);
        foreach (string ipc in new[] { "ipc SEND", "ipc RECEIVE", "ipc SENDREC", "ipc NOTIFY", "ipc SENDNB", "ipc bad primitive" })
            Assert.Contains(ipc, rows.Keys);
        Assert.Equal(FuzzImageFixture.Calls, rows.Values.Sum(r => r.Values.Sum()));
        // Allowed calls are not only refused: each of them got through at least once.
        foreach (string allowed in new[] { "call 12 NOP", "call 24 SETALARM", "call 25 TIMES", "call 26 GETINFO", "call 34 SETGRANT", "call 44 DIAGCTL", "ipc SEND", "ipc RECEIVE", "ipc SENDREC", "ipc NOTIFY", "ipc SENDNB" })
            Assert.True(rows[allowed].ContainsKey("OK"), allowed);
        foreach (string code in new[] { "EGRANTNOTABLE", "EGRANTID", "EGRANTREVOKED", "EGRANTEE", "EFAULT", "EBADEPT", "EDEADSRCDST", "ELOCKED", "EBADCALL" })
            Assert.Contains(rows.Values, r => r.ContainsKey(code));
    }

    [Fact]
    public void The_machine_still_answers_after_the_fuzzer()
    {
        Assert.Matches(@"witness: after the fuzzer: 1000 round trips OK, checksum 1000000, whoami witness OK, fuzzer's times OK \(\d+ ticks\), alarm after [34] ticks", Output);
    }

    [Fact]
    public void The_same_seed_makes_the_same_calls()
    {
        Assert.Contains($"fuzzer: summary: {FuzzImageFixture.ShortCalls} calls (", fixture.ShortRun.Output);
        string Checkpoint(string run) => Regex.Match(run, $@"fuzzer: {FuzzImageFixture.ShortCalls} calls, beyond privileges 0, calls digest (0x[0-9a-f]+)").Groups[1].Value;
        Assert.NotEqual("", Checkpoint(Output));
        Assert.Equal(Checkpoint(Output), Checkpoint(fixture.ShortRun.Output));
    }

    /// <summary>The per-call and per-primitive lines of the summary: row name to status name to count.</summary>
    private Dictionary<string, Dictionary<string, int>> Rows()
    {
        var rows = new Dictionary<string, Dictionary<string, int>>();
        foreach (Match m in Regex.Matches(Output, @"^fuzzer: ((?:call|ipc) [^:=]*?)(?:: \d+ = | \(more\) = )(.*)$", RegexOptions.Multiline))
        {
            string name = m.Groups[1].Value;
            if (!rows.TryGetValue(name, out var codes))
                rows[name] = codes = new Dictionary<string, int>();
            foreach (string part in m.Groups[2].Value.Split(", "))
            {
                string[] pair = part.Split(' ');
                codes[pair[0]] = int.Parse(pair[1]);
            }
        }

        Assert.NotEmpty(rows);
        return rows;
    }
}
