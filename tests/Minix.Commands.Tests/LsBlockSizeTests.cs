namespace Minix.Commands.Tests;

/// <summary>
/// ls --block-size beside GNU ls: the unit of -l's sizes and of -s's and "total"'s block counts, with -h, --si and
/// -k, and LS_BLOCK_SIZE, BLOCK_SIZE, BLOCKSIZE and POSIXLY_CORRECT when it is not given; and the messages for a
/// size GNU does not accept.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class LsBlockSizeTests
{
    private static Sandbox Populate()
    {
        var box = new Sandbox();
        box.Write("big", new byte[70000]);
        box.Write("mid", new byte[1500]);
        box.Write("k", new byte[1024]);
        box.Write("f", "hi\n");
        box.Write("empty", "");
        box.Write("d/x", new byte[3000]);
        return box;
    }

    [Fact]
    public void Block_size_sets_the_unit_of_sizes_and_block_counts_with_the_units_letter_when_given_as_a_unit()
    {
        using Sandbox box = Populate();
        foreach (string size in new[]
        {
            "K", "M", "G", "KB", "kB", "KiB", "MiB", "MB", "KD", "k", "g", "m", "t", "1K", "1k", "1kB", "1KD", "1000", "512", "1", "3", "'K", "'1", "human-readable", "human", "h",
            "si", "s", "0x10", "010", "+5", " 5", "1E", "E",
        })
        {
            foreach (string[] arguments in new[] { ["-ls", "--block-size=" + size], ["-s", "--block-size", size], new[] { "-l", "--block-size=" + size, "d" } })
                Oracle.Same("ls", box.Path, arguments);
        }
    }

    [Fact]
    public void Block_size_refuses_a_size_gnu_does_not_accept_with_its_message_and_status_2()
    {
        using Sandbox box = Populate();
        foreach (string size in new[]
        {
            "0", "-1", "x", "1X", "1KK", "99999999999999999999", "99999999999999999999K", "", " K", "1e", "1Y", "1Z", "1R", "1b", "1c", "1w", "1D", "1iB", "1Ki", "1KiB2",
            "1p", "1y", "1z", "0x", "0K", "0KX", "1YX", "99999999999999999999X", "+K", "'", "08", "a'b", "a b",
        })
        {
            Oracle.Same("ls", box.Path, ["-s", "--block-size=" + size]);
        }

        Oracle.Same("ls", box.Path, ["-l", "--block-size"]);
    }

    [Fact]
    public void The_last_of_block_size_h_and_si_wins_and_k_counts_only_without_them()
    {
        using Sandbox box = Populate();
        foreach (string[] arguments in new[]
        {
            ["-ls", "-k"], ["-ls", "-k", "--block-size=M"], ["-ls", "--block-size=M", "-k"], ["-ls", "-h", "--block-size=M"], ["-ls", "--block-size=M", "-h"],
            ["-ls", "--si", "-k"], ["-ls", "--block-size=M", "--si"], ["-ls", "--block=K"], new[] { "-lsh", "--block-size=1" },
        })
        {
            Oracle.Same("ls", box.Path, arguments);
        }
    }

    [Fact]
    public void Block_size_variables_set_the_unit_when_no_option_does_a_bad_one_keeping_its_count()
    {
        using Sandbox box = Populate();
        foreach (var (name, value) in new[]
        {
            ("LS_BLOCK_SIZE", "M"), ("BLOCK_SIZE", "M"), ("BLOCKSIZE", "M"), ("POSIXLY_CORRECT", "1"), ("LS_BLOCK_SIZE", "x"), ("BLOCK_SIZE", "KB"), ("BLOCK_SIZE", "human-readable"),
            ("LS_BLOCK_SIZE", "5X"), ("BLOCK_SIZE", "1KX"), ("BLOCKSIZE", "3q"), ("LS_BLOCK_SIZE", "99999999999999999999"), ("BLOCK_SIZE", "1Y"), ("LS_BLOCK_SIZE", "0X"),
        })
        {
            var environment = new Dictionary<string, string> { [name] = value };
            foreach (string[] arguments in new[] { ["-ls"], ["-ls", "-k"], ["-s", "--block-size=K"], new[] { "-ls", "-h" } })
                Oracle.Same("ls", box.Path, arguments, environment: environment);
        }
    }
}
