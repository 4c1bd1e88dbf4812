namespace Minix.Commands.Shell;

/// <summary>
/// A variable refusing an assignment or an unset, with dash's words for it; the shell reports it as it reports a failed
/// expansion (a shell that is not interactive ends).
/// </summary>
/// <param name="message">What is wrong, e.g. "x: is read only" or "Illegal number: x".</param>
public class VariableRefused(string message) : Exception(message);

/// <summary>An assignment to (or unset of) a variable made read-only by readonly: "NAME: is read only", as dash says it.</summary>
/// <param name="name">The variable.</param>
public sealed class ReadOnlyVariable(string name) : VariableRefused(name + ": is read only");
