using Minix.Commands.Libc;
using Minix.Ipc;
using Minix.Posix.Abi;

namespace Minix.Commands.Grep;

/// <summary>
/// grep's operands, read in turn: "-" is the standard input, a directory is walked with -r and -R (each directory's
/// entries in the order the directory gives them, those of a subdirectory right where it comes) and refused
/// without. A walked file is named as GNU grep names it: the operand, a '/', the path below it; with no operand the
/// walk is of "." and the names have no "./" before them. -r follows only the symbolic links on the command line,
/// -R all of them; devices, FIFOs and sockets met in a walk are skipped.
/// </summary>
internal sealed class DirectoryWalk(Command command, Settings settings, FileSearch search)
{
    /// <summary>The paths still to search, the next one last: what a directory holds is pushed when it is read.</summary>
    private readonly List<string> _pending = new();

    /// <summary>A file could not be read.</summary>
    public bool Failed { get; private set; }

    /// <summary>Searches the operands (with -r and none, the current directory).</summary>
    /// <param name="operands">The file operands.</param>
    public void Run(List<string> operands)
    {
        if (operands.Count == 0)
        {
            if (settings.Recursive)
                Directory(".", "");
            else
                Operand("-");
        }

        foreach (string operand in operands)
        {
            if (search.Done)
                break;
            Operand(operand);
        }
    }

    private void Operand(string operand)
    {
        // the standard input is searched whatever --include and --exclude say
        if (operand == "-")
        {
            Read(Sys.StandardInput, settings.StandardInputName);
            return;
        }

        long error = Sys.Stat(operand, out FileStatus status);
        if (error >= 0 && FileModeBits.TypeOf(status.Mode) == FileModeBits.Directory)
        {
            if (!settings.Recursive)
            {
                Problem(operand, (long)Status.IsDirectory);
                return;
            }

            if (!settings.Globs.SkipsDirectory(operand, operand: true))
                Directory(operand, operand);
            return;
        }

        if (settings.Globs.SkipsFile(operand, operand: true))
            return;
        Open(operand);
    }

    /// <summary>Walks a directory: <paramref name="path"/> to reach it, <paramref name="shown"/> before its entries' names ("" for the implicit ".").</summary>
    private void Directory(string path, string shown)
    {
        if (!settings.WithoutNames)
            search.Prefix.Names = true;
        Push(path, shown);
        while (_pending.Count > 0 && !search.Done)
        {
            string entry = _pending[^1];
            _pending.RemoveAt(_pending.Count - 1);
            Entry(entry);
        }

        _pending.Clear();
    }

    /// <summary>Reads a directory and pushes its entries, the first last, so that they are searched in its order.</summary>
    private void Push(string path, string shown)
    {
        var names = new List<string>();
        long error = Sys.ReadDirectory(path, names);
        if (error < 0)
        {
            Problem(path, error);
            return;
        }

        // as GNU grep, "d/" and "d//" give "d/x", not "d//x"
        string trimmed = shown.TrimEnd('/');
        string prefix = shown.Length == 0 ? "" : trimmed.Length == 0 ? "/" : trimmed + "/";
        for (int i = names.Count - 1; i >= 0; i--)
        {
            if (names[i] is not ("." or ".."))
                _pending.Add(prefix + names[i]);
        }
    }

    /// <summary>Searches a file met in a walk, or walks a directory met there.</summary>
    private void Entry(string path)
    {
        long error = settings.Dereference ? Sys.Stat(path, out FileStatus status) : Sys.LinkStat(path, out status);
        if (error < 0)
        {
            Problem(path, error);
            return;
        }

        string name = path.Substring(path.LastIndexOf('/') + 1);
        int type = FileModeBits.TypeOf(status.Mode);
        if (type == FileModeBits.Directory)
        {
            if (!settings.Globs.SkipsDirectory(name, operand: false))
                Push(path, path);
        }
        else if (type == FileModeBits.Regular && !settings.Globs.SkipsFile(name, operand: false))
        {
            Open(path);
        }
    }

    private void Open(string path)
    {
        long fd = Sys.Open(path, OpenFlags.ReadOnly);
        if (fd < 0)
        {
            Problem(path, fd);
            return;
        }

        Read(fd, path);
        InputFiles.Close(fd);
    }

    private void Read(long fd, string shown)
    {
        long error = Sys.FileStat((int)fd, out FileStatus status);
        if (error >= 0 && FileModeBits.TypeOf(status.Mode) == FileModeBits.Directory)
            error = (long)Status.IsDirectory;
        byte[] data = [];
        if (error >= 0)
            error = InputFiles.ReadAll(fd, out data);
        if (error < 0)
        {
            Problem(shown, error);
            return;
        }

        search.Search(data, shown, FileModeBits.TypeOf(status.Mode) == FileModeBits.Regular ? status.SizeInBytes : -1);
    }

    private void Problem(string shown, long error)
    {
        Failed = true;
        if (!settings.Silent)
            command.Error(shown + ": " + ErrorText.Of(error));
    }
}
