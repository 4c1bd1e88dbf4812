namespace Minix.Commands.Tests;

/// <summary>ls -v and --sort=version beside GNU ls, whose order is gnulib's filevercmp.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class LsVersionSortTests
{
    private static readonly string[] Names =
    [
        "a", "a1", "a2", "a10", "a02", "a002", "a1.0", "a1.0~", "a1.0~rc1", "a1~", "a1.0.1", "a1.tar.gz", "a1.tar", "a1.a", "a1.9", "a1.10", "a1.10.tar.gz",
        "a1.9.tar.gz", ".a", ".a1", ".a10", ".b~", "b", "b~", "b.~", "~", "~a", "_a", "A", "Z", "z", "z-1", "z_1", "z.1", "z1", "00", "0", "000a", "x.0a", "x.a0",
        "x.", "x..", "x.~", "abc.TXT", "abc.txt", "abc.tx1", "foo-1.2.3", "foo-1.2.10", "foo-1.10", "foo-1.2", "1", "1.", "1.a", ".1", "..a", "a%", "a#", "a-",
        "a.b.c", "a.b1.c2", "file1.tar.gz~", "a01.tar", "a1.txt", "v1.2-rc3", "v1.2-rc10", "v1.2a", "v1.2",
    ];

    private static Sandbox Populate()
    {
        var box = new Sandbox();
        foreach (string name in Names)
            box.Write(name, "");
        return box;
    }

    [Fact]
    public void Version_sort_orders_digit_runs_by_value_tildes_first_and_suffixes_last_as_filevercmp()
    {
        using Sandbox box = Populate();
        foreach (string[] arguments in new[] { ["-v"], ["--sort=version"], ["--sort=v"], ["-vr"], new[] { "-v", "-1" } })
            Oracle.Same("ls", box.Path, arguments);
    }

    [Fact]
    public void Version_sort_puts_dot_and_dot_dot_then_other_dot_names_first()
    {
        using Sandbox box = Populate();
        foreach (string[] arguments in new[] { ["-va"], ["-vA"], ["-vAr"], new[] { "-v", "-d", "a10", "a9", ".a", "..a", "1" } })
            Oracle.Same("ls", box.Path, arguments);
    }

    [Fact]
    public void The_last_sort_option_wins_between_v_and_the_others()
    {
        using Sandbox box = Populate();
        box.Write("d/a10", "");
        box.Write("d/a9", "");
        foreach (string[] arguments in new[] { ["-v", "-U", "d"], ["-U", "-v", "d"], ["-X", "-v"], ["-v", "-X"], ["-vR", "d"], new[] { "-v", "-S", "--sort=version" } })
            Oracle.Same("ls", box.Path, arguments);
    }
}
