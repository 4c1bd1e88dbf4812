namespace Minix.Docs.Checks;

/// <summary>One public (or protected) API symbol of a library, as DocFX would list it.</summary>
/// <param name="Uid">Its UID: the documentation id without the kind prefix (<c>Minix.Ipc.Message.Payload``1</c>).</param>
/// <param name="Assembly">The assembly that declares it.</param>
/// <param name="HasDocs">Whether its XML documentation has a non-empty summary (or inherits one).</param>
public sealed record ApiSymbol(string Uid, string Assembly, bool HasDocs);
