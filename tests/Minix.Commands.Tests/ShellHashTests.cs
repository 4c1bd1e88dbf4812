namespace Minix.Commands.Tests;

/// <summary>hash, and type's "tracked alias": the programs the shell found on PATH, remembered and listed as dash does.</summary>
public class ShellHashTests
{
    [Theory]
    [InlineData("hash; echo $?")]
    [InlineData("cat /dev/null; ls >/dev/null; hash")]
    [InlineData("hash cat ls sort wc head tail grep sed tr cut env id date cp mv rm ln od dd tee uniq touch mkdir rmdir sleep true; hash")]
    [InlineData("cat </dev/null; hash -- cat; hash")]
    [InlineData("hash /bin/cat; echo $?; hash echo; echo $?; f() { :; }; hash f; echo $?; hash")]
    [InlineData("PATH=/usr/bin cat </dev/null; hash; echo none")]
    public void Hash_lists_the_programs_found_on_PATH_in_dashs_order(string script) => ShellOracle.Same(script);

    [Theory]
    [InlineData("hash cat; hash -r; hash; echo forgotten")]
    [InlineData("hash -r cat; hash; echo none")]
    [InlineData("hash cat; PATH=$PATH; hash; echo forgotten")]
    [InlineData("hash cat; PATH=$PATH:/nowhere; hash; echo forgotten")]
    [InlineData("hash cat; cd /; hash; hash cat; hash; cd /; cat </dev/null; hash")]
    [InlineData("hash cat; cd /; command -v cat; hash")]
    public void Hash_forgets_at_r_and_at_any_assignment_to_PATH_and_a_cd_marks_what_it_holds(string script) => ShellOracle.Same(script);

    [Theory]
    [InlineData("type cat; type cat; command -V cat")]
    [InlineData("cat </dev/null; type cat; PATH=$PATH; type cat; type cat")]
    public void Type_calls_a_program_hash_holds_a_tracked_alias(string script) => ShellOracle.Same(script);

    [Theory]
    [InlineData("hash nosuch; echo $?")]
    [InlineData("hash cat nosuch ls; echo $?; hash")]
    [InlineData("hash -v cat; echo $?")]
    public void Hash_of_what_is_not_on_PATH_or_a_wrong_option_fails_as_in_dash(string script) => ShellOracle.Same(script);
}
