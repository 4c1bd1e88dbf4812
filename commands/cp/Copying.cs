using Minix.Commands.Libc;
using Minix.Ipc;
using Minix.Posix.Abi;

namespace Minix.Commands.Cp;

/// <summary>One run's settings, and the copy of one name (and, with -r, of what is under it).</summary>
/// <param name="command">For messages and the output.</param>
internal sealed class Copying(Command command)
{
    /// <summary>-r, -R, -a: directories are copied with what is in them.</summary>
    public bool Recursive;

    /// <summary>-n: an existing destination is kept.</summary>
    public bool NoClobber;

    /// <summary>-i: asked before an existing destination is overwritten.</summary>
    public bool Interactive;

    /// <summary>-f: a destination that cannot be opened for writing is removed and made again.</summary>
    public bool Force;

    /// <summary>-u: an existing destination is kept unless its source is newer.</summary>
    public bool Update;

    /// <summary>-l: files are hard links to their sources instead of copies.</summary>
    public bool HardLinks;

    /// <summary>-P, -a: a symbolic link is copied as a link, not as what it leads to.</summary>
    public bool NoDereference;

    /// <summary>-v: each copy is said.</summary>
    public bool Verbose;

    /// <summary>-p, -a, --preserve: what the copy keeps of its source.</summary>
    public PreservedAttributes Preserved;

    /// <summary>The directories this run made: a copy into itself skips them instead of copying without end.</summary>
    private readonly List<(ulong Device, ulong Inode)> _made = new();

    /// <summary>Copies <paramref name="source"/> to <paramref name="destination"/>.</summary>
    /// <param name="source">What is copied.</param>
    /// <param name="destination">The name of the copy.</param>
    /// <param name="top">Whether it is an operand (not something found under one).</param>
    public void Copy(string source, string destination, bool top)
    {
        long error = NoDereference ? Sys.LinkStat(source, out FileStatus from) : Sys.Stat(source, out from);
        if (error < 0)
        {
            command.Fail("cannot stat " + Quoting.Always(source), error);
            return;
        }

        long missing = Sys.Stat(destination, out FileStatus to);
        bool exists = missing == 0;
        if (missing < 0 && missing != (long)Status.NotFound)
        {
            command.Fail("cannot stat " + Quoting.Always(destination), missing); // as GNU cp: "f/" names no directory
            return;
        }

        int type = FileModeBits.TypeOf(from.Mode);
        bool directory = type == FileModeBits.Directory;
        if (directory && _made.Contains((from.Device, from.Inode)))
            return;
        if (directory && !Recursive)
        {
            command.Fail("-r not specified; omitting directory " + Quoting.Always(source));
            return;
        }

        if (exists && TargetOperands.SameFile(from, to))
        {
            command.Fail(Quoting.Always(source) + " and " + Quoting.Always(destination) + " are the same file");
            return;
        }

        if (directory)
        {
            CopyDirectory(source, destination, from, exists ? FileModeBits.TypeOf(to.Mode) : 0, top);
            return;
        }

        if (exists && (NoClobber || (Update && to.ModifyTime >= from.ModifyTime) || (Interactive && !Confirmed(destination))))
            return;
        if (exists && FileModeBits.TypeOf(to.Mode) == FileModeBits.Directory)
        {
            command.Fail("cannot overwrite directory " + Quoting.Always(destination) + " with non-directory");
            return;
        }

        bool copied = HardLinks ? MakeLink(source, destination, exists)
            : type == FileModeBits.SymbolicLink ? CopyLink(source, destination, exists)
            : CopyFile(source, destination, from.Mode & 0x1FF, exists);
        if (!copied)
            return;
        if (!HardLinks && type != FileModeBits.SymbolicLink)
            Keep(destination, from);
        if (Verbose)
            command.Out.Write(Quoting.Always(source) + " -> " + Quoting.Always(destination) + "\n");
    }

    private void CopyDirectory(string source, string destination, in FileStatus from, int existingType, bool top)
    {
        // as GNU cp: said, but the copy goes on (once: the new directory is not copied into itself again)
        if (top && destination.StartsWith(source.TrimEnd('/') + "/", StringComparison.Ordinal))
            command.Fail("cannot copy a directory, " + Quoting.Always(source) + ", into itself, " + Quoting.Always(destination));

        if (existingType != 0 && existingType != FileModeBits.Directory)
        {
            command.Fail("cannot overwrite non-directory " + Quoting.Always(destination) + " with directory " + Quoting.Always(source));
            return;
        }

        if (existingType == 0)
        {
            long made = Sys.MakeDirectory(destination, from.Mode & 0x1FF);
            if (made < 0)
            {
                command.Fail("cannot create directory " + Quoting.Always(destination), made);
                return;
            }

            if (Sys.Stat(destination, out FileStatus created) == 0)
                _made.Add((created.Device, created.Inode));
            if (Verbose)
                command.Out.Write(Quoting.Always(source) + " -> " + Quoting.Always(destination) + "\n");
        }

        var names = new List<string>();
        long error = Sys.ReadDirectory(source, names);
        if (error < 0)
        {
            command.Fail("cannot access " + Quoting.Always(source), error);
            return;
        }

        foreach (string name in names)
        {
            if (name is not ("." or ".."))
                Copy(TargetOperands.Inside(source, name), TargetOperands.Inside(destination, name), top: false);
        }

        // last, as what was copied into it changed its times
        Keep(destination, from);
    }

