namespace Minix.Commands.Tests;

/// <summary>umask [-S] [MODE]: the file mode creation mask printed and set, by an octal number or a symbolic mode, as in dash.</summary>
public class ShellUmaskTests
{
    [Theory]
    [InlineData("umask 0022; umask; umask -S")]
    [InlineData("umask 077; umask; umask -S")]
    [InlineData("umask 0; umask; umask -S")]
    [InlineData("umask 777; umask; umask -S")]
    [InlineData("umask 7777; umask; umask 1000; umask; umask 01777; umask")]
    public void Umask_prints_the_mask_in_four_octal_digits_or_symbolically(string script) => ShellOracle.Same(script);

    [Theory]
    [InlineData("u=rwx,g=,o=")]
    [InlineData("g-w")]
    [InlineData("g+w,o-r")]
    [InlineData("=rx")]
    [InlineData("+w")]
    [InlineData("a-rwx")]
    [InlineData("a=")]
    [InlineData("ug=r,o=w")]
    [InlineData("o-x+r")]
    [InlineData("u=r=w")]
    [InlineData("u=rw,")]
    [InlineData("u=g")]
    [InlineData("u=r,g=u")]
    [InlineData("g=o,o=g")]
    [InlineData("u+rg")]
    [InlineData("u+s")]
    [InlineData("a=rwxs")]
    [InlineData("u=r,+w")]
    [InlineData("+")]
    [InlineData("-")]
    [InlineData("''")]
    public void Umask_sets_the_mask_from_a_symbolic_mode(string mode) => ShellOracle.Same("umask 0022; umask " + mode + "; echo $?; umask; umask -S");

    [Theory]
    [InlineData("umask 0111; umask u=X; umask")]
    [InlineData("umask 0011; umask g=X; umask")]
    [InlineData("umask 0111; umask u+x,g=X; umask")]
    [InlineData("umask 0011; umask u-x,g=X; umask")]
    public void Umask_X_gives_execute_when_some_class_may_execute_already(string script) => ShellOracle.Same(script);

    [Theory]
    [InlineData("umask -S 027; echo $?; umask")]
    [InlineData("umask -- 027; umask")]
    [InlineData("umask -S -S")]
    [InlineData("umask 027 033; umask")]
    public void Umask_sets_from_its_first_operand_after_the_options(string script) => ShellOracle.Same(script);

    [Theory]
    [InlineData("umask 8; echo $?; umask")]
    [InlineData("umask 08; echo $?")]
    [InlineData("umask 0x1; echo $?")]
    [InlineData("umask u=q; echo $?; umask")]
    [InlineData("umask abc; echo $?")]
    [InlineData("umask ,; echo $?")]
    [InlineData("umask u=r,,g=r; echo $?")]
    [InlineData("umask u+t; echo $?")]
    [InlineData("umask -w; echo $?")]
    [InlineData("umask -p; echo $?")]
    [InlineData("umask -Sx; echo $?")]
    public void Umask_rejects_a_bad_mode_number_or_option_with_dashs_message(string script) => ShellOracle.Same(script);

    [Theory]
    [InlineData("umask 077; : > file; mkdir dir")]
    [InlineData("umask u=rwx,g=,o=; touch file; mkdir dir")]
    [InlineData("umask 027; sh -c umask; (umask); umask | cat")]
    [InlineData("(umask 077); umask; umask 066 | cat; umask")]
    public void The_mask_set_is_the_processs_own_and_its_children_inherit_it(string script) => ShellOracle.Same(script);
}
