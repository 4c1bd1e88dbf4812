namespace Minix.Docs.Checks;

/// <summary>One problem a check found: where it is (a path relative to the docs folder, 1-based line or 0) and what.</summary>
/// <param name="File">The file, relative to the docs folder, with forward slashes.</param>
/// <param name="Line">The 1-based line, or 0 when the problem concerns the whole file.</param>
/// <param name="Message">What is wrong and, where it helps, how to fix it.</param>
public sealed record DocIssue(string File, int Line, string Message)
{
    /// <summary>The compiler-style form, <c>articles/ipc.md:12: broken link ...</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Line > 0 ? File + ":" + Line + ": " + Message : File + ": " + Message;
}
