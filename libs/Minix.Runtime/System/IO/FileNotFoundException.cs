namespace System.IO;

/// <summary>A file that does not exist.</summary>
public class FileNotFoundException : IOException
{
    /// <summary>Creates the exception with .NET's default message.</summary>
    public FileNotFoundException()
        : base("Unable to find the specified file.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public FileNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public FileNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a file.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="fileName">The file.</param>
    public FileNotFoundException(string message, string fileName)
        : base(message)
    {
        FileName = fileName;
    }

    /// <summary>The file that was not found, if known.</summary>
    public string FileName { get; }

    /// <summary>As .NET writes it: type and message, the file's name on its own line, then the stack.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string text = GetType().FullName + ": " + Message;
        if (!string.IsNullOrEmpty(FileName))
            text += "\nFile name: '" + FileName + "'";
        if (InnerException is not null)
            text += " ---> " + InnerException.ToString();
        string trace = StackTrace;
        return trace is null ? text : text + "\n" + trace;
    }
}
