using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Minix.DriverKit.Analyzers;

/// <summary>
/// MINIX003, category C: handing a kernel-internal API a callback into the driver (a function pointer, delegate,
/// method group or lambda), e.g. a watchdog on the clock task's timers. The interrupt table is
/// <see cref="InterruptHandlerAnalyzer"/>'s: a handler there is C or D depending on what it touches.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class KernelCallbackAnalyzer : MinixAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.KernelCallback);

    /// <inheritdoc/>
    protected override void Start(CompilationStartAnalysisContext context, MinixSymbols symbols, AnalyzerSettings settings)
    {
        if (!symbols.ReferencesKernel)
            return;
        context.RegisterOperationAction(c =>
        {
            var invocation = (IInvocationOperation)c.Operation;
            IMethodSymbol api = invocation.TargetMethod;
            if (!symbols.IsKernelInternal(api) || symbols.IsInterruptTable(api.ContainingType) || symbols.IsHardwareType(api.ContainingType))
                return;
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (Callbacks.IsCallback(argument))
                    c.ReportDiagnostic(Create(argument, api, settings));
            }
        }, OperationKind.Invocation);
    }

    /// <summary>The category C diagnostic for one callback argument.</summary>
    /// <param name="argument">The callback.</param>
    /// <param name="api">The kernel API it is handed to.</param>
    /// <param name="settings">The project's settings.</param>
    /// <returns>The diagnostic.</returns>
    public static Diagnostic Create(IArgumentOperation argument, IMethodSymbol api, AnalyzerSettings settings)
    {
        KernelInternalCatalog.Describe(api, out FunctionalClass functionalClass, out string replacement, out _);
        string advice = "in a user-mode driver use " + replacement + " in the driver's message loop instead";
        return DependencyReport.Create(
            Descriptors.KernelCallback,
            argument.Syntax.GetLocation(),
            settings,
            DependencyCategory.C,
            functionalClass,
            DependencyReport.FullName(api),
            replacement,
            null,
            null,
            DependencyReport.Display(api),
            Callbacks.Describe(argument),
            Classification.Describe(DependencyCategory.C),
            Classification.Describe(functionalClass),
            advice);
    }
}
