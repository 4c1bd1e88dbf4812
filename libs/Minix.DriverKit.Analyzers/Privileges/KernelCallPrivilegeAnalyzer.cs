using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Minix.Kernel.Calls;
using Minix.Kernel.Configuration;

namespace Minix.DriverKit.Analyzers;

/// <summary>
/// MINIX202: a call to a method that says, with [UsesKernelCall], that it makes a kernel call the system line of the
/// service's system.conf entry does not grant (the basic calls every service has count as granted unless the line
/// says NONE).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class KernelCallPrivilegeAnalyzer() : PrivilegeAnalyzer(Descriptors.KernelCallNotGranted, "system")
{
    /// <inheritdoc/>
    protected override void Check(OperationAnalysisContext context, IInvocationOperation invocation, MinixSymbols symbols, ServicePrivileges privileges)
    {
        foreach (KernelCall call in symbols.KernelCallsOf(invocation.TargetMethod))
        {
            if (!privileges.AllowsCall(call))
                Report(context, invocation.Syntax, privileges, DependencyReport.Display(invocation.TargetMethod), KernelCallNames.Name(call));
        }
    }
}
