namespace Minix.Commands.Shell;

/// <summary>An assignment to (or unset of) a variable made read-only by readonly: "NAME: is read only", as dash says it.</summary>
/// <param name="name">The variable.</param>
public sealed class ReadOnlyVariable(string name) : Exception(name + ": is read only");
