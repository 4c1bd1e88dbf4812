namespace Minix.Commands.Tests;

/// <summary>
/// printf is a builtin of sh and prints as dash's does: the format reused while arguments are left, its escapes, every
/// conversion dash takes with flags, width and precision, numbers read as the C library reads them, floating-point
/// digits rounded exactly as C's printf rounds them, and dash's messages and statuses for bad input.
/// </summary>
public class ShellPrintfTests
{
    [Theory]
    [InlineData("for i in 1 2; do printf '%s\\n' $i; done")]
    [InlineData("printf '%s=%d %5.2f\\n' a 42 3.14159")]
    [InlineData("printf '%s %s\\n' a b c; printf '[%s]' 1 2 3 4 5; echo")]
    [InlineData("printf 'no conversions\\n' a b c; printf '%s-%d|%c|%b|%f\\n'; printf 'x%sy\\n'")]
    [InlineData("printf '%s\\n'; printf ''; echo \"status $?\"; printf '%d\\n' 1 2 3")]
    [InlineData("x=$(printf '%s,' a 'b c' d); echo \"$x\"; printf '%s\\n' \"$@\"; printf 'to err\\n' >&2")]
    [InlineData("printf -- '%s\\n' -x; printf %s%%%s%%\\\\n 1 2; printf '%%d %d%%\\n' 5")]
    public void The_format_is_reused_until_the_arguments_are_used_up(string script) => ShellOracle.Same(script);

    [Theory]
    [InlineData("printf 'a\\\\b\\ac\\bd\\fe\\nf\\rg\\th\\vi\\ej\\n' | od -c")]
    [InlineData("printf '\\101\\0101\\1234\\0\\08\\400\\7x\\n' | od -c")]
    [InlineData("printf '\\q\\c\\x41\\u00e9\\\"\\'\"'\"'|\\n'; printf 'ends in a backslash\\\\'")]
    public void Escapes_in_the_format_are_dashs(string script) => ShellOracle.Same(script);

    [Theory]
    [InlineData("printf '%b|' 'a\\tb' '\\0101\\101' '\\0' '\\08' '\\1234' '\\04001' 'x\\\\' 'tail\\' '\\q\\e\\x41' | od -c")]
    [InlineData("printf '%b %s\\n' 'one\\ctwo' more; echo \" status $?\"")]
    [InlineData("printf '%s\\n' a b; printf '[%5b|%-6b|%.1b]' 'a\\tb' x '\\101B' 'stop\\c' 'never'; echo")]
    [InlineData("printf '%5b|\\n' 'ab\\c'; echo after")]
    public void Percent_b_expands_escapes_and_backslash_c_stops_all_output(string script) => ShellOracle.Same(script);

    [Theory]
    [InlineData("printf '%d %i %o %u %x %X|\\n' 42 -42 8 42 255 255")]
    [InlineData("printf '[%5d][%-5d][%05d][%+d][% d][%+ d][%-+5d][%- 5d]\\n' 42 42 42 42 42 42 3 3")]
    [InlineData("printf '[%.3d][%.0d][%5.0d][%08.3d][%+.0d][%.0o][%#.0o][%#o][%#x][%#X][%#x][%#5o]\\n' 5 0 0 -3 0 0 0 8 255 255 0 8")]
    [InlineData("printf '[%-08d][%0-8d][%+u][% x][%08x][%#010x][%.5x]\\n' 5 5 5 255 255 255 255")]
    [InlineData("printf '[%*d][%-*d][%*d][%.*d][%.*d][%*.*d]\\n' 5 1 4 2 -4 3 3 4 -1 5 6 3 7")]
    [InlineData("printf '[%c][%c][%3c][%-3c][%c]\\n' xyz 1 a b; printf '%c' '' | od -c")]
    [InlineData("printf '[%s][%5s][%-5s][%.2s][%5.1s][%05s][%.0s][%+s][%#s]\\n' abc ab ab abc abc ab abc a b")]
    [InlineData("printf '[%4s][%.2s][%c]\\n' é héllo é | od -c")]
    public void Integer_character_and_string_conversions_take_flags_width_and_precision(string script) => ShellOracle.Same(script);

    [Theory]
    [InlineData("printf '%d %d %d %d %d %d %d\\n' 0x1F 0X1f 010 -010 +5 ' 12' \"$(printf '\\t-3')\"")]
    [InlineData("printf '%d %d %d %d %d\\n' \"'A\" '\"B' \"'é\" \"'\" \"'ab\"; printf '%x %o %u\\n' \"'z\" \"'z\" \"'z\"")]
    [InlineData("printf '%d %u %x %o\\n' -1 -1 -1 -1; printf '%d %d\\n' 9223372036854775807 -9223372036854775808")]
    [InlineData("printf '%u %x\\n' 18446744073709551615 0xffffffffffffffff; printf '%d %d\\n' 0x7fffffffffffffff -0x8000000000000000")]
    [InlineData("printf '%f %f %f %f %.1f\\n' \"'A\" 0x10 0x1p-2 0x.8 +.5e1")]
    public void Numeric_arguments_are_read_as_the_c_library_reads_them(string script) => ShellOracle.Same(script);

