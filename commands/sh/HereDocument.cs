namespace Minix.Commands.Shell;

/// <summary>
/// A here-document as the lexer reads it: &lt;&lt;WORD (or &lt;&lt;-WORD, which strips leading tabs) on a command line,
/// its body from the lines after that line up to a line that is WORD. A quoted WORD keeps the body as written;
/// otherwise $, ` and \ act in it as inside double quotes.
/// </summary>
/// <param name="Delimiter">The word after the operator.</param>
/// <param name="StripTabs">&lt;&lt;-: leading tabs are removed from each line and from the delimiter's line.</param>
/// <param name="Line">The line of the operator.</param>
public sealed record HereDocument(Word Delimiter, bool StripTabs, int Line)
{
    /// <summary>The body, once the lines after the command were read.</summary>
    public Word? Body { get; set; }

    /// <summary>The lines of the body and its delimiter line as written (for a child shell given the command as text).</summary>
    public string RawText { get; set; } = "";

    /// <summary>The line that ends the body: the delimiter with its quotes removed.</summary>
    public string DelimiterText
    {
        get
        {
            var text = new System.Text.StringBuilder();
            foreach (WordPart part in Delimiter.Parts)
                text.Append(part is LiteralPart literal ? literal.Text : Delimiter.Source);
            return text.ToString();
        }
    }

    /// <summary>Whether the delimiter was quoted, so that nothing in the body expands.</summary>
    public bool Quoted
    {
        get
        {
            foreach (WordPart part in Delimiter.Parts)
            {
                if (part.Quoted)
                    return true;
            }

            return false;
        }
    }
}
