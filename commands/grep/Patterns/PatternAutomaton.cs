namespace Minix.Commands.Grep.Patterns;

/// <summary>What a state of a <see cref="PatternAutomaton"/> does.</summary>
public enum StateKind : byte
{
    /// <summary>Consumes one byte of <see cref="PatternState.Bytes"/>, then goes to Next.</summary>
    Bytes,

    /// <summary>Goes to both Next and Other without consuming.</summary>
    Split,

    /// <summary>Goes to Next if the assertion holds where the match stands.</summary>
    Assert,

    /// <summary>The pattern has matched.</summary>
    Match,
}

/// <summary>One state of a <see cref="PatternAutomaton"/>.</summary>
public struct PatternState
{
    /// <summary>What the state does.</summary>
    public StateKind Kind;

    /// <summary>For <see cref="StateKind.Assert"/>: the test.</summary>
    public Assertion Assertion;

    /// <summary>For <see cref="StateKind.Bytes"/>: the bytes it consumes.</summary>
    public ByteSet Bytes;

    /// <summary>The states that follow (Other only for a split).</summary>
    public int Next, Other;
}

/// <summary>
/// A pattern tree compiled to a nondeterministic automaton, Thompson's way: each part becomes a few states, so the
/// automaton grows with the pattern (an interval copies its part), and matching it never backtracks.
/// </summary>
public sealed class PatternAutomaton
{
    /// <summary>More states than this is GNU's "Regular expression too big" (a bound on grep's memory: a few MB).</summary>
    public const int MostStates = 1 << 17;

    private readonly List<PatternState> _states = new();

    /// <summary>The states; <see cref="Start"/> is the first of a match.</summary>
    public PatternState[] States { get; private set; } = [];

    /// <summary>The state a match starts in.</summary>
    public int Start { get; private set; }

    /// <summary>Compiles <paramref name="root"/>.</summary>
    /// <param name="root">The parsed pattern.</param>
    /// <returns>The automaton, or null if it would be too big.</returns>
    public static PatternAutomaton? Compile(PatternNode root)
    {
        var automaton = new PatternAutomaton();
        int match = automaton.Add(new PatternState { Kind = StateKind.Match });
        int start = automaton.Compile(root, match);
        if (start < 0)
            return null;
        automaton.Start = start;
        automaton.States = automaton._states.ToArray();
        return automaton;
    }

    private int Add(PatternState state)
    {
        _states.Add(state);
        return _states.Count - 1;
    }

    /// <summary>Compiles <paramref name="node"/> so that it continues at <paramref name="next"/>; its first state, or -1.</summary>
    private int Compile(PatternNode node, int next)
    {
        if (next < 0 || _states.Count > MostStates)
            return -1;
        switch (node.Kind)
        {
            case PatternNodeKind.Bytes:
                return Add(new PatternState { Kind = StateKind.Bytes, Bytes = node.Bytes, Next = next });
            case PatternNodeKind.Assert:
                return Add(new PatternState { Kind = StateKind.Assert, Assertion = node.Assertion, Next = next });
            case PatternNodeKind.Sequence:
                for (int i = node.Children.Count - 1; i >= 0; i--)
                    next = Compile(node.Children[i], next);
                return next;
            case PatternNodeKind.Choice:
                int first = Compile(node.Children[0], next);
                for (int i = 1; i < node.Children.Count && first >= 0; i++)
                {
                    // an alternative too big to compile makes the whole automaton too big, never a split to nowhere
                    int other = Compile(node.Children[i], next);
                    first = other < 0 ? -1 : Add(new PatternState { Kind = StateKind.Split, Next = first, Other = other });
                }

                return first;
            case PatternNodeKind.Repeat:
                return CompileRepeat(node.Children[0], node.Min, node.Max, next);
            default:
                return next;
        }
    }

    private int CompileRepeat(PatternNode part, int min, int max, int next)
    {
        if (max < 0)
        {
            // a loop: the split either enters the part (which comes back to it) or leaves
            int loop = Add(new PatternState { Kind = StateKind.Split, Other = next });
            int body = Compile(part, loop);
            if (body < 0)
                return -1;
            PatternState split = _states[loop];
            split.Next = body;
            _states[loop] = split;
            next = loop;
        }
        else
        {
            // nested optional copies, (x(x)?)?, so that each way through is one way
            int exit = next;
            for (int i = min; i < max && next >= 0; i++)
            {
                int body = Compile(part, next);
                next = body < 0 ? -1 : Add(new PatternState { Kind = StateKind.Split, Next = body, Other = exit });
            }
        }

        for (int i = 0; i < min && next >= 0; i++)
            next = Compile(part, next);
        return next;
    }
}
