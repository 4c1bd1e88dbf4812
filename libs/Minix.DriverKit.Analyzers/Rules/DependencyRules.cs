namespace Minix.DriverKit.Analyzers;

/// <summary>
/// The titles of the kernel-dependency rules (categories A-E), shared with the toolchain like
/// <see cref="ImageRules"/>: this file depends on nothing, and Minix.Build compiles it in as source, so a link error
/// about a kernel service in a user-mode driver names the rule with the title the IDE shows.
/// </summary>
static class DependencyRules
{
    /// <summary>The title of a dependency rule, or null for another id.</summary>
    /// <param name="id">The rule id, <c>MINIX001</c> to <c>MINIX005</c>.</param>
    /// <returns>The title or null.</returns>
    public static string? Title(string id) => id switch
    {
        "MINIX001" => "Driver uses a kernel-internal symbol (category A)",
        "MINIX002" => "Driver calls another driver's code (category B)",
        "MINIX003" => "Callback handed to the kernel (category C)",
        "MINIX004" => "Interrupt handler touches driver state (category D)",
        "MINIX005" => "Driver uses I/O hardware directly (category E)",
        _ => null,
    };
}
