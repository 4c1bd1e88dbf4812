using Minix.Commands.Libc;
using Minix.Posix.Abi;

namespace Minix.Commands.Dd;

/// <summary>
/// dd, as GNU coreutils': reads input blocks of ibs bytes (skip= of them first, count= of them at most) and writes
/// them in blocks of obs bytes (at seek= output blocks in); with bs= each block read is written as it came. At the
/// end it says on the standard error how many full and partial records went in and out, the bytes, the time and
/// the rate.
/// </summary>
public static class Dd
{
    /// <summary>Runs dd.</summary>
    /// <param name="args">The operands (NAME=VALUE).</param>
    /// <returns>0, or 1 after an error.</returns>
    public static int Main(string[] args)
    {
        var command = new Command("dd");
        var settings = new Settings();
        foreach (string operand in args)
        {
            if (!settings.Read(command, operand))
                return command.ExitStatus;
        }

        long input = Sys.StandardInput, output = Sys.StandardOutput;
        if (settings.InputFile is not null && (input = Sys.Open(settings.InputFile, OpenFlags.ReadOnly)) < 0)
        {
            command.Fail("failed to open " + Quoting.Always(settings.InputFile), input);
            return command.ExitStatus;
        }

        if (settings.OutputFile is not null)
        {
            output = Sys.Open(settings.OutputFile, OpenFlags.WriteOnly | OpenFlags.Create);
            if (output < 0)
            {
                command.Fail("failed to open " + Quoting.Always(settings.OutputFile), output);
                return command.ExitStatus;
            }

            long truncated = settings.NoTruncate ? 0 : Sys.FileTruncate((int)output, settings.Seek * settings.OutputBlock);
            if (truncated < 0 && FileType((int)output) == FileModeBits.Regular)
            {
                command.Fail("failed to truncate to " + settings.Seek * settings.OutputBlock + " bytes in output file " + Quoting.Always(settings.OutputFile), truncated);
                return command.ExitStatus;
            }
        }

        long startSeconds = Sys.Time(out long startNanoseconds);
        var copy = new Copy(command, (int)input, (int)output, settings);
        copy.Run();
        long endSeconds = Sys.Time(out long endNanoseconds);
        if (settings.Status != "none")
            copy.Report((endSeconds - startSeconds) * 1_000_000_000L + endNanoseconds - startNanoseconds, settings.Status != "noxfer");
        return command.Finish();
    }

    private static int FileType(int fd) => Sys.FileStat(fd, out FileStatus status) < 0 ? 0 : FileModeBits.TypeOf(status.Mode);

    /// <summary>The operands.</summary>
    private sealed class Settings
    {
        public string? InputFile, OutputFile;
        public long InputBlock = 512, OutputBlock = 512, Count = -1, Skip, Seek;
        public bool SameBlocks, NoTruncate;
        public string Status = "";

        /// <summary>'u' for conv=ucase, 'l' for conv=lcase, 0 to copy bytes as they are.</summary>
        public char Case;

        public bool Read(Command command, string operand)
        {
            int equals = operand.IndexOf('=');
            string name = equals < 0 ? operand : operand.Substring(0, equals), value = equals < 0 ? "" : operand.Substring(equals + 1);
            switch (name)
            {
                case "if" when equals > 0: InputFile = value; return true;
                case "of" when equals > 0: OutputFile = value; return true;
                case "status" when equals > 0:
                    if (value is not ("none" or "noxfer" or "progress"))
                        return Invalid(command, "invalid status level: " + Quoting.Always(value));
                    Status = value;
                    return true;
                case "conv" when equals > 0:
                    foreach (string conversion in value.Split(','))
                    {
                        switch (conversion)
                        {
                            case "notrunc": NoTruncate = true; break;
                            case "ucase": Case = 'u'; break;
                            case "lcase": Case = 'l'; break;
                            default: return Invalid(command, "invalid conversion: " + Quoting.Always(conversion));
                        }
                    }

                    return true;
                case "bs" or "ibs" or "obs" or "count" or "skip" or "seek" when equals > 0:
                    if (!Counts.TryParse(value, out long number) || (name.EndsWith("bs") && number == 0))
                    {
                        command.Fail("invalid number: " + Quoting.Always(value));
                        return false;
                    }

                    switch (name)
                    {
                        case "bs": InputBlock = OutputBlock = number; SameBlocks = true; break;
                        case "ibs": InputBlock = number; break;
                        case "obs": OutputBlock = number; break;
                        case "count": Count = number; break;
                        case "skip": Skip = number; break;
                        default: Seek = number; break;
                    }

                    return true;
                default:
                    command.Usage("unrecognized operand " + Quoting.Always(operand));
                    return false;
            }
        }

