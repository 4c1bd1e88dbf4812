using System.Text;
using Minix.Posix.Abi;

namespace Minix.Commands.Ls;

/// <summary>The marks -F, -p and --file-type put after a name to say what kind of file it is.</summary>
internal static class TypeIndicators
{
    /// <summary>
    /// The mark for a file of <paramref name="mode"/> in indicator style <paramref name="style"/>: / for a directory,
    /// * for an executable file (-F only), @ for a link, | for a FIFO, = for a socket (not with -p).
    /// </summary>
    public static void Append(StringBuilder line, int mode, int style)
    {
        if (style == Settings.NoIndicators)
            return;
        int type = FileModeBits.TypeOf(mode);
        if (type == FileModeBits.Regular)
        {
            if (style == Settings.Classify && (mode & 0x49) != 0)
                line.Append('*');
        }
        else if (type == FileModeBits.Directory)
        {
            line.Append('/');
        }
        else if (style != Settings.Slash)
        {
            if (type == FileModeBits.SymbolicLink)
                line.Append('@');
            else if (type == FileModeBits.Fifo)
                line.Append('|');
            else if (type == 0xC000)
                line.Append('=');
        }
    }
}
