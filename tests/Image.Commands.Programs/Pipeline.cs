using System.Collections.Generic;
using System.Text;
using Minix.Commands.Libc;
using Minix.DriverKit;

namespace Image.Commands.Programs;

/// <summary>
/// pipeline: what a shell does for <c>a | b | c</c>, until the system has a shell. Its arguments are the commands,
/// separated by <c>|</c> words; each runs from /bin with its standard input the previous one's output, and the
/// last one's output and standard error come back through a pipe. It logs <c>run: WORDS</c>, then <c>out: LINE</c> for each line
/// the last command printed, then <c>done: BYTES bytes, statuses S1 S2 ...</c> (the shell's exit statuses in order, 128 + n for signal n), so a
/// test can rebuild the output from the log and compare it with the same pipeline run on another system.
/// </summary>
public static class Pipeline
{
    /// <summary>Runs the pipeline.</summary>
    /// <param name="args">The commands' words with <c>|</c> between commands.</param>
    /// <returns>0, or 1 if a command could not start.</returns>
    public static int Main(string[] args)
    {
        Say("run: " + string.Join(' ', args));
        List<string[]> commands = Split(args);
        if (Sys.Pipe(out int resultRead, out int resultWrite) < 0)
            return Fail("no pipe for the output");
        Sys.SetCloseOnExec(resultRead);
        Sys.SetCloseOnExec(resultWrite);

        var pids = new long[commands.Count];
        int input = -1; // the first command reads nothing: its standard input is closed
        for (int i = 0; i < commands.Count; i++)
        {
            int output = resultWrite, nextInput = -1;
            if (i < commands.Count - 1)
            {
                if (Sys.Pipe(out nextInput, out output) < 0)
                    return Fail("no pipe after " + commands[i][0]);
                Sys.SetCloseOnExec(nextInput);
                Sys.SetCloseOnExec(output);
            }

            // The last command's standard error joins its output (as 2>&1 would), so what a program reports there is logged too.
            int error = i == commands.Count - 1 ? output : -1;
            pids[i] = Sys.Spawn("/bin/" + commands[i][0], commands[i], [], [input, output, error], ignoreInterrupts: false);
            if (input >= 0)
                Sys.Close(input);
            if (output != resultWrite)
                Sys.Close(output);
            if (pids[i] < 0)
                Say("cannot run " + commands[i][0] + ": " + ErrorText.Of(pids[i]));
            input = nextInput;
        }

        Sys.Close(resultWrite);
        long total = LogLines(resultRead);
        Sys.Close(resultRead);

        var statuses = new StringBuilder();
        foreach (long pid in pids)
        {
            int status = 0;
            if (pid > 0)
                Sys.WaitPid((int)pid, out status, noHang: false);
            statuses.Append(' ').Append(pid > 0 ? Minix.Posix.WaitStatus.ShellStatus(status) : 127);
        }

        Say("done: " + total + " bytes, statuses" + statuses);
        return Array.Exists(pids, pid => pid < 0) ? 1 : 0;
    }

    private static List<string[]> Split(string[] args)
    {
        var commands = new List<string[]>();
        var words = new List<string>();
        foreach (string word in args)
        {
            if (word != "|")
            {
                words.Add(word);
                continue;
            }

            commands.Add(words.ToArray());
            words.Clear();
        }

        commands.Add(words.ToArray());
        return commands;
    }

    /// <summary>Reads the last command's output to its end and logs it line by line; returns its length in bytes.</summary>
    private static long LogLines(int fd)
    {
        var line = new List<byte>();
        var buffer = new byte[512];
        long total = 0;
        while (true)
        {
            long got = Sys.Read(fd, buffer);
            if (got <= 0)
                break;
            total += got;
            for (int i = 0; i < got; i++)
            {
                if (buffer[i] != (byte)'\n')
                {
                    line.Add(buffer[i]);
                    continue;
                }

                Say("out: " + Encoding.UTF8.GetString(line.ToArray()));
                line.Clear();
            }
        }

        if (line.Count > 0)
            Say("out: " + Encoding.UTF8.GetString(line.ToArray()));
        return total;
    }

    private static int Fail(string message)
    {
        Say(message);
        return 1;
    }

    private static void Say(string text) => Log.Write(Encoding.UTF8.GetBytes(text));
}
