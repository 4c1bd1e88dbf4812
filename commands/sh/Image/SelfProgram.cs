namespace Minix.Commands.Shell;

/// <summary>How the shell starts another copy of itself on the image: /bin/sh.</summary>
public static class SelfProgram
{
    /// <summary>The program and argv that run this shell with <paramref name="arguments"/>.</summary>
    /// <param name="arguments">The shell's arguments (-c TEXT, a script ...).</param>
    /// <returns>The program's path and its argv.</returns>
    public static (string Path, string[] Argv) Command(string[] arguments)
    {
        var argv = new string[arguments.Length + 1];
        argv[0] = "sh";
        for (int i = 0; i < arguments.Length; i++)
            argv[i + 1] = arguments[i];
        return ("/bin/sh", argv);
    }
}
