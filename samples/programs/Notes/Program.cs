using Minix.Kernel.Calls;

namespace Minix.Samples.Notes;

/// <summary>The notes program: runs <see cref="Notebook"/> and exits with its status.</summary>
public static class Program
{
    /// <summary>Changes the disk's files and exits 0 if every step worked.</summary>
    public static void Main() => Sys.Exit(Notebook.Run());
}
