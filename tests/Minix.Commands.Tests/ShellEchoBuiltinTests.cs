namespace Minix.Commands.Tests;

/// <summary>sh's echo builtin prints what dash's does, byte for byte: its escapes, \c, octal bytes and -n.</summary>
public class ShellEchoBuiltinTests
{
    [Theory]
    [InlineData("echo 'a\\tb\\nc\\\\d\\ve\\ff\\rg\\bh\\ai\\ej' | od -c")]
    [InlineData("echo '\\101\\0102\\01033 \\1\\18\\7777 \\400\\0400\\00001 \\0 \\08' | od -c")]
    [InlineData("echo '\\0377\\0303\\0251\\200' | od -c; echo '\\303\\251'")]
    [InlineData("echo '\\E\\x41\\u0041 \\8\\9\\d\\q' 'a\\'; echo -n '\\c'; echo 'x\\cy' z; echo after; echo -e '\\n'; echo -n -n x; echo")]
    public void Echo_escapes_print_the_bytes_dash_prints(string script) => ShellOracle.Same(script);
}
