namespace Minix.Commands.Tests;

/// <summary>sh splits unquoted expansions on IFS, joins "$*" with IFS's first character and splits read's line as dash does.</summary>
public class ShellFieldSplittingTests
{
    private const string Show = "p() { printf '[%s]' \"$@\"; echo \" $#\"; }; ";

    [Theory]
    [InlineData("IFS=:; X=a::b; p $X; X=a:; p $X; p $X\"\"; p \"$X\"; p \"\"$X; X=:a; p $X; p x$X; X=::; p $X; p \"\"$X; X=:; p $X; p $X$X; p a$X$X")]
    [InlineData("IFS=' :'; X=' a : b '; p $X; p x${X}y; X='a ::b'; p $X; X=' : '; p $X; p \"\"$X; X='a :: b'; p $X")]
    [InlineData("IFS=' :'; X=' '; p \"\"$X; p $X\"\"; p \"\"$X\"\"; p $X; A='a '; B=':b'; p $A$B; A='a :'; B=': b'; p $A$B")]
    [InlineData("IFS=' '; X=$(printf 'a\\tb c'); p $X; IFS=$(printf '\\t'); p $X; unset IFS; X=' a  b '; p $X; IFS=; p $X")]
    public void Non_white_IFS_characters_each_end_a_field_and_white_space_around_them_is_absorbed(string script) =>
        ShellOracle.Same(Show + script);

    [Theory]
    [InlineData("set -- x y ''; unset IFS; p \"$*\"; IFS=; p \"$*\"; IFS=-:; p \"$*\" \"${*}\" \"$@\"x; x=$*; p \"$x\"; x=$@; p \"$x\"; set --; p \"$*\"")]
    [InlineData("IFS=-; set -- 'a b' c; case \"$*\" in a\\ b-c) echo joined;; esac; cat <<E\n$* $@\nE")]
    public void Quoted_star_joins_the_parameters_with_the_first_IFS_character(string script) =>
        ShellOracle.Same(Show + script);

    [Theory]
    [InlineData("IFS=:; set -- 'a b' c '' d:e; p $*; p $@; p x$*y; x=$*; p \"$x\"; IFS=; p $*; p $@; x=$*; p \"$x\"; unset IFS; p $*")]
    [InlineData("IFS=:; set -- a: b; p $*; set -- :a b; p $*; set -- a: :b; p $*; set -- a '' b; p x$*y x${*}y x${*:-q}y; set -- '' ''; p $*; p x$*y; p \"\"$*")]
    [InlineData("IFS=' :'; set -- 'a ' ':b'; p $*; set -- a :b; p $*; set -- 'a :' ':b'; p $*; IFS=; set -- ' a' b; p $* $@")]
    public void Unquoted_star_and_at_split_each_parameter_apart(string script) =>
        ShellOracle.Same(Show + script);

    [Theory]
    [InlineData("IFS=' :'; r 3 'x y z : '; r 3 'x y z :: '; r 3 'x y z : :'; r 2 'x::y'; r 2 'x : : y : '; r 2 ' : x'; r 2 'x :'; r 2 'x y: '")]
    [InlineData("IFS=:; r 2 'x:y:'; r 2 'x::'; r 2 'x:'; r 2 ':'; r 2 '::'; r 3 'x:y:z:w'; r 3 'x:y:z::'; r 2 ' x : y '")]
    [InlineData("unset IFS; r 3 '  x  y  z w  '; IFS=; r 3 '  a b  '; IFS=:; printf 'a\\\\:b:c\\\\:\\n' | { read x y z; p \"$x\" \"$y\" \"$z\"; }")]
    public void Read_splits_its_line_on_IFS_as_field_splitting_does(string script) =>
        ShellOracle.Same(Show + "r() { n=$1; shift; printf '%s\\n' \"$1\" | { if [ $n = 2 ]; then read a b; p \"$a\" \"$b\"; else read a b c; p \"$a\" \"$b\" \"$c\"; fi; }; }; " + script);
}
