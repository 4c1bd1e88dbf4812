namespace Minix.Build.Pipeline;

/// <summary>A build step that failed: the compile, ILC or the environment. The message carries the tool's own
/// diagnostics (file:line for compile errors).</summary>
public sealed class ToolchainException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="step">The step that failed (compile, ilc, ilc-version, ...).</param>
    /// <param name="message">What went wrong.</param>
    public ToolchainException(string step, string message)
        : base(message)
    {
        Step = step;
    }

    /// <summary>The step that failed.</summary>
    public string Step { get; }
}
