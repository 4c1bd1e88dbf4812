using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Minix.Kernel.Calls;

namespace Minix.DriverKit.Analyzers;

/// <summary>
/// MINIX201: a device I/O call (any method that says [UsesKernelCall(KernelCall.DevIo)]: DriverKit's DevIo, Sys.InByte,
/// Sys.DevIo, ...) with a constant port that the io line of the service's system.conf entry does not cover. The
/// access width comes from the method name (Byte, Word, Long) or a constant PortAccess argument.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PortRangeAnalyzer() : PrivilegeAnalyzer(Descriptors.PortNotGranted, "io")
{
    /// <inheritdoc/>
    protected override void Check(OperationAnalysisContext context, IInvocationOperation invocation, MinixSymbols symbols, ServicePrivileges privileges)
    {
        IMethodSymbol method = invocation.TargetMethod;
        if (!symbols.MakesCall(method, KernelCall.DevIo))
            return;
        IArgumentOperation? port = null;
        int width = WidthFromName(method.Name);
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == "port")
                port = argument;
            else if (argument.Parameter?.Type.Name == "PortAccess" && argument.Value.ConstantValue is { HasValue: true, Value: int access })
                width = WidthFromAccess(access);
        }

        if (port == null || !port.Value.ConstantValue.HasValue || port.Value.ConstantValue.Value is not (int or ushort or uint or short or byte))
            return;
        int number = System.Convert.ToInt32(port.Value.ConstantValue.Value, System.Globalization.CultureInfo.InvariantCulture);
        if (!privileges.AllowsPort(number, width))
            Report(context, port.Syntax, privileges, number.ToString("x", System.Globalization.CultureInfo.InvariantCulture), width);
    }

    private static int WidthFromName(string name) =>
        name.EndsWith("Word", System.StringComparison.Ordinal) ? 2 : name.EndsWith("Long", System.StringComparison.Ordinal) ? 4 : 1;

    private static int WidthFromAccess(int access) => (access & 0x30) switch
    {
        0x20 => 2,
        0x30 => 4,
        _ => 1,
    };
}