    /// <summary>-i: "overwrite 'x'?" on the standard error, and a line from the standard input that starts with y or Y.</summary>
    private bool Confirmed(string destination)
    {
        command.Out.Flush();
        Command.WriteError(command.Name + ": overwrite " + Quoting.Always(destination) + "? ");
        Span<byte> one = stackalloc byte[1];
        bool yes = false, first = true;
        while (Sys.Read(Sys.StandardInput, one) == 1 && one[0] != '\n')
        {
            if (first)
                yes = one[0] is (byte)'y' or (byte)'Y';
            first = false;
        }

        return yes;
    }

    /// <summary>-l: a hard link instead of a copy; with -f an existing name is removed first.</summary>
    private bool MakeLink(string source, string destination, bool exists)
    {
        if (exists && Force)
            Sys.Unlink(destination);
        long error = Sys.Link(source, destination);
        if (error < 0)
        {
            command.Fail("cannot create hard link " + Quoting.Always(destination) + " to " + Quoting.Always(source), error);
            return false;
        }

        return true;
    }

    /// <summary>-P: a symbolic link copied as one (there are none on the image's file system).</summary>
    private bool CopyLink(string source, string destination, bool exists)
    {
        long error = Sys.ReadLink(source, out string target);
        if (error == 0 && exists)
            Sys.Unlink(destination);
        if (error == 0)
            error = Sys.SymbolicLink(target, destination);
        if (error < 0)
        {
            command.Fail("cannot create symbolic link " + Quoting.Always(destination) + " to " + Quoting.Always(target), error);
            return false;
        }

        return true;
    }

    /// <summary>
    /// -p's attributes, set on the copy: the owner first, as giving a file away may clear its set-id bits, then the
    /// mode, then the times (the last, as nothing after changes them). An owner the system refuses is no error, as in
    /// GNU's cp for a user who is not root.
    /// </summary>
    private void Keep(string destination, in FileStatus from)
    {
        if ((Preserved & PreservedAttributes.Ownership) != 0)
            Sys.ChangeOwner(destination, from.UserId, from.GroupId);
        if ((Preserved & PreservedAttributes.Mode) != 0)
        {
            long error = Sys.ChangeMode(destination, from.Mode & 0xFFF);
            if (error < 0)
                command.Fail("preserving permissions for " + Quoting.Always(destination), error);
        }

        if ((Preserved & PreservedAttributes.Timestamps) != 0)
        {
            long error = Sys.SetTimes(destination, from.AccessTime, from.ModifyTime);
            if (error < 0)
                command.Fail("preserving times for " + Quoting.Always(destination), error);
        }
    }

    private bool CopyFile(string source, string destination, int mode, bool exists)
    {
        long input = Sys.Open(source, OpenFlags.ReadOnly);
        if (input < 0)
        {
            command.Fail("cannot open " + Quoting.Always(source) + " for reading", input);
            return false;
        }

        long output = Sys.Open(destination, OpenFlags.WriteOnly | OpenFlags.Create | OpenFlags.Truncate, mode);
        if (output < 0 && exists && Force && Sys.Unlink(destination) == 0)
            output = Sys.Open(destination, OpenFlags.WriteOnly | OpenFlags.Create | OpenFlags.Truncate, mode);
        if (output < 0)
        {
            Sys.Close((int)input);
            // A new name with a slash after it asks for a directory that is not there (the system says EISDIR): GNU says so.
            bool slash = output == (long)Status.IsDirectory && destination.EndsWith('/');
            command.Fail((exists ? "cannot open " + Quoting.Always(destination) + " for writing" : "cannot create regular file " + Quoting.Always(destination)), slash ? (long)Status.NotDirectory : output);
            return false;
        }

        bool copied = Transfer((int)input, (int)output, source, destination);
        Sys.Close((int)input);
        long closed = Sys.Close((int)output);
        if (closed < 0 && copied)
        {
            command.Fail("failed to close " + Quoting.Always(destination), closed);
            return false;
        }

        return copied;
    }

    private bool Transfer(int input, int output, string source, string destination)
    {
        var buffer = new byte[16384];
        while (true)
        {
            long got = Sys.Read(input, buffer);
            if (got == 0)
                return true;
            if (got < 0)
            {
                command.Fail("error reading " + Quoting.Always(source), got);
                return false;
            }

            long error = Sys.WriteAll(output, buffer.AsSpan(0, (int)got));
            if (error < 0)
            {
                command.Fail("error writing " + Quoting.Always(destination), error);
                return false;
            }
        }
    }
}
