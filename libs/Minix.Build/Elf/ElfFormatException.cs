namespace Minix.Build.Elf;

/// <summary>An object file that is not a well-formed ELF64 x86-64 relocatable object.</summary>
public sealed class ElfFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="file">The file at fault.</param>
    /// <param name="message">What is wrong, and where.</param>
    public ElfFormatException(string file, string message)
        : base($"{file}: {message}")
    {
        File = file;
    }

    /// <summary>The file at fault.</summary>
    public string File { get; }
}