    [Theory]
    [InlineData("printf '%.0f %.0f %.0f %.0f %.0f %.1f %.1f %.2f %.2f\\n' 0.5 1.5 2.5 3.5 -0.5 0.25 0.35 1.005 2.675")]
    [InlineData("printf '%.20f|%.30f|%.17g|%.25e\\n' 0.1 0.1 0.1 0.3")]
    [InlineData("printf '%f\\n%e\\n%g\\n%.0f\\n' 1e300 1e300 1e300 1.7976931348623157e308")]
    [InlineData("printf '%f %e %g %a %F %E %G %A\\n' -0 -0 -0 -0 -0 -0 -0 -0")]
    [InlineData("printf '%g %g %g %g %g %G %g\\n' 1e-5 0.0001 100000 1000000 123456789 1e-5 0.00001234")]
    [InlineData("printf '%g %g %g %g %.3g %.10g %#g %#.3g %#.0g %.0g\\n' 0 1 1.5 99.99995 2.5e-7 1.0/3 1 1 0 0")]
    [InlineData("printf '%e %E %.0e %#.0e %.3e %e %e\\n' 1 12345.678 5 5 9.9995 1e-300 5e-324")]
    [InlineData("printf '%a %a %a %A %.2a %.0a %.0a %#a %.15a %a %a\\n' 0 1 0.1 255 0.1 1.5 2.5 1 1 4.9406564584124654e-324 1.7976931348623157e308")]
    [InlineData("printf '%f %F %e %E %g %G %a %A\\n' inf inf -inf -inf nan nan -nan -nan; printf '%f %f %f %f\\n' INFINITY Inf 'nan(0x1)' -NaN")]
    [InlineData("printf '[%10.3f][%-10.3f][%010.3f][%+.2f][% .2f][%+010.2e][%-+12.4g][%012a][%-12A][%010f][%+f][% F]\\n' 3.14159 2.5 -3.14159 2 2 12345 0.0001234 1 2 -inf nan inf")]
    [InlineData("printf '%.*f|%*.*e|%-*g|\\n' 3 2.71828 12 2 31415.9 8 1.5")]
    [InlineData("printf '%#g %#.3g %#.1g %#G|%#g %#g %g\\n' 999999.5 999.6 9.6 -99.99999 9999995 0.99999995 999999.5")]
    [InlineData("printf '%.60f\\n%.40e\\n%.20g\\n' 2.2250738585072014e-308 123.456 1e23")]
    [InlineData("printf '%f %f %f %f %f\\n' 1e22 1e23 9007199254740993 0.1e-3 123456789012345678901234567890")]
    [InlineData("printf '%.17g %.17g %.17g %.17g\\n' 2.2250738585072011e-308 0x1.fffffffffffffp1023 0x1p-1074 7.2057594037927933e16")]
    public void Floating_conversions_round_exactly_as_c_printf_does(string script) => ShellOracle.Same(script);

    [Fact]
    public void Floating_conversions_match_dash_over_many_values_and_formats()
    {
        string[] values = ["0", "1", "-1", "0.5", "2.5", "0.1", "1e-5", "123.456", "9.9999", "99.5", "1e22", "1e-310",
            "6.02214076e23", "-1.602e-19", "3.14159265358979", "0.000123456", "1234567.5", "0x1.8p3", "1e15", "1e16", "999999.5", "0.0000005"];
        string[] formats = ["%f", "%.0f", "%.2f", "%.15f", "%e", "%.0e", "%.3e", "%.16e", "%g", "%.1g", "%.3g", "%.15g", "%#g", "%a", "%.3a", "%+12.4G"];
        var script = new System.Text.StringBuilder();
        foreach (string format in formats)
            script.Append("printf '").Append(format).Append("|' ").Append(string.Join(' ', values)).Append(" 2>/dev/null; echo\n");
        ShellOracle.Same(script.ToString());
    }

    [Fact]
    public void Large_widths_and_precisions_are_padded_in_full()
    {
        ShellOracle.Same("printf '%300d|%-200s|%.100d|%250.120f|%0400.3e|\\n' 7 x 1 0.1 1.5; printf '%*s|\\n' 1000 end");
    }

    [Theory]
    [InlineData("printf '%d %d %d %d|\\n' abc 12abc '' ' 7'; echo \"status $?\"")]
    [InlineData("printf '%d %u %x %d\\n' 99999999999999999999 -1 -1 -99999999999999999999; echo \"status $?\"")]
    [InlineData("printf '%g %g %g %g|\\n' 1e-400 1e-310 1e400 1.5x; echo \"status $?\"")]
    [InlineData("printf '%f %e %d %o|\\n' '' ' ' 08 0x; echo \"status $?\"")]
    [InlineData("printf '%*d|%.*f|\\n' abc 1 x 2.5; echo \"status $?\"")]
    public void A_bad_number_is_named_and_makes_the_status_1_while_the_rest_is_printed(string script) => ShellOracle.Same(script);

    [Theory]
    [InlineData("printf 'ab%qcd\\n'; echo \"status $?\"")]
    [InlineData("printf '%s %ld\\n' a 1; echo \"status $?\"")]
    [InlineData("printf '%5%|\\n'; echo \"status $?\"; printf '%\\\\n'; echo \"status $?\"")]
    [InlineData("printf 'abc%'; echo \"status $?\"; printf '%5'; echo \"status $?\"; printf '%.*'; echo \"status $?\"")]
    [InlineData("printf; echo \"status $?\"; printf -v x; echo \"status $?\"; printf '-%s\\n' a; echo \"status $?\"; printf --x; echo \"status $?\"")]
    [InlineData("printf '%1*d|\\n' 5 3; echo \"status $?\"")]
    public void A_bad_format_is_an_error_with_status_2_and_the_script_goes_on(string script)
    {
        ShellOracle.Same(script);
        ShellOracle.Same(script, ShellMode.ScriptFile);
    }
}
