namespace Internal.Runtime.CompilerHelpers;

// ILC requires a class of this name in the system module; Minix's start-up lives in Minix.Runtime.ModuleStartup.
internal static class StartupCodeHelpers
{
}
