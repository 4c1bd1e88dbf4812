namespace Minix.Commands.Shell;

/// <summary>An expansion that cannot be made (${X:?message} with X unset, an assignment to a special parameter): the message names the parameter.</summary>
/// <param name="message">The parameter and what is wrong.</param>
public sealed class ExpansionError(string message) : Exception(message);
