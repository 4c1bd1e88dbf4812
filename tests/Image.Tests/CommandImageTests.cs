using System.Diagnostics;
using System.Text;

namespace Image.Tests;

/// <summary>
/// The utilities of commands/ as programs in the image's /bin: pipelines of them on files of the root file system
/// print what GNU coreutils print for the same pipelines on the same files on the host.
/// </summary>
public class CommandImageTests(CommandImageFixture boot) : IClassFixture<CommandImageFixture>
{
    private const string RunPrefix = "pipeline: run: ", OutPrefix = "pipeline: out: ", DonePrefix = "pipeline: done: ";

    [Fact]
    public void Pipelines_of_bin_utilities_on_root_file_system_files_print_what_coreutils_prints_for_the_same_files()
    {
        string etc = RepositoryRoot.Combine("tests", "Image.Commands", "etc");
        string[] pipelines = File.ReadAllLines(Path.Combine(etc, "rc"))
            .Where(l => l.StartsWith("/bin/pipeline ", StringComparison.Ordinal) && !l.Contains(OrdinaryProgramTests.ProgramWord, StringComparison.Ordinal))
            .Select(l => l["/bin/pipeline ".Length..].Replace("'|'", "|", StringComparison.Ordinal)).ToArray();
        Dictionary<string, (string Output, string Done)> guest = Transcript(boot.Run.Output);

        string host = Directory.CreateTempSubdirectory("minix-pipelines-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(host, "etc"));
            foreach (string file in Directory.GetFiles(etc))
                File.Copy(file, Path.Combine(host, "etc", Path.GetFileName(file)));
            Assert.NotEmpty(pipelines);
            foreach (string pipeline in pipelines)
            {
                Assert.True(guest.TryGetValue(pipeline, out var ran), $"the image never ran or never finished: {pipeline}\n--- transcript ---\n{boot.Run.Output}");
                string expected = OnHost(pipeline.Replace("/etc/", "etc/", StringComparison.Ordinal), host);
                Assert.True(expected == ran.Output, $"{pipeline}\n--- coreutils ---\n{expected}--- image ---\n{ran.Output}");
                int stages = pipeline.Split(" | ").Length;
                Assert.Equal($"{Encoding.UTF8.GetByteCount(expected)} bytes, statuses{string.Concat(Enumerable.Repeat(" 0", stages))}", ran.Done);
            }
        }
        finally
        {
            Directory.Delete(host, recursive: true);
        }
    }

    /// <summary>Each pipeline's output rebuilt from its logged lines (each had a newline), and its done line.</summary>
    internal static Dictionary<string, (string, string)> Transcript(string output)
    {
        var runs = new Dictionary<string, (string, string)>();
        string? current = null;
        var text = new StringBuilder();
        foreach (string raw in output.Split('\n'))
        {
            string line = raw.TrimEnd('\r');
            if (line.StartsWith(RunPrefix, StringComparison.Ordinal))
            {
                current = line[RunPrefix.Length..];
                text.Clear();
            }
            else if (current is not null && line.StartsWith(OutPrefix, StringComparison.Ordinal))
            {
                text.Append(line[OutPrefix.Length..]).Append('\n');
            }
            else if (current is not null && line.StartsWith(DonePrefix, StringComparison.Ordinal))
            {
                runs[current] = (text.ToString(), line[DonePrefix.Length..]);
                current = null;
            }
        }

        return runs;
    }

    private static string OnHost(string pipeline, string folder)
    {
        var start = new ProcessStartInfo("sh") { WorkingDirectory = folder, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(pipeline);
        start.Environment["LC_ALL"] = "C";
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"coreutils failed on {pipeline}");
        return output;
    }
}
