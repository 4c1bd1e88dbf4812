namespace Minix.DriverKit.Analyzers;

// The rule list is public in the analyzer and internal where the toolchain compiles it in as source (so a project
// that sees both assemblies never finds two public copies): the accessibility lives in this part only.
public static partial class ImageRules;

public sealed partial class ImageRule;
