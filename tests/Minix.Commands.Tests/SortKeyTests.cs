using System.Text;

namespace Minix.Commands.Tests;

/// <summary>
/// sort's keys, orders, checking and merging print what GNU sort prints (run on the same files with LC_ALL=C): fixed
/// cases for each option and each error, and random lines sorted by random keys.
/// </summary>
public class SortKeyTests
{
    /// <summary>Files for the fixed cases: blank- and colon-separated fields, numbers of each kind, months, versions, sorted and unsorted lines.</summary>
    private static Sandbox Files()
    {
        var box = new Sandbox();
        box.Write("fields", "b 2 x\na 10 y\nc 1 z\n  d  3 w\ne\t-4 v\nf 2 u\nA 10 t\n\ng 2x s\n b 2 r\n");
        box.Write("colons", "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1::/usr/sbin:/usr/sbin/nologin\nbin:x:2:2:bin:/bin:\nsys:x:3:3:sys:/dev:/usr/sbin/nologin\nnobody:x:65534:65534::/nonexistent:\n:::::\nalone\nx:10:a\nx:9:b\n");
        box.Write("numbers", "10\n9\n-3\n2.5\n+7\n 42\n1e3\n0x10\n007\n-0\n0\n.5\n-.5\nabc\n\n1,000\n-\n3.0\n3\n");
        box.Write("general", "1e3\n100\n-inf\ninf\nnan\n-nan\nnan(5)\nx\n\n0x10\n0X1p4\n+5\n  7\n-0\n0\n1.5e-3\n.5\n-1e308\nInfinity\n1e\n1e400\n-1e400\n1e5000\n0.1\n0.10000000000000000001\n1.00000000000000000001\n1\n0x1.8p1\n3\n18446744073709551617\n18446744073709551616\n123456789012345678901234.5\n123456789012345678901234.6\n");
        box.Write("human", "1K\n1k\n2M\n1G\n-1K\n-2M\n0K\n0.5K\n1023\n1.5M\n3T\n2P\n1E\n1Z\n1Y\n1Q\n 5G\nabc\n\n10\n1.0K\n");
        box.Write("months", "Mar 3\njan 1\nFEB 2\n  dec 12\nJanuary 0\nfoo\n\nmayday\nOct\nju\nJUN 6\nJul 7\nsep\nAug\nApr\nNov\n");
        box.Write("versions", "v1.10\nv1.9\nv1.2.3\nv1.2.3~rc1\nv1.2\nfoo-1.0.tar.gz\nfoo-1.0a.tar.gz\nfoo-10.0.tar.gz\nfoo-2.0.tar.gz\n.hidden\n.\n..\n\nv01.2\nv1.02\n~x\n");
        box.Write("mixed", "apple\nBanana\nbanana\nApple\n_under\n-dash\nzeta\nZeta\n  lead\na.b\na,b\nab\nA b\n\x01ctl\nc\x01tl\n\xe9t\xe9\n");
        box.Write("sorted1", "a 1\nc 3\ne 5\ne 5\n");
        box.Write("sorted2", "b 2\nc 3\nd 4\nf 6\n");
        box.Write("unsorted", "a\nc\nb\nd\n");
        box.Write("dups", "a\nb\nb\nc\n");
        box.Write("zero", Encoding.UTF8.GetBytes("b 2\0a 10\0c\n1\0a 10\0"));
        return box;
    }

    private static void Same(params string[][] cases)
    {
        using Sandbox box = Files();
        foreach (string[] arguments in cases)
            Oracle.Same("sort", box.Path, arguments, Encoding.UTF8.GetBytes("b 2\na 10\nc 1\n"));
    }

    [Fact]
    public void Field_keys_match_gnu_sort() => Same(
        ["-k2", "fields"], ["-k2,2", "fields"], ["-k2,2n", "fields"], ["-k2n", "fields"], ["-k3nr", "fields"], ["-k2b", "fields"],
        ["-k2,2", "-k1,1", "fields"], ["-k2,2n", "-k1,1r", "fields"], ["-k1.2", "fields"], ["-k1.3,1.5", "fields"], ["-k2.2b,2.3", "fields"],
        ["-k2,2.1", "fields"], ["-k1,1.0", "fields"], ["-k3,2", "fields"], ["-k9", "fields"], ["-k1,1b", "fields"], ["-k2bn,2", "fields"],
        ["--key=2,2n", "fields"], ["--key", "1.2,1.2", "fields"], ["-k", "2", "-r", "fields"], ["-r", "-k2,2n", "fields"], ["-k2,2n", "-r", "-k1", "fields"],
        ["-k 2", "fields"], ["-k+2", "fields"], ["-k99999999999999999999999", "fields"]);

