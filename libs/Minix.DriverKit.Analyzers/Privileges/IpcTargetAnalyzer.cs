using System.Collections.Generic;
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
                CheckDestination(context, argument.Value, invocation.TargetMethod.Name, symbols, privileges, new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default));
        }
    }

    // A well-known endpoint, either of them when the destination is chosen by a conditional (c ? Endpoint.Terminal :
    // Endpoint.DataStore), and every value a local variable is given in its method when the destination is that local.
    private void CheckDestination(OperationAnalysisContext context, IOperation destination, string primitive, MinixSymbols symbols, ServicePrivileges privileges, HashSet<ILocalSymbol> followed)
    {
        while (destination is IConversionOperation conversion)
            destination = conversion.Operand;
        if (destination is IConditionalOperation { WhenFalse: { } whenFalse } conditional)
        {
            CheckDestination(context, conditional.WhenTrue, primitive, symbols, privileges, followed);
            CheckDestination(context, whenFalse, primitive, symbols, privileges, followed);
            return;
        }

        if (destination is ILocalReferenceOperation local)
        {
            if (followed.Add(local.Local))
            {
                foreach (IOperation value in ValuesOf(local))
                    CheckDestination(context, value, primitive, symbols, privileges, followed);
            }

            return;
        }

        if (destination is not IPropertyReferenceOperation { Property.IsStatic: true } property || !MinixSymbols.Is(property.Property.ContainingType, symbols.Endpoint))
            return;
        string? name = EndpointServices.ServiceName(property.Property.Name);
        if (name != null && !privileges.AllowsIpc(name))
            Report(context, destination.Syntax, privileges, "Messaging." + primitive, name);
    }

    // What the local is initialized with and assigned anywhere in the body that holds the reference (the method, or
    // the lambda or local function the local belongs to, whose body is part of the method's operation tree).
    private static IEnumerable<IOperation> ValuesOf(ILocalReferenceOperation reference)
    {
        IOperation root = reference;
        while (root.Parent != null)
            root = root.Parent;
        foreach (IOperation operation in root.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, reference.Local):
                    IVariableInitializerOperation? initializer = declarator.GetVariableInitializer();
                    if (initializer != null)
                        yield return initializer.Value;
                    break;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when SymbolEqualityComparer.Default.Equals(target.Local, reference.Local):
                    yield return assignment.Value;
                    break;
            }
        }
    }
}
