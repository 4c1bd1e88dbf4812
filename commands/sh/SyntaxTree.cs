namespace Minix.Commands.Shell;

/// <summary>What a redirection does to its descriptor.</summary>
public enum RedirectionKind
{
    /// <summary>&lt; file: open for reading.</summary>
    Input,

    /// <summary>&gt; file (and &gt;|): create or truncate.</summary>
    Output,

    /// <summary>&gt;&gt; file: create or append.</summary>
    Append,

    /// <summary>&lt;&gt; file: open for reading and writing.</summary>
    ReadWrite,

    /// <summary>n&gt;&amp;m or n&lt;&amp;m: a copy of descriptor m (or "-": closed).</summary>
    Duplicate,

    /// <summary>&lt;&lt;WORD: the target is the here-document's body, read from a pipe (a temporary file when large).</summary>
    HereDocument,
}

/// <summary>One redirection of a command: descriptor <paramref name="Fd"/> from <paramref name="Target"/>.</summary>
/// <param name="Fd">The descriptor redirected.</param>
/// <param name="Kind">How.</param>
/// <param name="Target">The file, or for <see cref="RedirectionKind.Duplicate"/> the descriptor number or "-".</param>
public sealed record Redirection(int Fd, RedirectionKind Kind, Word Target);

/// <summary>NAME=value before a command's name.</summary>
/// <param name="Name">The variable.</param>
/// <param name="Value">Its value, expanded without field splitting.</param>
public sealed record Assignment(string Name, Word Value);

/// <summary>One stage of a pipeline: a simple command or a ( subshell ).</summary>
/// <param name="Redirections">In the order written (they apply left to right).</param>
/// <param name="Source">The command as written.</param>
public abstract record PipelineStage(IReadOnlyList<Redirection> Redirections, string Source);

/// <summary>A simple command: assignments, words (the first names the command) and redirections.</summary>
/// <param name="Assignments">The NAME=value words before the command.</param>
/// <param name="Words">The command and its arguments, unexpanded.</param>
/// <param name="Redirections">In the order written (they apply left to right).</param>
/// <param name="Source">The command as written.</param>
public sealed record SimpleCommand(IReadOnlyList<Assignment> Assignments, IReadOnlyList<Word> Words, IReadOnlyList<Redirection> Redirections, string Source)
    : PipelineStage(Redirections, Source);

/// <summary>( list ): commands run in a child shell, so that what they change (variables, the directory) stays there.</summary>
/// <param name="Text">The commands between the parentheses.</param>
/// <param name="Redirections">Redirections of the whole group.</param>
/// <param name="Source">The group as written.</param>
public sealed record SubshellCommand(string Text, IReadOnlyList<Redirection> Redirections, string Source) : PipelineStage(Redirections, Source);

/// <summary>Commands joined by |, each one's output the next one's input; the status is the last one's (inverted by !).</summary>
/// <param name="Stages">The commands, at least one.</param>
/// <param name="Negated">Preceded by !.</param>
/// <param name="Source">The pipeline as written.</param>
public sealed record Pipeline(IReadOnlyList<PipelineStage> Stages, bool Negated, string Source);

/// <summary>How a pipeline joins the one before it in an and-or list.</summary>
public enum Connector
{
    /// <summary>&amp;&amp;: run only if the status so far is 0.</summary>
    And,

    /// <summary>||: run only if the status so far is not 0.</summary>
    Or,
}

/// <summary>Pipelines joined by &amp;&amp; and ||, run in the foreground or (ended by &amp;) in the background.</summary>
/// <param name="First">The first pipeline.</param>
/// <param name="Rest">The others, each with the operator before it.</param>
/// <param name="Background">Ended by &amp;.</param>
/// <param name="Source">The list as written (without the &amp;).</param>
public sealed record AndOrList(Pipeline First, IReadOnlyList<(Connector Connector, Pipeline Pipeline)> Rest, bool Background, string Source);

/// <summary>What one complete command line (or more, joined by ; and newlines) holds, in order.</summary>
/// <param name="Items">The and-or lists.</param>
public sealed record CommandList(IReadOnlyList<AndOrList> Items);

/// <summary>if LIST; then LIST; [elif LIST; then LIST;]... [else LIST;] fi.</summary>
/// <param name="Branches">Each condition with the commands it guards, in order.</param>
/// <param name="Else">The else part, or null.</param>
/// <param name="Redirections">Redirections of the whole command.</param>
/// <param name="Source">The command as written.</param>
public sealed record IfCommand(IReadOnlyList<(CommandList Condition, CommandList Body)> Branches, CommandList? Else, IReadOnlyList<Redirection> Redirections, string Source)
    : PipelineStage(Redirections, Source);

/// <summary>while LIST; do LIST; done, or until: the body runs while the condition's status is 0 (until: not 0).</summary>
/// <param name="Until">until instead of while.</param>
/// <param name="Condition">The condition.</param>
/// <param name="Body">The body.</param>
/// <param name="Redirections">Redirections of the whole loop.</param>
/// <param name="Source">The command as written.</param>
public sealed record LoopCommand(bool Until, CommandList Condition, CommandList Body, IReadOnlyList<Redirection> Redirections, string Source)
    : PipelineStage(Redirections, Source);

/// <summary>for NAME [in WORD...]; do LIST; done: the body once per field of the words (without in: per positional parameter).</summary>
/// <param name="Name">The variable.</param>
/// <param name="Words">The words after in, or null for "$@".</param>
/// <param name="Body">The body.</param>
/// <param name="Redirections">Redirections of the whole loop.</param>
/// <param name="Source">The command as written.</param>
public sealed record ForCommand(string Name, IReadOnlyList<Word>? Words, CommandList Body, IReadOnlyList<Redirection> Redirections, string Source)
    : PipelineStage(Redirections, Source);

/// <summary>{ LIST; }: commands grouped in this shell (for one redirection or one status).</summary>
/// <param name="Body">The commands.</param>
/// <param name="Redirections">Redirections of the group.</param>
/// <param name="Source">The group as written.</param>
public sealed record BraceGroup(CommandList Body, IReadOnlyList<Redirection> Redirections, string Source) : PipelineStage(Redirections, Source);

/// <summary>One item of a case: its patterns and the commands run when one matches.</summary>
/// <param name="Patterns">The patterns (pat1|pat2), unexpanded.</param>
/// <param name="Body">The commands (possibly none).</param>
public sealed record CaseItem(IReadOnlyList<Word> Patterns, CommandList Body);

/// <summary>case WORD in PATTERN) LIST;; ... esac: the first item with a pattern matching the word runs.</summary>
/// <param name="Subject">The word matched.</param>
/// <param name="Items">The items, in order.</param>
/// <param name="Redirections">Redirections of the whole command.</param>
/// <param name="Source">The command as written.</param>
public sealed record CaseCommand(Word Subject, IReadOnlyList<CaseItem> Items, IReadOnlyList<Redirection> Redirections, string Source)
    : PipelineStage(Redirections, Source);

/// <summary>NAME() COMMAND: defines a function, run like a command with its arguments as $1, $2, ...</summary>
/// <param name="Name">The function's name.</param>
/// <param name="Body">The compound command it runs.</param>
/// <param name="Source">The definition as written.</param>
public sealed record FunctionDefinition(string Name, PipelineStage Body, string Source) : PipelineStage([], Source);
