using Minix.Bench.Guest;
using Minix.Build.Imaging;

namespace Image.Tests;

/// <summary>
/// The boot benchmark (Minix.Bench.Guest boot) reads every stage of the full sample system from one boot, so it
/// cannot rot between the runs that produce bench/README.md's boot table.
/// </summary>
public class BootStagesImageTests
{
    [Fact]
    public void The_sample_system_boots_through_every_stage_to_the_shell_prompt_with_the_kernel_stamping_its_lines()
    {
        Qemu.RequireInstalled();
        var (image, contents) = ImageBuilds.BuildInPlace("samples/Image/Image.csproj");
        string file = Path.Combine(Path.GetTempPath(), "minix-boot-stages-" + Guid.NewGuid().ToString("N") + ".elf");
        File.Copy(image.MultibootFile, file);
        try
        {
            IReadOnlyList<BootStage>? stages = BootStages.Measure(file, contents.Spec.CommandLine, ["-serial", "null"], TimeSpan.FromMinutes(2), out string output);

            Assert.True(stages is not null, output);
            string[] expected = ["kernel: boot processes loaded", "RS supervising", "PM managing", "TTY ready", "MFS mounted the RAM disk", "VFS root mounted", "init running /etc/rc", "shell prompt on the console", "halt typed ahead, read at the prompt"];
            Assert.All(expected, name => Assert.Contains(stages, s => s.Name == name));
            // The kernel's stamps only grow: each stage came after the one before it.
            long[] stamps = [.. stages.Select(s => s.Stamp).OfType<long>()];
            Assert.True(stamps.Length >= 8 && stamps.Zip(stamps.Skip(1)).All(p => p.First <= p.Second), output);
            Assert.True(stages.Zip(stages.Skip(1)).All(p => p.First.HostMilliseconds <= p.Second.HostMilliseconds), output);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
