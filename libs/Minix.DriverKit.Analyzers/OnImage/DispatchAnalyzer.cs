using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Minix.DriverKit.Analyzers;

/// <summary>
/// What the system subset (kernel, drivers, servers) leaves out although the runtime has it for programs:
/// MINIX106, a call through an interface (a dispatch-cache lookup, resolved by a search on a miss); MINIX107, a
/// virtual call to a generic method (a run-time lookup of its instantiation); MINIX108, a multi-dimensional array
/// (allocated and indexed through runtime helpers). Off for programs.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DispatchAnalyzer : MinixAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.InterfaceCall, Descriptors.GenericVirtualCall, Descriptors.MultiDimensionalArray);

    /// <inheritdoc/>
    protected override void Start(CompilationStartAnalysisContext context, MinixSymbols symbols, AnalyzerSettings settings)
    {
        if (settings.Program)
            return;
        context.RegisterOperationAction(c =>
        {
            if (AnalyzerSettings.IsHostOnly(c.Operation.Syntax.SyntaxTree))
                return;
            switch (c.Operation)
            {
                case IInvocationOperation call:
                    Check(c, call.TargetMethod.Name, call.TargetMethod, call.Instance);
                    break;
                case IPropertyReferenceOperation property when (property.Property.GetMethod ?? property.Property.SetMethod) is IMethodSymbol accessor:
                    Check(c, property.Property.Name, accessor, property.Instance);
                    break;
                case IEventReferenceOperation e when e.Event.AddMethod is IMethodSymbol adder:
                    // device.Changed += handler calls the interface's add (or remove) accessor.
                    Check(c, e.Event.Name, adder, e.Instance);
                    break;
            }
        }, OperationKind.Invocation, OperationKind.PropertyReference, OperationKind.EventReference);
        context.RegisterOperationAction(c =>
        {
            var creation = (IArrayCreationOperation)c.Operation;
            if (creation.Type is IArrayTypeSymbol { Rank: > 1 } array && !AnalyzerSettings.IsHostOnly(c.Operation.Syntax.SyntaxTree))
                c.ReportDiagnostic(Diagnostic.Create(Descriptors.MultiDimensionalArray, creation.Syntax.GetLocation(), array.ToDisplayString()));
        }, OperationKind.ArrayCreation);
    }

    private static void Check(OperationAnalysisContext context, string name, IMethodSymbol method, IOperation? instance)
    {
        // Static calls and base calls are bound at compile time; so are calls on a struct or a sealed class.
        if (method.IsStatic || instance?.Type is not ITypeSymbol receiver || instance.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.BaseExpressionSyntax)
            return;
        // Through an interface: an interface-typed receiver, or a type parameter that may be a class (shared generic
        // code dispatches through the interface; for a struct the compiler makes a copy that knows the method).
        // Object's own virtual methods (ToString, Equals) are ordinary virtual calls even there.
        bool interfaceMember = method.ContainingType?.TypeKind == TypeKind.Interface;
        bool throughInterface = interfaceMember && (receiver.TypeKind == TypeKind.Interface
            || receiver is ITypeParameterSymbol { HasValueTypeConstraint: false, HasUnmanagedTypeConstraint: false });
        bool dispatched = throughInterface || (MayBeDerived(receiver) && (method.IsVirtual || method.IsAbstract || (method.IsOverride && !method.IsSealed)));
        if (method.IsGenericMethod && dispatched)
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.GenericVirtualCall, context.Operation.Syntax.GetLocation(), name, receiver.ToDisplayString()));
        else if (throughInterface)
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.InterfaceCall, context.Operation.Syntax.GetLocation(), name, receiver.ToDisplayString()));
    }

    // Whether the receiver's run-time type may be a class derived from its static type, so that a virtual call on it is
    // resolved at run time: a class that is not sealed, or a type parameter that may be one (T : Codec is any class
    // derived from Codec; a struct-constrained parameter is a struct, whose method the compiler knows).
    private static bool MayBeDerived(ITypeSymbol receiver) => receiver is ITypeParameterSymbol parameter
        ? !parameter.HasValueTypeConstraint && !parameter.HasUnmanagedTypeConstraint
        : !receiver.IsValueType && !receiver.IsSealed && receiver.TypeKind != TypeKind.Interface;
}