        private static bool Invalid(Command command, string message)
        {
            command.Usage(message);
            return false;
        }
    }

    /// <summary>The copy and its records.</summary>
    private sealed class Copy(Command command, int input, int output, Settings settings)
    {
        private long _fullIn, _partialIn, _fullOut, _partialOut, _bytes;

        public void Run()
        {
            var block = new byte[settings.InputBlock];
            for (long skipped = 0; skipped < settings.Skip; skipped++)
            {
                if (Sys.Read(input, block) <= 0)
                    break;
            }

            if (settings.Seek > 0 && Sys.Seek(output, settings.Seek * settings.OutputBlock, SeekFrom.Start) < 0)
            {
                command.Fail(Quoting.Always(settings.OutputFile ?? "standard output") + ": cannot seek", (long)Minix.Ipc.Status.IllegalSeek);
                return;
            }

            var pending = new List<byte>();
            for (long blocks = 0; settings.Count < 0 || blocks < settings.Count; blocks++)
            {
                long got = Sys.Read(input, block);
                if (got < 0)
                {
                    command.Fail("error reading " + Quoting.Always(settings.InputFile ?? "standard input"), got);
                    break;
                }

                if (got == 0)
                    break;
                if (got == block.Length)
                    _fullIn++;
                else
                    _partialIn++;
                ChangeCase(block.AsSpan(0, (int)got));
                if (settings.SameBlocks)
                {
                    if (!Put(block.AsSpan(0, (int)got)))
                        return;
                    continue;
                }

                pending.AddRange(block.AsSpan(0, (int)got).ToArray());
                while (pending.Count >= settings.OutputBlock)
                {
                    byte[] piece = pending.GetRange(0, (int)settings.OutputBlock).ToArray();
                    pending.RemoveRange(0, (int)settings.OutputBlock);
                    if (!Put(piece))
                        return;
                }
            }

            if (pending.Count > 0)
                Put(pending.ToArray());
        }

        /// <summary>conv=ucase and conv=lcase change ASCII letters only, as in the C locale.</summary>
        private void ChangeCase(Span<byte> bytes)
        {
            if (settings.Case == 0)
                return;
            for (int i = 0; i < bytes.Length; i++)
            {
                byte b = bytes[i];
                if (settings.Case == 'u' && b is >= (byte)'a' and <= (byte)'z')
                    bytes[i] = (byte)(b - 32);
                else if (settings.Case == 'l' && b is >= (byte)'A' and <= (byte)'Z')
                    bytes[i] = (byte)(b + 32);
            }
        }

        private bool Put(ReadOnlySpan<byte> piece)
        {
            long error = Sys.WriteAll(output, piece);
            if (error < 0)
            {
                command.Fail("error writing " + Quoting.Always(settings.OutputFile ?? "standard output"), error);
                return false;
            }

            if (piece.Length == settings.OutputBlock)
                _fullOut++;
            else
                _partialOut++;
            _bytes += piece.Length;
            return true;
        }

        public void Report(long nanoseconds, bool transfer)
        {
            string text = _fullIn + "+" + _partialIn + " records in\n" + _fullOut + "+" + _partialOut + " records out\n";
            if (transfer)
            {
                string sizes = _bytes >= 1024 ? " (" + HumanSize.Exact(_bytes, false) + ", " + HumanSize.Exact(_bytes, true) + ")"
                    : _bytes >= 1000 ? " (" + HumanSize.Exact(_bytes, false) + ")" : "";
                double seconds = nanoseconds / 1e9;
                string rate = nanoseconds > 0 ? HumanSize.Rate(_bytes / seconds) : "Infinity B/s";
                text += _bytes + (_bytes == 1 ? " byte" : " bytes") + sizes + " copied, " + HumanSize.General(seconds) + " s, " + rate + "\n";
            }

            command.Out.Flush();
            Command.WriteError(text);
        }
    }
}
