namespace Minix.Build.Linking;

/// <summary>What emitted code sees of the link: the final address of any symbol. Asking for a symbol also tells
/// the linker the code depends on it, so a stub that is referenced pulls in what it references.</summary>
public interface ILinkSymbols
{
    /// <summary>The virtual address of <paramref name="symbol"/>.</summary>
    /// <param name="symbol">A symbol defined by an object, a code blob or a data blob.</param>
    /// <returns>The address (a placeholder during sizing passes).</returns>
    ulong AddressOf(string symbol);
}
