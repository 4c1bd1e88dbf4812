using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Minix.Kernel.Calls;

namespace Minix.DriverKit.Analyzers;

/// <summary>
/// MINIX205: an interrupt call (a method that says [UsesKernelCall(KernelCall.IrqCtl)] and takes an <c>irq</c>,
/// such as Sys.IrqSetPolicy) with a constant line the irq list of the service's system.conf entry does not hold.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class IrqLineAnalyzer() : PrivilegeAnalyzer(Descriptors.IrqNotGranted, "irq")
{
    /// <inheritdoc/>
    protected override void Check(OperationAnalysisContext context, IInvocationOperation invocation, MinixSymbols symbols, ServicePrivileges privileges)
    {
        if (!symbols.MakesCall(invocation.TargetMethod, KernelCall.IrqCtl))
            return;
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == "irq" && argument.Value.ConstantValue is { HasValue: true, Value: int irq } && !privileges.AllowsIrq(irq))
                Report(context, argument.Syntax, privileges, irq);
        }
    }
}
