namespace Minix.Commands.Tests;

/// <summary>alias and unalias: a command's first word naming an alias is read as its text, from the next line on, as in dash.</summary>
public class ShellAliasTests
{
    [Theory]
    [InlineData("alias b=1 a=2 c=3 ab=4 ll='ls -l' q=\"it's\"\nalias\nalias a q")]
    [InlineData("alias x=1\nalias x=2 y=3\nalias\nalias -- z=4; alias")]
    [InlineData("alias x=\nalias 'a b=c'\nalias")]
    [InlineData("alias z=1 y=2 x=3 w=4 v=5\nunalias y\nalias y=6\nalias")]
    public void Alias_lists_each_as_name_and_quoted_value_in_dashs_order(string script) => ShellOracle.Same(script, ShellMode.ScriptFile);

    [Theory]
    [InlineData("alias say='echo hi'\nsay there")]
    [InlineData("alias say='echo one'; say\nsay")]
    [InlineData("alias ls='ls -d'\nls /")]
    [InlineData("alias e='echo ' w=word\ne w\necho w")]
    [InlineData("alias iff='if true; then echo yes; fi'\niff")]
    [InlineData("alias say='echo hi'\nf() { say in f; }\nalias say=true\nf")]
    [InlineData("alias say='echo hi'\n\"say\" x\n\\say y\necho say")]
    [InlineData("alias a=b b=a\na")]
    [InlineData("alias say='echo hi'\neval say there\nsay | cat; (say sub); echo $(say sub)")]
    [InlineData("alias if=echo\nif true; then echo kept; fi")]
    [InlineData("alias nothing=''\nnothing echo after")]
    public void A_commands_first_word_is_read_as_its_alias(string script) => ShellOracle.Same(script, ShellMode.ScriptFile);

    [Theory]
    [InlineData("alias a=1 b=2\nunalias a\nalias\na")]
    [InlineData("alias a=1 b=2\nunalias -a\nalias; echo $?")]
    [InlineData("unalias; echo $?")]
    public void Unalias_removes_aliases(string script) => ShellOracle.Same(script, ShellMode.ScriptFile);

    [Theory]
    [InlineData("alias zz; echo $?")]
    [InlineData("alias -p; echo $?")]
    [InlineData("alias =x; echo $?")]
    [InlineData("unalias zz; echo $?")]
    [InlineData("unalias -x; echo $?")]
    public void Alias_and_unalias_report_an_unknown_name_or_option_as_dash(string script) => ShellOracle.Same(script);
}
