using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Minix.DriverKit.Analyzers;

/// <summary>
/// MINIX001, category A: driver code that uses a kernel-internal type or member (kernel printf, the process table,
/// kernel memory). Uses that another category explains better are left to it: direct hardware I/O (E) and handing
/// the kernel a callback (C, D).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class KernelSymbolAnalyzer : MinixAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.KernelSymbol);

    /// <inheritdoc/>
    protected override void Start(CompilationStartAnalysisContext context, MinixSymbols symbols, AnalyzerSettings settings)
    {
        if (!symbols.ReferencesKernel)
            return;
        context.RegisterOperationAction(c => Check(c, symbols, settings, ((IInvocationOperation)c.Operation).TargetMethod), OperationKind.Invocation);
        context.RegisterOperationAction(c => Check(c, symbols, settings, ((IObjectCreationOperation)c.Operation).Constructor), OperationKind.ObjectCreation);
        context.RegisterOperationAction(c => Check(c, symbols, settings, ((IMemberReferenceOperation)c.Operation).Member), OperationKind.FieldReference, OperationKind.PropertyReference, OperationKind.EventReference, OperationKind.MethodReference);
    }

    private static void Check(OperationAnalysisContext context, MinixSymbols symbols, AnalyzerSettings settings, ISymbol? symbol)
    {
        if (symbol == null || !symbols.IsKernelInternal(symbol) || symbols.IsHardwareType(symbol.ContainingType))
            return;
        if (context.Operation is IInvocationOperation invocation && Callbacks.PassesCallback(invocation))
            return;

        KernelInternalCatalog.Describe(symbol, out FunctionalClass functionalClass, out string replacement, out string? twinType);
        twinType = DependencyReport.TwinFor(context.Compilation, symbol, twinType);
        context.ReportDiagnostic(DependencyReport.Create(
            Descriptors.KernelSymbol,
            context.Operation.Syntax.GetLocation(),
            settings,
            DependencyCategory.A,
            functionalClass,
            DependencyReport.FullName(symbol),
            replacement,
            twinType,
            null,
            DependencyReport.Display(symbol),
            Classification.Describe(DependencyCategory.A),
            Classification.Describe(functionalClass),
            replacement));
    }
}
