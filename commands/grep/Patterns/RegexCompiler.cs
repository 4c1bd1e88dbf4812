namespace Minix.Commands.Grep.Patterns;

/// <summary>Turns grep's list of patterns, with its -i and -x, into one <see cref="PatternMatcher"/>.</summary>
public static class RegexCompiler
{
    /// <summary>Compiles <paramref name="patterns"/>: a line matches if any of them does.</summary>
    /// <param name="patterns">The patterns, at least one.</param>
    /// <param name="extended">-E syntax; else basic (-G).</param>
    /// <param name="ignoreCase">-i.</param>
    /// <param name="wholeLine">-x: a match must be the whole line.</param>
    /// <param name="warnings">GNU's warnings about the patterns.</param>
    /// <param name="error">Null, or GNU's message for the first invalid pattern ("[:space:]" only once all the others are valid, as GNU checks it last).</param>
    /// <returns>The matcher, or null after an error.</returns>
    public static PatternMatcher? Compile(List<byte[]> patterns, bool extended, bool ignoreCase, bool wholeLine, List<string> warnings, out string? error)
    {
        var choices = new List<PatternNode>();
        bool classSyntax = false;
        foreach (byte[] pattern in patterns)
        {
            PatternNode? node = PatternParser.Parse(pattern, extended, ignoreCase, warnings, out error, out bool looksLikeClass);
            if (node is null)
                return null;
            choices.Add(node);
            classSyntax |= looksLikeClass;
        }

        if (classSyntax)
        {
            error = BracketExpression.ClassSyntax;
            return null;
        }

        PatternNode root = choices.Count == 1 ? choices[0] : PatternNode.Of(PatternNodeKind.Choice, choices);
        if (wholeLine)
            root = PatternNode.Of(PatternNodeKind.Sequence, [PatternNode.OfAssertion(Assertion.LineStart), root, PatternNode.OfAssertion(Assertion.LineEnd)]);
        PatternAutomaton? automaton = PatternAutomaton.Compile(root);
        error = automaton is null ? "Regular expression too big" : null;
        return automaton is null ? null : new PatternMatcher(automaton);
    }
}
