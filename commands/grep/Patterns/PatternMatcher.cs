namespace Minix.Commands.Grep.Patterns;

/// <summary>
/// Whether a line holds a match of a <see cref="PatternAutomaton"/>: the automaton is run over the line once, with the
/// set of states it can be in at each byte (a new match may start at every byte), so the time is the line's length
/// times the automaton's size at worst. The sets are allocated once: matching a line allocates nothing.
/// </summary>
public sealed class PatternMatcher
{
    private readonly PatternState[] _states;
    private readonly int _start;
    private readonly int[] _seen, _stack;
    private int[] _current, _next;
    private int _currentCount, _nextCount, _generation;
    private bool _found;

    /// <summary>A matcher for <paramref name="automaton"/>.</summary>
    /// <param name="automaton">The compiled pattern.</param>
    public PatternMatcher(PatternAutomaton automaton)
    {
        _states = automaton.States;
        _start = automaton.Start;
        _seen = new int[_states.Length];
        _stack = new int[2 * _states.Length + 2];
        _current = new int[_states.Length];
        _next = new int[_states.Length];
    }

    /// <summary>Whether some part of <paramref name="line"/> matches.</summary>
    /// <param name="line">The line, without its newline.</param>
    /// <param name="words">-w: the match must have no word byte just before or just after it.</param>
    /// <returns>True if a match was found.</returns>
    public bool Matches(ReadOnlySpan<byte> line, bool words)
    {
        _found = false;
        _currentCount = 0;
        NextGeneration();
        for (int at = 0; ; at++)
        {
            if (!words || at == 0 || !CharacterClasses.IsWordByte(line[at - 1]))
                Follow(_start, line, at, words, ref _current, ref _currentCount);
            if (_found)
                return true;
            if (at == line.Length)
                return false;

            Step(line, at, words);
            if (_found)
                return true;
        }
    }

    /// <summary>Moves the states reached so far over byte <paramref name="at"/> of <paramref name="line"/>.</summary>
    private void Step(ReadOnlySpan<byte> line, int at, bool words)
    {
        NextGeneration();
        _nextCount = 0;
        byte b = line[at];
        for (int i = 0; i < _currentCount; i++)
        {
            ref PatternState state = ref _states[_current[i]];
            if (state.Bytes.Contains(b))
                Follow(state.Next, line, at + 1, words, ref _next, ref _nextCount);
        }

        (_current, _next) = (_next, _current);
        _currentCount = _nextCount;
    }

    /// <summary>
    /// The end of the longest match that starts at <paramref name="start"/>, for -o: assertions still see the whole
    /// line, so a ^ only holds at its start, as when GNU grep looks for the next match after the previous one.
    /// </summary>
    /// <param name="line">The line, without its newline.</param>
    /// <param name="start">Where the match must start.</param>
    /// <param name="words">-w: the match must have no word byte just before or just after it.</param>
    /// <returns>The index just after the longest match, or -1 if none starts there.</returns>
    public int LongestAt(ReadOnlySpan<byte> line, int start, bool words)
    {
        if (words && start > 0 && CharacterClasses.IsWordByte(line[start - 1]))
            return -1;
        int longest = -1;
        _found = false;
        _currentCount = 0;
        NextGeneration();
        Follow(_start, line, start, words, ref _current, ref _currentCount);
        for (int at = start; ; at++)
        {
            if (_found)
                longest = at;
            _found = false;
            if (at == line.Length || _currentCount == 0)
                return longest;

            Step(line, at, words);
        }
    }

    private void NextGeneration()
    {
        if (++_generation == int.MaxValue)
        {
            Array.Clear(_seen);
            _generation = 1;
        }
    }

    /// <summary>Adds <paramref name="state"/> and every state reachable from it without consuming a byte at <paramref name="at"/>.</summary>
    private void Follow(int state, ReadOnlySpan<byte> line, int at, bool words, ref int[] set, ref int count)
    {
        int depth = 0;
        _stack[depth++] = state;
        while (depth > 0)
        {
            int s = _stack[--depth];
            if (_seen[s] == _generation)
                continue;
            _seen[s] = _generation;
            ref PatternState current = ref _states[s];
            switch (current.Kind)
            {
                case StateKind.Bytes:
                    set[count++] = s;
                    break;
                case StateKind.Split:
                    _stack[depth++] = current.Other;
                    _stack[depth++] = current.Next;
                    break;
                case StateKind.Assert:
                    if (Holds(current.Assertion, line, at))
                        _stack[depth++] = current.Next;
                    break;
                case StateKind.Match:
                    if (!words || at == line.Length || !CharacterClasses.IsWordByte(line[at]))
                        _found = true;
                    break;
            }
        }
    }

    private static bool Holds(Assertion assertion, ReadOnlySpan<byte> line, int at)
    {
        bool before = at > 0 && CharacterClasses.IsWordByte(line[at - 1]);
        bool after = at < line.Length && CharacterClasses.IsWordByte(line[at]);
        return assertion switch
        {
            Assertion.LineStart => at == 0,
            Assertion.LineEnd => at == line.Length,
            Assertion.WordStart => after && !before,
            Assertion.WordEnd => before && !after,
            Assertion.WordBoundary => before != after,
            _ => before == after,
        };
    }
}
