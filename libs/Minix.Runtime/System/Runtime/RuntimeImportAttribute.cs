namespace System.Runtime;

// Declares an extern the linker binds by symbol name: a runtime export, a target-supplied function or a stub.
[AttributeUsage(AttributeTargets.Method)]
internal sealed class RuntimeImportAttribute : Attribute
{
    public RuntimeImportAttribute(string entry) => Entry = entry;

    public RuntimeImportAttribute(string dllName, string entry) => Entry = entry;

    public string Entry { get; }
}
