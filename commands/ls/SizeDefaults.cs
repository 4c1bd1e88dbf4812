namespace Minix.Commands.Ls;

/// <summary>The units of sizes and block counts when no option chooses them: from the environment, as GNU ls.</summary>
internal static class SizeDefaults
{
    /// <summary>
    /// Without --block-size, -h or --si, the units LS_BLOCK_SIZE, BLOCK_SIZE or BLOCKSIZE give (the first set; of one
    /// not understood, the count read before the problem, if any, as plain blocks): the first two for sizes and block
    /// counts, BLOCKSIZE for block counts only; block counts are in KiB without them (512 bytes with POSIXLY_CORRECT),
    /// and with -k.
    /// </summary>
    public static void Choose(Settings settings, bool kibibytes)
    {
        string? forLs = EnvironmentVariables.Of("LS_BLOCK_SIZE"), forAll = EnvironmentVariables.Of("BLOCK_SIZE");
        string? spec = forLs ?? forAll ?? EnvironmentVariables.Of("BLOCKSIZE");
        SizeUnit unit = default;
        if (spec is not null && BlockSizeArgument.Parse(spec, out unit) != BlockSizeArgument.Problem.None)
            unit = SizeUnit.Of(unit.Block);
        if (unit.Block == 0)
            unit = SizeUnit.Of(EnvironmentVariables.Of("POSIXLY_CORRECT") is null ? 1024UL : 512UL);
        settings.BlockSizes = unit;
        if (forLs is not null || forAll is not null)
            settings.FileSizes = unit;
        if (kibibytes)
            settings.BlockSizes = SizeUnit.Of(1024);
    }
}
