using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Minix.DriverKit.Analyzers;

/// <summary>
/// MINIX002, category B: code that calls into another driver (a type of an assembly marked
/// <c>[assembly: Minix.DriverKit.Driver("name")]</c>, or a class derived from CharacterDriver or BlockDriver in
/// another assembly) instead of sending that driver a message.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DriverCallAnalyzer : MinixAnalyzer
{
    /// <summary>What to do instead, for messages and the inventory.</summary>
    public const string Replacement = "send the driver a request message with Minix.Ipc.Messaging.SendRec instead";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.DriverCall);

    /// <inheritdoc/>
    protected override void Start(CompilationStartAnalysisContext context, MinixSymbols symbols, AnalyzerSettings settings)
    {
        if (!symbols.ReferencesOtherDrivers())
            return;
        context.RegisterOperationAction(c =>
        {
            var invocation = (IInvocationOperation)c.Operation;
            Check(c, symbols, settings, invocation.TargetMethod, invocation.Instance?.Type);
        }, OperationKind.Invocation);
        context.RegisterOperationAction(c =>
        {
            var reference = (IMemberReferenceOperation)c.Operation;
            Check(c, symbols, settings, reference.Member, reference.Instance?.Type);
        }, OperationKind.FieldReference, OperationKind.PropertyReference, OperationKind.MethodReference, OperationKind.EventReference);
        context.RegisterOperationAction(c => Check(c, symbols, settings, ((IObjectCreationOperation)c.Operation).Constructor, null), OperationKind.ObjectCreation);
    }

    private static void Check(OperationAnalysisContext context, MinixSymbols symbols, AnalyzerSettings settings, ISymbol? member, ITypeSymbol? receiver)
    {
        if (member == null || member.IsImplicitlyDeclared && member is not IMethodSymbol { MethodKind: MethodKind.Constructor })
            return;
        string? driver = symbols.OtherDriverOf(member.ContainingType) ?? symbols.OtherDriverOf(receiver);
        if (driver == null)
            return;
        context.ReportDiagnostic(DependencyReport.Create(
            Descriptors.DriverCall,
            context.Operation.Syntax.GetLocation(),
            settings,
            DependencyCategory.B,
            FunctionalClass.MessagePassing,
            DependencyReport.FullName(member),
            Replacement,
            null,
            null,
            DependencyReport.Display(member),
            driver,
            Classification.Describe(DependencyCategory.B),
            Classification.Describe(FunctionalClass.MessagePassing),
            Replacement));
    }
}
