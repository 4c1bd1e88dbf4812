using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Minix.DriverKit.Analyzers;

/// <summary>
/// MINIX203: SEND, SENDREC, SENDNB or NOTIFY (Minix.Ipc.Messaging) to a well-known endpoint (Endpoint.DataStore, ...)
/// that the ipc line of the service's system.conf entry does not allow. Names come from <see cref="EndpointServices"/>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class IpcTargetAnalyzer() : PrivilegeAnalyzer(Descriptors.IpcTargetNotGranted, "ipc")
{
    private static readonly string[] Primitives = { "Send", "SendRec", "SendNb", "Notify" };

    /// <inheritdoc/>
    protected override bool Applies(MinixSymbols symbols) => symbols.Ipc != null;

    /// <inheritdoc/>
    protected override bool Inspects(IMethodSymbol method, MinixSymbols symbols) =>
        MinixSymbols.Is(method.ContainingType, symbols.Ipc) && System.Array.IndexOf(Primitives, method.Name) >= 0;

    /// <inheritdoc/>
    protected override void Check(OperationAnalysisContext context, IInvocationOperation invocation, MinixSymbols symbols, ServicePrivileges privileges)
    {
        // The destination is each primitive's first parameter; with named arguments it need not be written first.
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == 0)
                CheckDestination(context, argument.Value, invocation.TargetMethod.Name, symbols, privileges);
        }
    }

    // A well-known endpoint, or either of them when the destination is chosen by a conditional (c ? Endpoint.Terminal : Endpoint.DataStore).
    private void CheckDestination(OperationAnalysisContext context, IOperation destination, string primitive, MinixSymbols symbols, ServicePrivileges privileges)
    {
        while (destination is IConversionOperation conversion)
            destination = conversion.Operand;
        if (destination is IConditionalOperation { WhenFalse: { } whenFalse } conditional)
        {
            CheckDestination(context, conditional.WhenTrue, primitive, symbols, privileges);
            CheckDestination(context, whenFalse, primitive, symbols, privileges);
            return;
        }

        if (destination is not IPropertyReferenceOperation { Property.IsStatic: true } property || !MinixSymbols.Is(property.Property.ContainingType, symbols.Endpoint))
            return;
        string? name = EndpointServices.ServiceName(property.Property.Name);
        if (name != null && !privileges.AllowsIpc(name))
            Report(context, destination.Syntax, privileges, "Messaging." + primitive, name);
    }
}
