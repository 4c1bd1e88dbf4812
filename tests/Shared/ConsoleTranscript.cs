namespace Minix.Tests.Shared;

/// <summary>A console's output as a test prints it: control characters other than line ends shown as <c>\xNN</c>.</summary>
internal static class ConsoleTranscript
{
    /// <summary>The text with every control character but CR and LF made visible.</summary>
    public static string Visible(string output) =>
        string.Concat(output.Select(c => c is '\n' or '\r' || (c >= ' ' && c < '\x7f') ? c.ToString() : $"\\x{(int)c:x2}"));
}
