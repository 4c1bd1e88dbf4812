using Minix.Posix.Abi;

namespace Minix.Commands.Ls;

/// <summary>A name to list: as shown, as reached, and its status (of the link itself for a link, unless -L or -H follows it).</summary>
/// <param name="Name">The name as shown.</param>
/// <param name="Path">The path to it.</param>
/// <param name="Status">Its status; only its type when it is not <paramref name="Known"/>.</param>
/// <param name="Known">Whether the status is known: not for a link -L cannot follow, which GNU lists with "?" for each number.</param>
internal sealed record Entry(string Name, string Path, FileStatus Status, bool Known = true);
