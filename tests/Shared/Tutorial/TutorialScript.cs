using System.Text;

namespace Minix.Tutorials;

/// <summary>What a marked block of a tutorial asks for.</summary>
internal enum TutorialStepKind
{
    /// <summary>
    /// A shell command, run in the tutorial's folder (<c>```sh tutorial-step</c>, one command a line); it must exit
    /// 0, or the status the mark gives (<c>```sh tutorial-step=3</c>: a boot that ends in a kernel panic).
    /// </summary>
    Command,

    /// <summary>A whole file, written as shown (<c>```xml tutorial-file=nuget.config</c>).</summary>
    File,

    /// <summary>
    /// Lines added to a file (<c>```xml tutorial-edit=MyImage/MyImage.csproj</c>): the block's first line is already in
    /// the file, exactly once, and the other lines go in right after it.
    /// </summary>
    Edit,

    /// <summary>
    /// Lines the output of the command just before must contain (<c>```text tutorial-expect</c>), each within one line
    /// of the output; <c>...</c> in a line stands for text that differs from run to run (paths, times).
    /// </summary>
    Expect,
}

/// <summary>One thing the reader does, as the page says it.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Line">The line of the page it comes from (1-based).</param>
/// <param name="Text">The command (for <see cref="TutorialStepKind.Command"/>), else the block's text.</param>
/// <param name="Path">The file a file or edit step writes, relative to the tutorial's folder.</param>
/// <param name="Lines">The block's lines.</param>
/// <param name="ExitCode">For a command, the status it must exit with.</param>
internal sealed record TutorialStep(TutorialStepKind Kind, int Line, string Text, string? Path, IReadOnlyList<string> Lines, int ExitCode = 0);

/// <summary>
/// The runnable part of a tutorial page: the fenced blocks it marks with a <c>tutorial-...</c> word, in page order.
/// The reader copies them; the test that follows the page (NewUserRouteTests, CrashTutorialTests,
/// LegacyDriverTutorialTests) runs exactly them, so the page cannot drift from a route that works. Unmarked blocks are only for reading.
/// </summary>
/// <remarks>
/// Each command runs on its own, in the tutorial's folder, so a step may not <c>cd</c> (the next command would not
/// be there) and a long command may continue on the next line with a trailing backslash. Whatever the page leaves
/// to the reader's machine (where the packages are) comes in through environment variables.
/// </remarks>
internal sealed class TutorialScript
{
    /// <summary>Marks a block of commands.</summary>
    public const string StepMarker = "tutorial-step";

    /// <summary>Marks a whole file: <c>tutorial-file=path</c>.</summary>
    public const string FileMarker = "tutorial-file";

    /// <summary>Marks lines to add to a file: <c>tutorial-edit=path</c>.</summary>
    public const string EditMarker = "tutorial-edit";

    /// <summary>Marks output the last command must have printed.</summary>
    public const string ExpectMarker = "tutorial-expect";

    private static readonly string[] Shells = ["sh", "bash", "shell", "console"];

    private TutorialScript(IReadOnlyList<TutorialStep> steps, IReadOnlyList<string> errors)
    {
        Steps = steps;
        Errors = errors;
    }

    /// <summary>The steps, in page order.</summary>
    public IReadOnlyList<TutorialStep> Steps { get; }

    /// <summary>Mistakes in the marks, each as <c>page:line: message</c>.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>Reads the marked blocks of a page.</summary>
    /// <param name="page">The page's name, for messages.</param>
    /// <param name="markdown">The page's text.</param>
    /// <returns>The script.</returns>
    public static TutorialScript Parse(string page, string markdown)
    {
        var steps = new List<TutorialStep>();
        var errors = new List<string>();
        foreach (Fence fence in Fences(markdown))
        {
            string[] words = fence.Info.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            string language = words.Length > 0 ? words[0] : "";
            var marks = words.Skip(1).Where(w => w.StartsWith("tutorial", StringComparison.Ordinal)).ToList();
            if (marks.Count == 0)
                continue;
            void Error(int line, string message) => errors.Add($"{page}:{line}: {message}");
            if (marks.Count > 1)
            {
                Error(fence.Line, "a block takes one tutorial mark, not " + string.Join(" ", marks));
                continue;
            }

            string mark = marks[0];
            string name = mark.Split('=')[0];
            string? path = mark.Contains('=') ? mark.Substring(mark.IndexOf('=') + 1) : null;
            switch (name)
            {
                case StepMarker:
                    int exitCode = 0;
                    if (path is not null && !int.TryParse(path, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out exitCode))
                        Error(fence.Line, $"{mark}: after {StepMarker}= comes the exit status the commands end with, a number");
                    if (!Shells.Contains(language))
                        Error(fence.Line, $"{StepMarker} marks shell commands: open the block with ```sh {StepMarker}");
                    foreach ((int line, string command) in CommandLines(fence))
                    {
                        if (command == "cd" || command.StartsWith("cd ", StringComparison.Ordinal) || command.Contains("&& cd ", StringComparison.Ordinal))
                            Error(line, "a step may not cd: each command runs in the tutorial's folder (name the folder in the command instead)");
                        steps.Add(new TutorialStep(TutorialStepKind.Command, line, command, null, [command], exitCode));
                    }

                    break;
                case FileMarker or EditMarker when !string.IsNullOrEmpty(path):
                    if (System.IO.Path.IsPathRooted(path) || path.Split('/', '\\').Contains(".."))
                        Error(fence.Line, $"{mark}: the path must stay inside the tutorial's folder");
                    if (name == EditMarker && fence.Lines.Count(l => l.Trim().Length > 0) < 2)
                        Error(fence.Line, $"{mark}: an edit block needs a line already in the file and at least one line to add after it");
                    steps.Add(new TutorialStep(name == FileMarker ? TutorialStepKind.File : TutorialStepKind.Edit, fence.Line, fence.Text, path, fence.Lines));
                    break;
                case ExpectMarker when path is null:
                    if (steps.LastOrDefault(s => s.Kind != TutorialStepKind.Expect)?.Kind != TutorialStepKind.Command)
                        Error(fence.Line, $"{ExpectMarker} must follow a {StepMarker} block: it is checked against the last command's output");
                    steps.Add(new TutorialStep(TutorialStepKind.Expect, fence.Line, fence.Text, null, fence.Lines.Where(l => l.Trim().Length > 0).Select(l => l.Trim()).ToList()));
                    break;
                default:
                    Error(fence.Line, $"unknown tutorial mark '{mark}' (known: {StepMarker}[=status], {FileMarker}=path, {EditMarker}=path, {ExpectMarker})");
                    break;
            }
        }

        return new TutorialScript(steps, errors);
    }

