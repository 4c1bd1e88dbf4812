namespace Minix.DriverKit.Analyzers;

/// <summary>Builds the help link of every rule: one page per id on the documentation site (docs/rules/ID.md).</summary>
public static class HelpLinks
{
    /// <summary>The folder of the rule pages on the documentation site.</summary>
    public const string Base = "https://minix-sharp.github.io/minix-sharp/rules/";

    /// <summary>The page of one rule.</summary>
    /// <param name="id">A rule id such as MINIX001.</param>
    /// <returns>The page's address.</returns>
    public static string For(string id) => Base + id + ".html";
}
