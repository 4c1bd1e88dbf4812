using System.Text;

namespace Minix.Commands.Tests;

/// <summary>
/// The shell's patterns (case, ${X%pattern} and ${X#pattern}, pathname expansion) match as dash matches them:
/// character classes, backslashes that quote (in the script and in an unquoted expansion), quoted characters in a set,
/// a name's leading dot only by a written dot when globbing.
/// </summary>
public class ShellPatternTests
{
    [Theory]
    [InlineData("p='a\\*'; for s in 'a*' ab; do case $s in $p) echo \"$s yes\";; *) echo \"$s no\";; esac; done")]
    [InlineData("for s in b B 1 ] -; do case $s in [[:alpha:]]) echo \"$s alpha\";; [[:digit:]-]) echo \"$s digit or dash\";; *) echo \"$s other\";; esac; done")]
    [InlineData("for s in - b '\\' '!' a; do case $s in [a\\-z]) echo \"$s in\";; ['!'\\\\]) echo \"$s quoted\";; *) echo \"$s out\";; esac; done")]
    [InlineData("for s in b a '!' ']'; do case $s in [a\"-\"c]) echo \"$s set\";; [!]a]) echo \"$s not\";; *) echo \"$s else\";; esac; done")]
    [InlineData("case a in [[:nosuch:]a]) echo yes;; *) echo no;; esac; case '[ab' in [ab) echo open;; esac")]
    [InlineData("x=aXbXc; echo ${x%X*} ${x%%X*} ${x#*[[:upper:]]} ${x##*[[:upper:]]}; p='X*'; echo ${x%$p} ${x%\"$p\"}")]
    public void Case_and_parameter_patterns_match_as_in_dash(string script) => ShellOracle.Same(script);

    [Theory]
    [InlineData("echo *; echo .*; echo [.]*; echo ?b*; echo [[:upper:]]*")]
    [InlineData("echo a\\*; p='a\\*'; echo $p; echo 'a'*; echo \"a*\"")]
    [InlineData("echo *[!a]; echo sub/*; echo */f; echo [a-b]-*")]
    public void Pathname_expansion_matches_names_as_in_dash(string script) =>
        ShellOracle.Same(script, prepare: box =>
        {
            foreach (string name in new[] { "a*", "ab", "a-b", ".hidden", ".b", "Bee", "sub/f", "sub/.g", "c" })
                box.Write(name, "");
        });

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_patterns_match_random_names_as_in_dash(int seed)
    {
        var random = new Random(seed);
        string[] pieces = ["a", "b", ".", "-", "*", "?", "[", "]", "!", "^", "\\", "[:alpha:]", "[:punct:]", "[a-b]", "[!a]", "[]a]"];
        string[] letters = ["a", "b", ".", "-", "]", "[", "!", "^", "\\", "x"];
        var script = new StringBuilder();
        for (int i = 0; i < 200; i++)
        {
            var pattern = new StringBuilder();
            for (int k = random.Next(1, 6); k > 0; k--)
                pattern.Append(pieces[random.Next(pieces.Length)]);
            var name = new StringBuilder();
            for (int k = random.Next(0, 5); k > 0; k--)
                name.Append(letters[random.Next(letters.Length)]);

            // The pattern as an unquoted expansion (its backslashes quote), then written in the script itself.
            string text = pattern.ToString();
            script.Append("p='").Append(text).Append("'; case '").Append(name).Append("' in $p) printf 1;; *) printf 0;; esac\n");
            if (!text.EndsWith('\\'))
                script.Append("case '").Append(name).Append("' in ").Append(text).Append(") printf 1;; *) printf 0;; esac\n");
        }

        ShellOracle.Same(script.ToString(), ShellMode.ScriptFile);
    }
}
