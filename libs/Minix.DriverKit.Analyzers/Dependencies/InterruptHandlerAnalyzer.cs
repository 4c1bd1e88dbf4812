using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Minix.DriverKit.Analyzers;

/// <summary>
/// MINIX004, category D: a handler installed in the kernel's interrupt table (InterruptTable.SetHandler) whose body,
/// or a method it calls, reads or writes fields or properties of the driver's own types. A handler that touches no
/// driver state is still a callback into the driver run by the kernel: category C (MINIX003).
/// </summary>
/// <remarks>
/// The handler and the methods it calls are followed into every file of the project (a partial class split over
/// files, a helper class of its own), so where a driver keeps its handler does not change the category.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InterruptHandlerAnalyzer : MinixAnalyzer
{
    private const int MaxCallDepth = 8;
    private const int MaxListed = 3;

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.InterruptHandlerState, Descriptors.KernelCallback);

    /// <inheritdoc/>
    protected override void Start(CompilationStartAnalysisContext context, MinixSymbols symbols, AnalyzerSettings settings)
    {
        if (symbols.InterruptTable == null)
            return;
        context.RegisterOperationAction(c =>
        {
            var invocation = (IInvocationOperation)c.Operation;
            IMethodSymbol api = invocation.TargetMethod;
            if (!symbols.IsInterruptTable(api.ContainingType) || SymbolEqualityComparer.Default.Equals(api.ContainingAssembly, symbols.Assembly))
                return;
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (!Callbacks.IsCallback(argument))
                    continue;
                List<IOperation> touched = TouchedState(argument, invocation.SemanticModel, c.Compilation, symbols.Assembly, c.CancellationToken);
                c.ReportDiagnostic(touched.Count == 0 ? KernelCallbackAnalyzer.Create(argument, api, settings) : Create(argument, api, touched, settings));
            }
        }, OperationKind.Invocation);
    }

    private static Diagnostic Create(IArgumentOperation argument, IMethodSymbol api, List<IOperation> touched, AnalyzerSettings settings)
    {
        var names = new List<string>();
        var locations = new List<Location>();
        foreach (IOperation operation in touched)
        {
            ISymbol member = ((IMemberReferenceOperation)operation).Member;
            string name = DependencyReport.Display(member);
            if (!names.Contains(name))
            {
                names.Add(name);
                locations.Add(operation.Syntax.GetLocation());
            }
        }

        string list = names.Count <= MaxListed ? string.Join(", ", names) : string.Join(", ", names.GetRange(0, MaxListed)) + ", ...";
        KernelInternalCatalog.Describe(api, out FunctionalClass functionalClass, out string replacement, out _);
        string advice = "in a user-mode driver use " + replacement + " in the driver's message loop instead";
        string handler = Callbacks.Describe(argument);
        return DependencyReport.Create(
            Descriptors.InterruptHandlerState,
            argument.Syntax.GetLocation(),
            settings,
            DependencyCategory.D,
            functionalClass,
            DependencyReport.FullName(api) + " (handler " + handler + ")",
            replacement,
            null,
            locations,
            handler,
            list,
            Classification.Describe(DependencyCategory.D),
            Classification.Describe(functionalClass),
            advice);
    }

    private static List<IOperation> TouchedState(IArgumentOperation argument, SemanticModel? model, Compilation compilation, IAssemblySymbol assembly, System.Threading.CancellationToken cancellation)
    {
        var touched = new List<IOperation>();
        var visited = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        var pending = new Queue<(IMethodSymbol Method, int Depth)>();
        var models = new Dictionary<SyntaxTree, SemanticModel>();
        foreach (IAnonymousFunctionOperation lambda in Callbacks.LambdasOf(argument))
            Scan(lambda.Body, assembly, touched, pending, 0);
        foreach (IMethodSymbol method in Callbacks.MethodsOf(argument))
            pending.Enqueue((method, 0));

        while (pending.Count > 0 && model != null)
        {
            (IMethodSymbol method, int depth) = pending.Dequeue();
            if (depth > MaxCallDepth || !visited.Add(method.OriginalDefinition))
                continue;
            foreach (SyntaxReference reference in method.OriginalDefinition.DeclaringSyntaxReferences)
            {
                SemanticModel declaring = ModelOf(reference.SyntaxTree, model, compilation, models);
                IOperation? body = declaring.GetOperation(reference.GetSyntax(cancellation), cancellation);
                if (body != null)
                    Scan(body, assembly, touched, pending, depth + 1);
            }
        }

        return touched;
    }

    /// <summary>
    /// A method of another file is read through that file's model, made once per file for one installation: only the
    /// handler's few methods are read this way, which is the cost RS1030 warns of and worth it for the right category.
    /// </summary>
    private static SemanticModel ModelOf(SyntaxTree tree, SemanticModel own, Compilation compilation, Dictionary<SyntaxTree, SemanticModel> models)
    {
        if (tree == own.SyntaxTree)
            return own;
        if (!models.TryGetValue(tree, out SemanticModel? other))
        {
#pragma warning disable RS1030
            other = compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
            models.Add(tree, other);
        }

        return other;
    }

    private static void Scan(IOperation body, IAssemblySymbol assembly, List<IOperation> touched, Queue<(IMethodSymbol, int)> pending, int depth)
    {
        foreach (IOperation operation in body.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IFieldReferenceOperation field when !field.Field.IsConst && IsOwn(field.Field, assembly):
                    touched.Add(operation);
                    break;
                case IPropertyReferenceOperation property when IsOwn(property.Property, assembly):
                    touched.Add(operation);
                    break;
                case IInvocationOperation call when IsOwn(call.TargetMethod, assembly):
                    pending.Enqueue((call.TargetMethod, depth));
                    break;
            }
        }
    }

    private static bool IsOwn(ISymbol member, IAssemblySymbol assembly) =>
        SymbolEqualityComparer.Default.Equals(member.ContainingAssembly, assembly) && member.ContainingType != null;
}
