using System.Diagnostics;
using System.Text;

namespace Minix.Commands.Tests;

/// <summary>What a program did: its standard output and error as bytes, and its exit status (128 + n for signal n).</summary>
public sealed record CommandRun(byte[] Output, byte[] Error, int ExitCode)
{
    /// <summary>The output as text.</summary>
    public string OutputText => Encoding.UTF8.GetString(Output);

    /// <summary>The error as text.</summary>
    public string ErrorText => Encoding.UTF8.GetString(Error);

    /// <summary>Runs <paramref name="program"/> with <paramref name="arguments"/> in <paramref name="folder"/>, in the C locale and UTC.</summary>
    public static CommandRun Start(string program, IEnumerable<string> arguments, string folder, byte[]? input = null, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["LC_ALL"] = "C";
        start.Environment["TZ"] = "UTC";
        start.Environment["POSIXLY_CORRECT"] = null;
        start.Environment["COLUMNS"] = null;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;

        using var process = Process.Start(start)!;
        var output = new MemoryStream();
        var error = new MemoryStream();
        Task reading = process.StandardOutput.BaseStream.CopyToAsync(output);
        Task readingErrors = process.StandardError.BaseStream.CopyToAsync(error);
        try
        {
            if (input is not null)
                process.StandardInput.BaseStream.Write(input);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // the program stopped reading early (head): what it wrote still counts
        }

        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish in a minute");
        }

        Task.WaitAll(reading, readingErrors);
        return new CommandRun(output.ToArray(), error.ToArray(), process.ExitCode);
    }
}
