using Minix.Commands.Libc;
using Minix.Posix.Abi;

namespace Minix.Commands.Lpr;

/// <summary>
/// lpr, as MINIX's: copies each file (or "-", the standard input; with no operand, the standard input) to the line
/// printer, <see cref="Printer"/>, an ordinary character device file that VFS passes to the printer driver. A file
/// that cannot be opened or read is named and skipped, the others are printed, and the status says something failed.
/// The printer is opened only when there is something to print, so a missing file alone never touches it.
/// </summary>
public static class Lpr
{
    /// <summary>The printer's device file.</summary>
    public const string Printer = "/dev/lp";

    /// <summary>Runs lpr.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0, or 1 if a file could not be printed.</returns>
    public static int Main(string[] args)
    {
        var command = new Command("lpr");
        Options? options = Options.Parse(command, args, "", []);
        if (options is null)
            return command.ExitStatus;
        if (options.Operands.Count == 0)
            options.Operands.Add("-");

        long printer = -1;
        var buffer = new byte[4096];
        foreach (string operand in options.Operands)
        {
            long fd = InputFiles.Open(operand);
            if (fd < 0)
            {
                command.Fail("cannot open " + Quoting.Always(operand), fd);
                continue;
            }

            if (printer < 0)
            {
                printer = Sys.Open(Printer, OpenFlags.WriteOnly);
                if (printer < 0)
                {
                    InputFiles.Close(fd);
                    command.Fail("cannot open " + Quoting.Always(Printer), printer);
                    return command.Finish();
                }
            }

            long error = Copy((int)fd, (int)printer, buffer, out bool printerFailed);
            InputFiles.Close(fd);
            if (error < 0 && printerFailed)
            {
                command.Fail(Printer + ": write error", error);
                break;
            }

            if (error < 0)
                command.Fail(Quoting.IfNeeded(operand), error);
        }

        if (printer >= 0)
            Sys.Close((int)printer);
        return command.Finish();
    }

    /// <summary>Copies all of <paramref name="from"/> to the printer.</summary>
    /// <returns>0, or the first error (-errno); <paramref name="printerFailed"/> says whether it was the printer's.</returns>
    private static long Copy(int from, int printer, byte[] buffer, out bool printerFailed)
    {
        printerFailed = false;
        while (true)
        {
            long got = Sys.Read(from, buffer);
            if (got <= 0)
                return got;
            long written = Sys.WriteAll(printer, buffer.AsSpan(0, (int)got));
            if (written < 0)
            {
                printerFailed = true;
                return written;
            }
        }
    }
}
