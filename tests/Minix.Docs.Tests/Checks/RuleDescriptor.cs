namespace Minix.Docs.Checks;

/// <summary>What the rule-page check needs of one analyzer diagnostic descriptor.</summary>
/// <param name="Id">The rule id, e.g. <c>MINIX001</c>.</param>
/// <param name="Title">The descriptor's title.</param>
/// <param name="HelpLinkUri">The descriptor's help link, or empty.</param>
public sealed record RuleDescriptor(string Id, string Title, string HelpLinkUri);