    [Fact]
    public void Separator_keys_match_gnu_sort() => Same(
        ["-t:", "-k3,3n", "colons"], ["-t", ":", "-k3n", "colons"], ["-t:", "-k5", "colons"], ["-t:", "-k5,5", "-k1,1", "colons"], ["-t:", "-k2,2r", "colons"],
        ["--field-separator=:", "-k7", "colons"], ["-t:", "-k1.2,1.3", "colons"], ["-t:", "-k3.1,3.1", "colons"], ["-t:", "-k6,6", "-u", "colons"],
        ["-t", " ", "-k2", "fields"], ["-t", " ", "-k2,2n", "fields"], ["-t:", "-t:", "-k2", "colons"], ["-t", "\\0", "-k2", "zero"], ["-t:", "colons"],
        ["-t", "x", "-k2b", "colons"], ["-t", ":", "-k4,4n", "-k1", "colons"]);

    [Fact]
    public void Orders_match_gnu_sort() => Same(
        ["-n", "numbers"], ["-g", "numbers"], ["-g", "general"], ["-gr", "general"], ["-gs", "general"], ["-gu", "general"],
        ["-h", "human"], ["-hr", "human"], ["-hu", "human"], ["-h", "numbers"], ["-M", "months"], ["-Mr", "months"], ["-Mu", "months"],
        ["-M", "-k2n", "months"], ["-V", "versions"], ["-Vr", "versions"], ["-Vu", "versions"], ["-V", "mixed"], ["-f", "mixed"], ["-fu", "mixed"],
        ["-d", "mixed"], ["-i", "mixed"], ["-df", "mixed"], ["-di", "mixed"], ["-b", "mixed"], ["-b", "fields"], ["-bu", "fields"], ["-s", "-f", "mixed"],
        ["--ignore-case", "mixed"], ["--dictionary-order", "mixed"], ["--ignore-nonprinting", "mixed"], ["--ignore-leading-blanks", "fields"],
        ["--general-numeric-sort", "general"], ["--human-numeric-sort", "human"], ["--month-sort", "months"], ["--version-sort", "versions"],
        ["--reverse", "--numeric-sort", "numbers"], ["-k1,1f", "-k2n", "mixed"], ["-f", "-k1,1", "mixed"], ["-fk1,1r", "mixed"], ["-k1Vf", "versions"],
        ["-k1d,1", "mixed"], ["-k1,1d", "mixed"], ["-k1,1i", "mixed"], ["-k1nf", "numbers"], ["-k1gf", "general"], ["-k1hf", "human"]);

    [Fact]
    public void Unique_keeps_the_first_of_lines_with_equal_keys_as_gnu_sort_does() => Same(
        ["-u", "-k2,2n", "fields"], ["-u", "-k1,1", "fields"], ["-u", "-k1,1f", "fields"], ["-uf", "mixed"], ["-u", "-t:", "-k2,2", "colons"],
        ["-ur", "-k2,2n", "fields"], ["-u", "-s", "-k2,2n", "fields"], ["-u", "dups"], ["--unique", "-r", "dups"], ["-un", "numbers"]);

    [Fact]
    public void Check_reports_disorder_as_gnu_sort_does() => Same(
        ["-c", "unsorted"], ["-c", "dups"], ["-cu", "dups"], ["-C", "unsorted"], ["-C", "dups"], ["-c", "sorted1"], ["-c", "-k2,2n", "fields"],
        ["--check", "unsorted"], ["--check=quiet", "unsorted"], ["--check=silent", "unsorted"], ["--check=diagnose-first", "unsorted"],
        ["--check=q", "unsorted"], ["--check=d", "unsorted"], ["-c"], ["-c", "-"], ["-cr", "unsorted"], ["-c", "-n", "numbers"], ["-cz", "zero"],
        ["-c", "nosuch"], ["-c", "empty-not-here"], ["-cm", "unsorted"], ["-C", "-C", "unsorted"], ["-c", "-c", "unsorted"], ["-sc", "-k1,1", "dups"]);

    [Fact]
    public void Merge_interleaves_sorted_inputs_as_gnu_sort_does() => Same(
        ["-m", "sorted1", "sorted2"], ["-m", "sorted2", "sorted1"], ["-mu", "sorted1", "sorted2"], ["-m", "-k2,2n", "sorted1", "sorted2"],
        ["--merge", "sorted1", "-", "sorted2"], ["-m", "unsorted", "sorted1"], ["-mr", "sorted2", "sorted1"], ["-m", "sorted1"], ["-m", "nosuch", "sorted1"],
        ["-m", "-o", "sorted1", "sorted1", "sorted2"], ["-ms", "-k1,1", "sorted1", "sorted2"]);

    [Fact]
    public void Bad_keys_and_options_get_gnu_sort_messages() => Same(
        ["-k0"], ["-k1.0"], ["-kx"], ["-k1,x"], ["-k1.x"], ["-k1x"], ["-k2,0"], ["-k1,1.0x"], ["-k-1"], ["-k", ""], ["-k"], ["-k1,"], ["-k1."],
        ["-k1nM"], ["-k1Mn"], ["-k1nd"], ["-k1gh"], ["-k1Vn"], ["-k1,1nM"], ["-k1bnMr"], ["-k1hi"], ["-k1di"], ["-k1Vd"], ["-nM"], ["-nM", "-k1"], ["-nM", "-k1n"],
        ["-gV", "-k1,1"], ["-d", "-n"], ["-t", "ab"], ["-t", ""], ["-t"], ["-t:", "-t;"], ["-t:", "-t", "\\0"], ["-c", "-C"], ["-C", "-c"], ["--check=silent", "-c"],
        ["-c", "-o", "x"], ["-C", "-o", "x"], ["--check=foo"], ["--check="], ["-c", "a", "b"], ["-C", "a", "b"], ["-c", "-o", "x", "-nM"], ["-c", "a", "b", "-nM"],
        ["-x"], ["--no-such-option"]);

