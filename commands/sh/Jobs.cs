using System.Text;
using Minix.Commands.Libc;
using Signal = Minix.Kernel.Calls.Signal;
using Minix.Posix;

namespace Minix.Commands.Shell;

/// <summary>
/// The background jobs: each the processes of one command ended by &amp;, numbered from 1, with the text it was
/// started from. A finished job keeps its status until <c>wait</c> or <c>jobs</c> has reported it.
/// </summary>
public sealed class Jobs
{
    private readonly List<Job> _jobs = new();

    /// <summary>Whether any job is still listed.</summary>
    public bool Any => _jobs.Count > 0;

    /// <summary>Records a new background job.</summary>
    /// <param name="pids">Its processes (the last one's status is the job's).</param>
    /// <param name="text">The command as written.</param>
    /// <returns>The job's number.</returns>
    public int Add(List<int> pids, string text)
    {
        int number = 1;
        foreach (Job job in _jobs)
            number = Math.Max(number, job.Number + 1);
        _jobs.Add(new Job(number, pids, text));
        return number;
    }

    /// <summary>Collects the status of every child that has ended, without waiting (or, with <paramref name="block"/>, waiting for one).</summary>
    /// <param name="block">Wait until at least one child ends.</param>
    /// <returns>False when there are no children left to wait for.</returns>
    public bool Reap(bool block)
    {
        bool first = true;
        while (true)
        {
            long pid = Sys.WaitPid(-1, out int status, noHang: !(block && first));
            if (pid <= 0)
                return pid == 0;
            first = false;
            Record((int)pid, status);
        }
    }

    private void Record(int pid, int status)
    {
        foreach (Job job in _jobs)
        {
            int index = job.Pids.IndexOf(pid);
            if (index >= 0)
                job.Statuses[index] = status;
        }
    }

    /// <summary>The job a <c>wait</c> or <c>kill</c> operand names: a pid, or %N for job N.</summary>
    /// <param name="operand">The operand.</param>
    /// <returns>The job, or null when none has that pid or number.</returns>
    public Job? Find(string operand)
    {
        foreach (Job job in _jobs)
        {
            if (operand.StartsWith('%') ? operand[1..] == job.Number.ToString() : job.Pids.Contains(int.TryParse(operand, out int pid) ? pid : -1))
                return job;
        }

        return null;
    }

    /// <summary>Waits until <paramref name="job"/> has ended and removes it.</summary>
    /// <param name="job">The job.</param>
    /// <returns>Its status (as $? shows it).</returns>
    public int WaitFor(Job job)
    {
        for (int i = 0; i < job.Pids.Count; i++)
        {
            if (job.Statuses[i] is null && Sys.WaitPid(job.Pids[i], out int status, noHang: false) > 0)
                job.Statuses[i] = status;
        }

        _jobs.Remove(job);
        return WaitStatus.ShellStatus(job.Statuses[^1] ?? 0);
    }

    /// <summary>Waits for every job and removes them all.</summary>
    public void WaitForAll()
    {
        while (_jobs.Count > 0)
            WaitFor(_jobs[0]);
    }

    /// <summary>
    /// The listing <c>jobs</c> prints (dash's: "[1] + Running", padded, then the command) and, with
    /// <paramref name="onlyFinished"/>, only the ended jobs (what an interactive shell says before its prompt).
    /// Ended jobs are removed once listed.
    /// </summary>
    /// <param name="onlyFinished">List only ended jobs.</param>
    /// <returns>The lines.</returns>
    public string Listing(bool onlyFinished)
    {
        Reap(block: false);
        var text = new StringBuilder();
        for (int i = 0; i < _jobs.Count; i++)
        {
            Job job = _jobs[i];
            if (onlyFinished && !job.Finished)
                continue;
            char mark = i == _jobs.Count - 1 ? '+' : i == _jobs.Count - 2 ? '-' : ' ';
            string line = "[" + job.Number + "] " + mark + " " + job.State;
            text.Append(line.PadRight(33)).Append(job.Text).Append('\n');
        }

        _jobs.RemoveAll(job => job.Finished);
        return text.ToString();
    }
}

/// <summary>One background job.</summary>
/// <param name="Number">Its number (%N).</param>
/// <param name="Pids">Its processes, in pipeline order.</param>
/// <param name="Text">The command as written.</param>
public sealed record Job(int Number, List<int> Pids, string Text)
{
    /// <summary>Each process's wait status, once it has ended.</summary>
    public int?[] Statuses { get; } = new int?[Pids.Count];

    /// <summary>Every process has ended.</summary>
    public bool Finished => Array.TrueForAll(Statuses, status => status is not null);

    /// <summary>"Running", "Done", "Done(N)" for exit status N, or the signal's name.</summary>
    public string State
    {
        get
        {
            if (!Finished)
                return "Running";
            int status = Statuses[^1]!.Value;
            if (WaitStatus.IsSignaled(status))
                return Utf8Text.Decode(SignalNames.Describe((Signal)WaitStatus.TerminatingSignal(status)));
            int code = WaitStatus.ExitCode(status);
            return code == 0 ? "Done" : "Done(" + code + ")";
        }
    }
}