    /// <summary>The text that stands for whatever a run prints there, in an expected line.</summary>
    public const string Elision = "...";

    /// <summary>
    /// Whether <paramref name="output"/> has a line that shows <paramref name="expected"/>: its pieces between
    /// <see cref="Elision"/>s, in order.
    /// </summary>
    /// <param name="output">What the command printed.</param>
    /// <param name="expected">A line of an expect block, trimmed.</param>
    /// <returns>True if some line of the output matches.</returns>
    public static bool Shows(string output, string expected)
    {
        string[] pieces = expected.Split(Elision);
        foreach (string line in output.Split('\n'))
        {
            int at = 0;
            bool all = true;
            foreach (string piece in pieces)
            {
                int found = line.IndexOf(piece, at, StringComparison.Ordinal);
                if (found < 0)
                {
                    all = false;
                    break;
                }

                at = found + piece.Length;
            }

            if (all)
                return true;
        }

        return false;
    }

    /// <summary>Applies an edit step to a file's text.</summary>
    /// <param name="text">The file as it is.</param>
    /// <param name="edit">The step.</param>
    /// <param name="error">Why it cannot be applied, or null.</param>
    /// <returns>The edited text, or null.</returns>
    public static string? ApplyEdit(string text, TutorialStep edit, out string? error)
    {
        var body = edit.Lines.SkipWhile(l => l.Trim().Length == 0).ToList();
        string anchor = body[0].Trim();
        string newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var at = Enumerable.Range(0, lines.Count).Where(i => lines[i].Trim() == anchor).ToList();
        if (at.Count != 1)
        {
            error = $"{edit.Path}: the line the edit starts from ({anchor}) is in the file {at.Count} times, not once";
            return null;
        }

        lines.InsertRange(at[0] + 1, body.Skip(1));
        error = null;
        return string.Join(newline, lines);
    }

    private static IEnumerable<(int Line, string Command)> CommandLines(Fence fence)
    {
        var pending = new StringBuilder();
        int start = 0;
        for (int i = 0; i < fence.Lines.Count; i++)
        {
            string line = fence.Lines[i].Trim();
            if (pending.Length == 0 && (line.Length == 0 || line.StartsWith('#')))
                continue;
            if (pending.Length == 0)
                start = fence.Line + 1 + i;
            if (line.EndsWith('\\'))
            {
                pending.Append(line.AsSpan(0, line.Length - 1).TrimEnd()).Append(' ');
                continue;
            }

            pending.Append(line);
            yield return (start, pending.ToString());
            pending.Clear();
        }

        if (pending.Length > 0)
            yield return (start, pending.ToString().TrimEnd());
    }

    /// <summary>A fenced code block: its info string, the line of its opening fence, its lines.</summary>
    private sealed record Fence(string Info, int Line, IReadOnlyList<string> Lines)
    {
        public string Text => string.Join("\n", Lines) + "\n";
    }

    /// <summary>The fenced blocks of a page (CommonMark: up to three spaces, then at least three ` or ~).</summary>
    private static IEnumerable<Fence> Fences(string markdown)
    {
        string[] lines = markdown.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        for (int i = 0; i < lines.Length; i++)
        {
            int indent = lines[i].Length - lines[i].TrimStart(' ').Length;
            string rest = lines[i].TrimStart(' ');
            if (indent > 3 || rest.Length < 3 || (rest[0] != '`' && rest[0] != '~'))
                continue;
            char c = rest[0];
            int length = rest.TakeWhile(ch => ch == c).Count();
            if (length < 3)
                continue;
            string info = rest.Substring(length).Trim();
            if (c == '`' && info.Contains('`'))
                continue;
            var body = new List<string>();
            int open = i;
            for (i++; i < lines.Length; i++)
            {
                string closing = lines[i].TrimStart(' ');
                if (lines[i].Length - closing.Length <= 3 && closing.Length >= length && closing.TakeWhile(ch => ch == c).Count() >= length && closing.TrimStart(c).Trim().Length == 0)
                    break;
                string content = lines[i];
                int strip = Math.Min(indent, content.Length - content.TrimStart(' ').Length);
                body.Add(content.Substring(strip));
            }

            yield return new Fence(info, open + 1, body);
        }
    }
}
