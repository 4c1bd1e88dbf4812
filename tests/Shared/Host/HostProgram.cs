using System.Diagnostics;

namespace Minix.Tests.Shared;

/// <summary>Runs a program of the host (util-linux's mkfs.minix and fsck.minix) and collects what it printed.</summary>
internal static class HostProgram
{
    /// <summary>Runs <paramref name="program"/> with <paramref name="args"/> and waits for it.</summary>
    /// <returns>Its exit code, and its standard output followed by its standard error.</returns>
    public static (int Exit, string Output) Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string a in args)
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }
}
