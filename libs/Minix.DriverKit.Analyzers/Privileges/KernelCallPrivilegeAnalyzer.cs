using System.Collections.Immutable;
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
public sealed class KernelCallPrivilegeAnalyzer : MinixAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.KernelCallNotGranted);

    /// <inheritdoc/>
    protected override void Start(CompilationStartAnalysisContext context, MinixSymbols symbols, AnalyzerSettings settings)
    {
        if (symbols.UsesKernelCallAttribute == null || ServicePrivileges.Load(context.Options, settings, context.CancellationToken) is not { } privileges)
            return;
        context.RegisterOperationAction(c =>
        {
            var invocation = (IInvocationOperation)c.Operation;
            IMethodSymbol method = invocation.TargetMethod;
            if (SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, symbols.Assembly))
                return;
            foreach (KernelCall call in symbols.KernelCallsOf(method))
            {
                if (privileges.AllowsCall(call))
                    continue;
                c.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.KernelCallNotGranted,
                    invocation.Syntax.GetLocation(),
                    privileges.OptionLocation("system"),
                    DependencyReport.Display(method),
                    KernelCallNames.Name(call),
                    privileges.Service.Name,
                    privileges.Describe("system")));
            }
        }, OperationKind.Invocation);
    }
}
