using Minix.Build.FaultInjection;

namespace Minix.Build.Tests;

/// <summary>
/// A campaign's faults.csv, read to resume it: a garbled file is a <see cref="FormatException"/> naming the file and
/// line, which <c>minix swifi</c> prints, never a row the resume cannot use.
/// </summary>
public sealed class CampaignCsvTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "minix-campaign-" + Guid.NewGuid().ToString("N") + ".csv");

    public void Dispose() => File.Delete(_file);

    private static string Row(string fault) => string.Join(",", CampaignCsv.Columns.Select(c => c == "fault" ? fault : "x"));

    [Theory]
    [InlineData("seven")]
    [InlineData("-1")]
    [InlineData("")]
    public void A_row_whose_fault_is_not_a_fault_number_is_an_error_naming_the_line(string fault)
    {
        File.WriteAllLines(_file, [CampaignCsv.Header, Row("0"), Row(fault)]);

        var e = Assert.Throws<FormatException>(() => CampaignCsv.Read(_file));

        Assert.Equal($"{_file}:3: fault '{fault}' is not a fault number", e.Message);
    }

    [Fact]
    public void Rows_with_fault_numbers_read()
    {
        File.WriteAllLines(_file, [CampaignCsv.Header, Row("0"), "", Row("12")]);

        Assert.Equal(["0", "12"], CampaignCsv.Read(_file).Select(r => r["fault"]));
    }
}
