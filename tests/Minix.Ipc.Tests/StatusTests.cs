using Minix.Ipc;

namespace Minix.Ipc.Tests;

public class StatusTests
{
    [Fact]
    public void Every_status_has_a_distinct_name_and_a_message()
    {
        var names = new HashSet<string>();
        foreach (Status status in Enum.GetValues<Status>())
        {
            Assert.True(StatusInfo.IsDefined(status), status.ToString());
            Assert.True(names.Add(StatusInfo.Name(status)), "duplicate name " + StatusInfo.Name(status));
            Assert.False(string.IsNullOrWhiteSpace(StatusInfo.Message(status)));
        }
    }

    [Fact]
    public void Failures_are_negative_and_success_is_zero()
    {
        Assert.Equal(0, (int)Status.Ok);
        Assert.All(Enum.GetValues<Status>().Where(s => s != Status.Ok), s => Assert.True((int)s < 0, s.ToString()));
    }

    [Fact]
    public void Values_follow_errno_and_minix_numbering()
    {
        Assert.Equal(-1, (int)Status.PermissionDenied);
        Assert.Equal(-22, (int)Status.InvalidArgument);
        Assert.Equal(-202, (int)Status.DeadEndpoint);
        Assert.Equal(-208, (int)Status.Deadlock);
        Assert.Equal(-210, (int)Status.CallDenied);
        Assert.Equal(-211, (int)Status.TrapDenied);
        Assert.Equal("ECALLDENIED", StatusInfo.Name(Status.CallDenied));
    }

    [Fact]
    public void Each_kernel_refusal_has_its_own_code()
    {
        Status[] refusals =
        [
            Status.PortNotAllowed, Status.PortMisaligned, Status.CallDenied, Status.IrqNotOwned, Status.GrantNotForCaller,
            Status.GrantOutOfRange, Status.GrantRevoked, Status.GrantWrongDirection, Status.NotPrivilegeManager,
        ];
        Assert.Equal(refusals.Length, refusals.Distinct().Count());
    }

    [Fact]
    public void Unknown_codes_are_reported_as_unknown()
    {
        Assert.False(StatusInfo.IsDefined((Status)(-9999)));
        Assert.Equal("E?", StatusInfo.Name((Status)(-9999)));
    }
}

public class Utf8NumberTests
{
    [Theory]
    [InlineData(0L, "0")]
    [InlineData(7L, "7")]
    [InlineData(-1L, "-1")]
    [InlineData(1234567890L, "1234567890")]
    [InlineData(long.MaxValue, "9223372036854775807")]
    [InlineData(long.MinValue, "-9223372036854775808")]
    public void Decimal_numbers_are_written_in_full(long value, string expected)
    {
        Span<byte> buffer = stackalloc byte[Utf8Number.MaxLength];
        Assert.Equal(expected, System.Text.Encoding.ASCII.GetString(buffer.Slice(0, Utf8Number.Decimal(value, buffer))));
    }

    [Theory]
    [InlineData(0UL, "0")]
    [InlineData(0x378UL, "378")]
    [InlineData(0xFFFFFFFF80000000UL, "ffffffff80000000")]
    public void Hex_numbers_are_lower_case_without_prefix(ulong value, string expected)
    {
        Span<byte> buffer = stackalloc byte[Utf8Number.MaxLength];
        Assert.Equal(expected, System.Text.Encoding.ASCII.GetString(buffer.Slice(0, Utf8Number.Hex(value, buffer))));
    }
}
