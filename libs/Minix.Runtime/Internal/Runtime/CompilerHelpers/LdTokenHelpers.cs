using System;

namespace Internal.Runtime.CompilerHelpers;

// Targets of `ldtoken` (typeof handles, field handles of constant data). ILC's scanner needs them to exist even
// when the JIT expands the consumer (RuntimeHelpers.CreateSpan/InitializeArray) and never calls them.
internal static class LdTokenHelpers
{
    private static RuntimeTypeHandle GetRuntimeTypeHandle(nint handle) => new RuntimeTypeHandle { _value = handle };

    private static Type GetRuntimeType(nint handle) => Type.GetTypeFromHandle(new RuntimeTypeHandle { _value = handle });

    private static RuntimeMethodHandle GetRuntimeMethodHandle(nint handle) => new RuntimeMethodHandle { _value = handle };

    private static RuntimeFieldHandle GetRuntimeFieldHandle(nint handle) => new RuntimeFieldHandle { _value = handle };
}
