namespace Minix.Build.Tests;

/// <summary>
/// Bad input to the <c>minix</c> commands: each gets one message naming the option or file at fault and a non-zero
/// exit, before anything is built or booted, and never a .NET stack trace.
/// </summary>
public sealed class ToolBadInputTests
{
    [Theory]
    [InlineData(1, "--timeout abc: give a number of seconds, at least 1", "boot", "samples/Image", "--timeout", "abc")]
    [InlineData(1, "--timeout 99999999999: too large", "boot", "samples/Image", "--timeout", "99999999999")]
    [InlineData(1, "Required argument missing for option: '--drive'", "boot", "samples/Image", "--drive")]
    [InlineData(1, "Required argument missing for option: '--run'", "boot", "samples/Image", "--run")]
    [InlineData(2, "--replay -1: the campaign's faults are numbered 0 .. 9 (--faults 10)", "swifi", "samples/SwifiImage", "--driver", "ramdisk", "--faults", "10", "--replay", "-1")]
    [InlineData(2, "--replay 10: the campaign's faults are numbered 0 .. 9", "swifi", "samples/SwifiImage", "--driver", "ramdisk", "--faults", "10", "--replay", "10")]
    [InlineData(2, "--round 0: give a number of faults per boot, at least 1", "swifi", "samples/SwifiImage", "--driver", "ramdisk", "--faults", "10", "--round", "0")]
    [InlineData(2, "--fault-timeout -3: give a number of seconds, at least 1", "swifi", "samples/SwifiImage", "--driver", "ramdisk", "--faults", "10", "--fault-timeout", "-3")]
    [InlineData(2, "--drive: 'no-such-disk.img' does not exist", "swifi", "samples/SwifiImage", "--driver", "ata", "--faults", "10", "--drive", "no-such-disk.img")]
    [InlineData(1, "minix stats: no-such-kernel does not hold Minix.Kernel.csproj", "stats", "--kernel", "no-such-kernel")]
    public void A_bad_option_value_is_named_with_a_non_zero_exit_and_no_stack_trace(int exit, string error, params string[] args)
    {
        var run = ToolTests.Minix(args);

        Assert.Equal(exit, run.Exit);
        Assert.Contains(error, run.Error + run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", run.Error + run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("minix: reading", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Deps_of_a_file_that_is_no_assembly_names_the_file_on_standard_error_and_prints_nothing_on_standard_output()
    {
        string file = Path.Combine(Path.GetTempPath(), "minix-deps-" + Guid.NewGuid().ToString("N") + ".dll");
        File.WriteAllBytes(file, new byte[5000]);
        try
        {
            var run = ToolTests.Minix("deps", file);

            Assert.Equal(1, run.Exit);
            Assert.Contains($"minix deps: {file}: not a .NET assembly", run.Error, StringComparison.Ordinal);
            Assert.Equal("", run.Output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("run", "Nothing.csproj", "no such project file")]
    [InlineData("disasm", "Nothing.csproj", "no such project file")]
    [InlineData("run", "", "a folder; name the project file in it (.csproj)")]
    public void Run_and_disasm_of_a_project_that_is_not_a_file_name_it_and_write_nothing_beside_it(string command, string name, string error)
    {
        string folder = Directory.CreateTempSubdirectory("minix-run-missing-").FullName;
        try
        {
            string project = Path.Combine(folder, name);

            var run = ToolTests.Minix(command, project, "Some.Type.Method");

            Assert.Equal(1, run.Exit);
            Assert.Contains($"{project}: {error}", run.Error, StringComparison.Ordinal);
            Assert.Empty(Directory.GetFileSystemEntries(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
