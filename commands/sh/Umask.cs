using Minix.Commands.Libc;

namespace Minix.Commands.Shell;

/// <summary>
/// umask [-S] [MODE]: prints the process's file mode creation mask (0022, or u=rwx,g=rx,o=rx with -S), or sets it from
/// an octal number or a symbolic mode (u=rwx,g=,o= or g-w: the permissions new files may have), as dash. The mask is the
/// process's own (the system keeps it, and the programs the shell starts inherit it).
/// </summary>
public static class Umask
{
    /// <summary>Runs umask.</summary>
    /// <param name="call">The call.</param>
    /// <returns>0, or 2 for a bad option, number or mode.</returns>
    public static int Run(BuiltinCall call)
    {
        int i = call.Options("S", out string given);
        if (i < 0)
            return 2;
        bool symbolic = given.Length > 0;

        int mask = Current();
        if (i == call.Operands.Count)
            return call.Print((symbolic ? Symbolic(mask) : Octal(mask)) + "\n");

        // Only the first operand counts, as in dash.
        string mode = call.Operands[i];
        int? newMask = mode.Length > 0 && char.IsAsciiDigit(mode[0]) ? Octal(mode) : FromSymbolic(mode, mask);
        if (newMask is null)
            return call.Fail((char.IsAsciiDigit(mode[0]) ? "Illegal number: " : "Illegal mode: ") + mode, 2);
        Sys.SetUmask(newMask.Value & 0x1FF);
        return 0;
    }

    /// <summary>The process's mask now (umask(2) only sets it: it is set, then put back).</summary>
    private static int Current()
    {
        int mask = (int)Sys.SetUmask(0);
        Sys.SetUmask(mask);
        return mask & 0x1FF;
    }

    /// <summary>u=rwx,g=rx,o=rx: the permissions <paramref name="mask"/> leaves, for each class of user.</summary>
    private static string Symbolic(int mask)
    {
        int allowed = ~mask & 0x1FF;
        return "u=" + Letters(allowed >> 6) + ",g=" + Letters(allowed >> 3) + ",o=" + Letters(allowed);
    }

    /// <summary>0022: four octal digits.</summary>
    private static string Octal(int mask) => "0" + (char)('0' + ((mask >> 6) & 7)) + (char)('0' + ((mask >> 3) & 7)) + (char)('0' + (mask & 7));

    private static string Letters(int bits) => ((bits & 4) != 0 ? "r" : "") + ((bits & 2) != 0 ? "w" : "") + ((bits & 1) != 0 ? "x" : "");

    /// <summary>An octal mask (its bits past the ninth ignored), or null when a digit is not octal.</summary>
    private static int? Octal(string text)
    {
        int value = 0;
        foreach (char digit in text)
        {
            if (digit is < '0' or > '7')
                return null;
            value = ((value << 3) | (digit - '0')) & 0xFFFF;
        }

        return value & 0x1FF;
    }

    /// <summary>The mask after a symbolic mode (dash's rules: see <see cref="ModeSyntax.Dash"/>), or null when it is not one: it changes the permissions the mask leaves.</summary>
    private static int? FromSymbolic(string mode, int mask) =>
        ModeChange.Parse(mode, ModeSyntax.Dash) is ModeChange change ? ~change.Apply(~mask & 0x1FF) & 0x1FF : null;
}
