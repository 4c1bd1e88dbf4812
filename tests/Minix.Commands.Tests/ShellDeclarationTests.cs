namespace Minix.Commands.Tests;

/// <summary>export and local take NAME=value operands as assignments, as dash: no field splitting or pathname expansion of the value; tilde expansion after = and :.</summary>
public class ShellDeclarationTests
{
    [Theory]
    [InlineData("Y='a b'; export w=$Y; echo \"$w\"; env | grep ^w=")]
    [InlineData("Y='a  *'; export w=$Y v=* u=\"$Y\"; echo \"$w|$v|$u\"", true)]
    [InlineData("HOME=/home/h; export k=~/a p=/x:~/b q='~' r=a~; echo $k $p $q $r")]
    [InlineData("Y='a b'; f() { local q=$Y r=~ s; echo \"$q\" $r; }; HOME=/h; f")]
    [InlineData("v='a=1 b'; export $v; env | grep -E '^(a|b)='; export \"m=x y\"; echo \"$m\"")]
    [InlineData("e=export; Y='a b'; $e n=$Y; echo \"[$n]\" \"[$b]\"")]
    public void NAME_is_assigned_its_value_unsplit_and_unglobbed(string script, bool withFiles = false)
    {
        if (withFiles)
            ShellOracle.Same(script, prepare: box => { box.Write("f1", ""); box.Write("f2", ""); });
        else
            ShellOracle.Same(script);
    }
}
