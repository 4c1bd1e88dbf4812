namespace Minix.Commands.Tests;

/// <summary>sh expands ~ and ~USER at the start of a word, and after = and : in an assignment, as dash does.</summary>
public class ShellTildeExpansionTests
{
    private const string Show = "p() { printf '[%s]' \"$@\"; echo; }; ";

    [Theory]
    [InlineData("HOME=/h; p ~ ~/x \"~\" \\~ a~ ~: x=~/a:~/b --o=~; p ~\"\"/a ~\"/\"a ~/a\"\" ~\\/x ~$HOME; for i in ~ ~/; do echo $i; done")]
    [InlineData("HOME=/h; p \"${u:-~}\" \"${u:-~/x}\" ${u:-~/x} ${u:-\"~\"} ${u:=~/z} $u; v=/h/q; p ${v#~/} \"${v#~/}\"; u='~/a'; p ${u:-~} $u")]
    [InlineData("HOME=/h; case ~/a in ~/a) echo literal;; esac; case /h/a in ~/a) echo expanded;; esac; X='~'; p $X; cat <<E\n~/a ~\nE")]
    [InlineData("HOME='/a  b*'; p ~ ~/x; HOME=; p ~ ~/x; x=~; p \"$x\"; unset HOME; p ~ ~/x; x=~/y; p \"$x\"")]
    [InlineData("p ~root ~root/x ~nosuch ~nosuch/x")]
    public void A_tilde_starting_a_word_is_the_home_directory(string script) => ShellOracle.Same(Show + script);

    [Theory]
    [InlineData("HOME=/h; x=~/a:~/b; p \"$x\"; y=a:~:~/c; p \"$y\"; z=:~; p \"$z\"; w=\"$HOME\":~; p \"$w\"; v=a~:b=~; p \"$v\"")]
    [InlineData("HOME=/h; a=~ b=x:~ env | grep '^[ab]='; x=~\"\"; p \"$x\"; x=~root:~nosuch; p \"$x\"")]
    public void A_tilde_after_the_equals_sign_or_a_colon_of_an_assignment_is_the_home_directory(string script) => ShellOracle.Same(Show + script);

    [Fact]
    public void A_redirection_target_starting_with_a_tilde_is_in_the_home_directory() =>
        ShellOracle.Same("HOME=$(pwd)/home; mkdir home; echo saved > ~/f; cat ~/f; echo more >> ~/f; cat home/f");
}
