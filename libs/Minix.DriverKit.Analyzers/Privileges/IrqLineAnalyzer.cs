using System.Collections.Immutable;
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
public sealed class IrqLineAnalyzer : MinixAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.IrqNotGranted);

    /// <inheritdoc/>
    protected override void Start(CompilationStartAnalysisContext context, MinixSymbols symbols, AnalyzerSettings settings)
    {
        if (symbols.UsesKernelCallAttribute == null || ServicePrivileges.Load(context.Options, settings, context.CancellationToken) is not { } privileges)
            return;
        context.RegisterOperationAction(c =>
        {
            var invocation = (IInvocationOperation)c.Operation;
            IMethodSymbol method = invocation.TargetMethod;
            if (SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, symbols.Assembly) || !symbols.MakesCall(method, KernelCall.IrqCtl))
                return;
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (argument.Parameter?.Name != "irq" || argument.Value.ConstantValue is not { HasValue: true, Value: int irq } || privileges.AllowsIrq(irq))
                    continue;
                c.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.IrqNotGranted,
                    argument.Syntax.GetLocation(),
                    privileges.OptionLocation("irq"),
                    irq,
                    privileges.Service.Name,
                    privileges.Describe("irq")));
            }
        }, OperationKind.Invocation);
    }
}
