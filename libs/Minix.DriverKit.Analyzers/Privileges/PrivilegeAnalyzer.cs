using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Minix.DriverKit.Analyzers;

/// <summary>
/// The common shape of the cross-checks against system.conf (MINIX201-203, MINIX205): one rule about one option of
/// the service's entry, checked at each invocation, silent when the project has no readable entry for the service.
/// A diagnostic points at the call and at the option in system.conf, and its message ends with the service's name
/// and what the option grants.
/// </summary>
public abstract class PrivilegeAnalyzer : MinixAnalyzer
{
    private readonly DiagnosticDescriptor _rule;
    private readonly string _option;

    /// <summary>Sets the rule and the option it checks.</summary>
    /// <param name="rule">The one rule the analyzer reports.</param>
    /// <param name="option">The system.conf option: io, irq, system or ipc.</param>
    protected PrivilegeAnalyzer(DiagnosticDescriptor rule, string option)
    {
        _rule = rule;
        _option = option;
        SupportedDiagnostics = ImmutableArray.Create(rule);
    }

    /// <inheritdoc/>
    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <inheritdoc/>
    protected sealed override void Start(CompilationStartAnalysisContext context, MinixSymbols symbols, AnalyzerSettings settings)
    {
        if (!Applies(symbols) || ServicePrivileges.Load(context.Options, settings, context.CancellationToken) is not { } privileges)
            return;
        context.RegisterOperationAction(c =>
        {
            var invocation = (IInvocationOperation)c.Operation;
            if (Inspects(invocation.TargetMethod, symbols))
                Check(c, invocation, symbols, privileges);
        }, OperationKind.Invocation);
    }

    /// <summary>Whether the compilation has what the check looks for; by default the [UsesKernelCall] attribute.</summary>
    /// <param name="symbols">The toolkit's symbols in this compilation.</param>
    /// <returns>True to check the compilation.</returns>
    protected virtual bool Applies(MinixSymbols symbols) => symbols.UsesKernelCallAttribute != null;

    /// <summary>Whether the check looks at a call; by default at calls of other assemblies' methods (the toolkit's).</summary>
    /// <param name="method">The called method.</param>
    /// <param name="symbols">The toolkit's symbols in this compilation.</param>
    /// <returns>True to check the call.</returns>
    protected virtual bool Inspects(IMethodSymbol method, MinixSymbols symbols) =>
        !SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, symbols.Assembly);

    /// <summary>Checks one call against the service's privileges.</summary>
    /// <param name="context">Where to report.</param>
    /// <param name="invocation">The call.</param>
    /// <param name="symbols">The toolkit's symbols in this compilation.</param>
    /// <param name="privileges">What system.conf grants the service.</param>
    protected abstract void Check(OperationAnalysisContext context, IInvocationOperation invocation, MinixSymbols symbols, ServicePrivileges privileges);

    /// <summary>Reports the rule at <paramref name="at"/> and at the option in system.conf.</summary>
    /// <param name="context">Where to report.</param>
    /// <param name="at">The call or argument that asks for more than is granted.</param>
    /// <param name="privileges">What system.conf grants the service.</param>
    /// <param name="what">The message's first arguments (what is asked for); the service's name and the grant follow.</param>
    protected void Report(OperationAnalysisContext context, SyntaxNode at, ServicePrivileges privileges, params object[] what) =>
        context.ReportDiagnostic(Diagnostic.Create(
            _rule,
            at.GetLocation(),
            privileges.OptionLocation(_option),
            [.. what, privileges.Service.Name, privileges.Describe(_option)]));
}
