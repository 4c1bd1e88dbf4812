namespace System.Runtime;

/// <summary>
/// Exports a method under a fixed symbol with the managed calling convention (the System V one on x86-64 for the
/// pointers the trap entry passes), as ILC does for the runtime's own helpers: unlike <c>UnmanagedCallersOnly</c>,
/// no reverse P/Invoke transition runs on every trap (the kernel has no collector to tell).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class RuntimeExportAttribute(string entry) : Attribute { public string Entry { get; } = entry; }
