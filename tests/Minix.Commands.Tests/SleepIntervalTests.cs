using Minix.Commands.Sleep;

namespace Minix.Commands.Tests;

/// <summary>sleep reads its operands as GNU sleep does: strtod's numbers (exponents, hexadecimal, inf) with an optional s, m, h or d.</summary>
public class SleepIntervalTests
{
    [Fact]
    public void Sleep_reads_decimal_exponent_and_hexadecimal_intervals_as_coreutils_does()
    {
        using var box = new Sandbox();
        foreach (string[] arguments in new[]
        {
            new[] { "1e-2" }, ["1E-2"], ["5e-3s", "1e-4m"], ["0.01"], [".01"], ["5."], ["+.01"], [" .01"], ["1e-400"], ["0x1p-7"], ["0X1P-7"], ["0x.04"],
            ["1e-6h"], ["1e-7d"], ["--", "-0"], ["--", "-1e-400"], ["1e"], ["1e+"], ["e1"], ["1 "], ["nan"], ["NaN"], ["1,5"], ["1.5.5"], ["0.5x"],
            ["1dd"], ["2m-"], [""], ["0x"], ["0xg"], ["infinit"], ["inf", "x"], ["INFINITY", "1y"], ["infs", "infd", "+"], ["--", "-inf", "0"], ["1e2x"],
        })
        {
            Oracle.Same("sleep", box.Path, arguments);
        }
    }

    [Theory]
    [InlineData("inf")]
    [InlineData("INF")]
    [InlineData("infinity")]
    [InlineData("Infinity")]
    [InlineData("infs")]
    [InlineData("infinityd")]
    [InlineData(" +inf")]
    [InlineData("1e400")]
    public void Sleep_takes_inf_and_too_large_a_number_as_forever(string operand)
    {
        Assert.True(Interval.TryParse(operand, out double seconds), operand + " is refused");
        Assert.True(double.IsPositiveInfinity(seconds), operand + " is " + seconds + " seconds");
    }

    [Theory]
    [InlineData("1e-2", 0.01)]
    [InlineData("0.5", 0.5)]
    [InlineData("1.5m", 90)]
    [InlineData("2e1h", 72000)]
    [InlineData("0x1p-3", 0.125)]
    [InlineData("0x10", 16)]
    [InlineData(".25d", 21600)]
    [InlineData("-0", 0)]
    public void Sleep_reads_an_interval_in_seconds(string operand, double expected)
    {
        Assert.True(Interval.TryParse(operand, out double seconds), operand + " is refused");
        Assert.Equal(expected, seconds, 9);
    }
}
