using Minix.Build.Pipeline;
using SharedRules = Minix.DriverKit.Analyzers.ImageRules;

namespace Minix.Build.Tests;

/// <summary>
/// The toolchain and the analyzer share one list of image rules: an image-build error about an API names the rule
/// that reports the same API in the IDE, with the title the analyzer uses.
/// </summary>
public sealed class ImageRuleNoteTests
{
    [Theory]
    [InlineData("Uses.cs(9,39): error CS0656: Missing compiler required member 'System.Threading.Monitor.Enter' [/p/Probe.csproj]", "MINIX103")]
    [InlineData("Uses.cs(3,20): error CS0234: The type or namespace name 'Thread' does not exist in the namespace 'System.Threading' (are you missing an assembly reference?) [/p/Probe.csproj]", "MINIX103")]
    [InlineData("Uses.cs(3,20): error CS0234: The type or namespace name 'Assembly' does not exist in the namespace 'System.Reflection' (are you missing an assembly reference?) [/p/Probe.csproj]", "MINIX104")]
    [InlineData("Uses.cs(7,39): error CS0234: The type or namespace name 'Console' does not exist in the namespace 'System' (are you missing an assembly reference?) [/p/Probe.csproj]", "MINIX101")]
    [InlineData("Uses.cs(4,5): error CS0246: The type or namespace name 'List<>' could not be found [/p/Probe.csproj]", "MINIX101")]
    public void An_error_about_an_api_the_image_lacks_names_the_rule_that_reports_it_in_the_ide(string error, string rule)
    {
        string noted = ImageRuleNote.ForCompileError(error);

        string title = SharedRules.Find(rule)!.Title;
        Assert.Contains($" [{rule}: {title}; the Minix.DriverKit analyzer reports this in the IDE] [/p/Probe.csproj]", noted, StringComparison.Ordinal);
        Assert.StartsWith(error[..error.IndexOf(" [", StringComparison.Ordinal)], noted, StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_that_is_not_about_a_missing_api_is_left_as_the_compiler_wrote_it()
    {
        const string error = "Uses.cs(7,10): error CS1002: ; expected [/p/Probe.csproj]";

        Assert.Equal(error, ImageRuleNote.ForCompileError(error));
    }

    [Theory]
    [InlineData("System.Threading.Monitor", "MINIX103")]
    [InlineData("System.Activator", "MINIX104")]
    [InlineData("System.Type.GetMethod", "MINIX104")]
    [InlineData("System.Console.WriteLine", "MINIX101")]
    public void A_framework_api_maps_to_the_rule_that_forbids_it_else_to_the_missing_api_rule(string api, string rule)
    {
        Assert.Equal(rule, ImageRuleNote.ForApi(api));
    }

    [Fact]
    public void Every_rule_the_toolchain_data_names_is_a_rule_of_the_shared_list()
    {
        var named = ImageRules.Helpers.Select(h => h.Rule).Concat(ImageRules.CompilerRequirements.Select(r => r.Rule)).OfType<string>().Distinct().ToList();

        Assert.Equal(["MINIX001", "MINIX003", "MINIX004", "MINIX005", "MINIX106", "MINIX107", "MINIX108"], named.Order());
        Assert.All(named, id => Assert.NotNull(SharedRules.Find(id)?.Title ?? Minix.DriverKit.Analyzers.DependencyRules.Title(id)));
        Assert.Equal("MINIX106", ImageRules.Helper("RhpInitialDynamicInterfaceDispatch")?.Rule);
        Assert.Equal("MINIX108", ImageRules.Requirement("Internal.Runtime.CompilerHelpers.ArrayHelpers")?.Rule);
        Assert.Null(ImageRules.Helper("RhpNewFast")?.Rule);
    }
}
