using Minix.Posix.Abi;

namespace Minix.Commands.Ls;

/// <summary>A name to list: as shown, as reached, and its status (of the link itself for a link).</summary>
/// <param name="Name">The name as shown.</param>
/// <param name="Path">The path to it.</param>
/// <param name="Status">Its status.</param>
internal sealed record Entry(string Name, string Path, FileStatus Status);
