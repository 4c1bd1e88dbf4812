namespace System.Runtime;

// Gives a runtime method a fixed native symbol name that ILC's generated code calls (RhpNewFast and friends).
[AttributeUsage(AttributeTargets.Method)]
internal sealed class RuntimeExportAttribute : Attribute
{
    public RuntimeExportAttribute(string entry) => Entry = entry;

    public string Entry { get; }
}