    /// <summary>-R, --debug and the tuning options (-S, -T, --parallel ...) are not done: they are refused as unknown options.</summary>
    [Theory]
    [InlineData("-R")]
    [InlineData("--debug")]
    [InlineData("-S1M")]
    [InlineData("-T/tmp")]
    [InlineData("--parallel=2")]
    [InlineData("--random-sort")]
    public void Options_not_done_are_refused(string option)
    {
        using var box = new Sandbox();
        CommandRun ours = Oracle.Ours("sort", box.Path, [option], Encoding.UTF8.GetBytes("b\na\n"));
        Assert.Equal(2, ours.ExitCode);
        Assert.Empty(ours.Output);
        Assert.Contains("Try 'sort --help' for more information.", ours.ErrorText);
    }

    [Fact]
    public void Zero_terminated_lines_sort_by_keys_as_gnu_sort_does() => Same(
        ["-z", "zero"], ["-z", "-k2,2n", "zero"], ["-z", "-k1,1", "-u", "zero"], ["-zb", "-k2", "zero"], ["-z", "-t", "\\0", "zero"]);

    public static TheoryData<int> Seeds => new() { 1, 2, 3, 4, 5, 6 };

    /// <summary>Random lines (fields, blanks, signs, numbers with units, months, versions, mixed case) sorted by random keys and options.</summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_keys_match_gnu_sort(int seed)
    {
        var random = new Random(seed);
        using var box = new Sandbox();
        for (int i = 0; i < RandomCasesPerSeed; i++)
        {
            string? separator = random.Next(3) == 0 ? null : new[] { ":", " ", "," }[random.Next(3)];
            var input = new StringBuilder();
            for (int line = random.Next(1, 30); line > 0; line--)
                input.Append(RandomLine(random, separator)).Append('\n');
            var arguments = new List<string>();
            if (separator is not null && random.Next(5) > 0)
                arguments.Add("-t" + separator);
            for (int key = random.Next(4); key > 0; key--)
                arguments.Add("-k" + RandomKey(random));
            foreach (string option in new[] { "-b", "-f", "-d", "-i", "-n", "-g", "-h", "-M", "-V", "-r", "-s", "-u", "-c", "-C" })
            {
                if (random.Next(12) == 0)
                    arguments.Add(option);
            }

            box.Write("in", Encoding.Latin1.GetBytes(input.ToString()));
            arguments.Add("in");
            Oracle.Same("sort", box.Path, arguments.ToArray());
        }
    }

    /// <summary>Each seed's number of random cases: 6 seeds make 240 comparisons with GNU sort.</summary>
    private const int RandomCasesPerSeed = 40;

    private static readonly string[] Pieces =
    [
        "a", "B", "abc", "Abc", "ZZ", "x-y", "_u", "\u00e9", "jan", "FEB", "mar", "Dec", "may ", "1", "-2", "+3", "0", "-0", "007", "1.5", "-.5",
        "1e3", "0x1A", "inf", "-inf", "nan", "1K", "2k", "3M", "-1G", "0.5T", "v1.2", "v1.10", "1.2.3~rc1", "foo.tar.gz", "a~", "", "  ", "\t", "10",
        "9", "12abc", "\u0001", "\u007f", "1,000", "~", "  jan", "1.0K", "1.5.3", " -3", "0000", "-0.0", "Infinity", "1.e5",
    ];

    private static string RandomLine(Random random, string? separator)
    {
        var fields = new List<string>();
        for (int field = random.Next(6); field > 0; field--)
        {
            var text = new StringBuilder();
            for (int piece = random.Next(1, 4); piece > 0; piece--)
                text.Append(Pieces[random.Next(Pieces.Length)]);
            fields.Add(text.ToString());
        }

        if (separator is not null)
            return string.Join(separator, fields);
        var line = new StringBuilder();
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0 || random.Next(3) == 0)
                line.Append(new[] { " ", "  ", "\t", " \t" }[random.Next(4)]);
            line.Append(fields[i]);
        }

        return line.ToString();
    }

    private static string RandomKey(Random random)
    {
        var key = new StringBuilder().Append(random.Next(1, 5));
        if (random.Next(3) == 0)
            key.Append('.').Append(random.Next(1, 5));
        for (int option = random.Next(3); option > 0; option--)
            key.Append("bdfgiMnrVh"[random.Next(10)]);
        if (random.Next(10) < 7)
        {
            key.Append(',').Append(random.Next(1, 6));
            if (random.Next(3) == 0)
                key.Append('.').Append(random.Next(0, 5));
            if (random.Next(3) == 0)
                key.Append("bfrn"[random.Next(4)]);
        }

        return key.ToString();
    }
}
