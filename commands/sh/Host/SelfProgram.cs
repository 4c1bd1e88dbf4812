namespace Minix.Commands.Shell;

/// <summary>How the shell starts another copy of itself on the host: dotnet with this assembly.</summary>
public static class SelfProgram
{
    /// <summary>The program and argv that run this shell with <paramref name="arguments"/>.</summary>
    /// <param name="arguments">The shell's arguments (-c TEXT, a script ...).</param>
    /// <returns>The program's path and its argv.</returns>
    public static (string Path, string[] Argv) Command(string[] arguments)
    {
        string host = Environment.ProcessPath ?? "dotnet";
        var argv = new List<string> { host, typeof(SelfProgram).Assembly.Location };
        argv.AddRange(arguments);
        return (host, argv.ToArray());
    }
}
