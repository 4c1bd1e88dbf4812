using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Minix.DriverKit.Analyzers;

/// <summary>
/// MINIX105: a heap allocation (<c>new</c> of a class, of a type parameter that is a class, or of an array, a collection
/// expression that builds one, an anonymous object; not the exception a <c>throw</c> makes, which ends the process)
/// inside a driver's message loop: a loop that receives messages (calls Minix.Ipc.Messaging.Receive), or any loop in a
/// class derived from a DriverKit driver base class. Each loop is reported once, from its outermost qualifying loop.
/// Off where the heap is collected (a program, or a server with MinixGarbageCollection).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LoopAllocationAnalyzer : MinixAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.LoopAllocation);

    /// <inheritdoc/>
    protected override void Start(CompilationStartAnalysisContext context, MinixSymbols symbols, AnalyzerSettings settings)
    {
        if (settings.CollectsGarbage)
            return;
        context.RegisterOperationAction(c =>
        {
            var loop = (ILoopOperation)c.Operation;
            if (AnalyzerSettings.IsHostOnly(loop.Syntax.SyntaxTree) || !IsMessageLoop(loop, symbols, c.ContainingSymbol))
                return;
            for (IOperation? outer = loop.Parent; outer != null; outer = outer.Parent)
            {
                if (outer is ILoopOperation outerLoop && IsMessageLoop(outerLoop, symbols, c.ContainingSymbol))
                    return;
            }

            foreach (IOperation operation in loop.Body.DescendantsAndSelf())
            {
                if (Allocates(operation) && !IsThrown(operation))
                    c.ReportDiagnostic(Diagnostic.Create(Descriptors.LoopAllocation, operation.Syntax.GetLocation(), Describe(operation)));
            }
        }, OperationKind.Loop);
    }

    private static bool IsMessageLoop(ILoopOperation loop, MinixSymbols symbols, ISymbol containing)
    {
        if (containing.ContainingType != null && symbols.DerivesFromDriverBase(containing.ContainingType))
            return true;
        if (symbols.Ipc == null)
            return false;
        foreach (IOperation operation in loop.Body.DescendantsAndSelf())
        {
            if (operation is IInvocationOperation invocation && symbols.IsIpc(invocation.TargetMethod, "Receive"))
                return true;
        }

        return false;
    }

    private static bool Allocates(IOperation operation) => operation switch
    {
        IObjectCreationOperation creation => creation.Type is { IsReferenceType: true },
        ITypeParameterObjectCreationOperation creation => creation.Type is { IsReferenceType: true },
        IArrayCreationOperation => true,
        IAnonymousObjectCreationOperation => true,
        ICollectionExpressionOperation collection => collection.Type is { IsReferenceType: true },
        _ => false,
    };

    // The exception a throw makes is made once: on the image the throw ends the process (a program catches it, but a
    // program's heap is collected and the rule is off for it), so it cannot exhaust the heap pass after pass.
    private static bool IsThrown(IOperation operation)
    {
        IOperation? parent = operation.Parent;
        while (parent is IConversionOperation)
            parent = parent.Parent;
        return parent is IThrowOperation;
    }

    private static string Describe(IOperation operation) => operation.Type switch
    {
        IArrayTypeSymbol array => "new " + array.ElementType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + "[]",
        ITypeSymbol type => "new " + type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
        _ => operation.Syntax.ToString(),
    };
}
