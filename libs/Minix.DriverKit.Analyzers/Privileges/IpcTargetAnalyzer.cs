using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Minix.DriverKit.Analyzers;

/// <summary>
/// MINIX203: SEND, SENDREC, SENDNB or NOTIFY (Minix.Ipc.Messaging) to a well-known endpoint (Endpoint.DataStore, ...)
/// that the ipc line of the service's system.conf entry does not allow. Names come from <see cref="EndpointServices"/>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class IpcTargetAnalyzer : MinixAnalyzer
{
    private static readonly string[] Primitives = { "Send", "SendRec", "SendNb", "Notify" };

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.IpcTargetNotGranted);

    /// <inheritdoc/>
    protected override void Start(CompilationStartAnalysisContext context, MinixSymbols symbols, AnalyzerSettings settings)
    {
        if (symbols.Ipc == null || ServicePrivileges.Load(context.Options, settings, context.CancellationToken) is not { } privileges)
            return;
        context.RegisterOperationAction(c =>
        {
            var invocation = (IInvocationOperation)c.Operation;
            IMethodSymbol method = invocation.TargetMethod;
            if (!MinixSymbols.Is(method.ContainingType, symbols.Ipc) || System.Array.IndexOf(Primitives, method.Name) < 0 || invocation.Arguments.Length == 0)
                return;
            IOperation destination = invocation.Arguments[0].Value;
            while (destination is IConversionOperation conversion)
                destination = conversion.Operand;
            if (destination is not IPropertyReferenceOperation { Property.IsStatic: true } property || !MinixSymbols.Is(property.Property.ContainingType, symbols.Endpoint))
                return;
            string? name = EndpointServices.ServiceName(property.Property.Name);
            if (name == null || privileges.AllowsIpc(name))
                return;
            c.ReportDiagnostic(Diagnostic.Create(
                Descriptors.IpcTargetNotGranted,
                destination.Syntax.GetLocation(),
                privileges.OptionLocation("ipc"),
                "Messaging." + method.Name,
                name,
                privileges.Service.Name,
                privileges.Describe("ipc")));
        }, OperationKind.Invocation);
    }
}
