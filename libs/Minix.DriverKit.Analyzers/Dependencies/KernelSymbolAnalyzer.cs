using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Minix.DriverKit.Analyzers;

/// <summary>
/// MINIX001, category A: driver code that uses a kernel-internal type or member (kernel printf, the process table,
/// kernel memory), or names a kernel-internal type: in a declaration (a field, property, event, parameter, return
/// value, delegate, base type), in a method body (a local, a cast, <c>typeof</c>, <c>default</c>, a type pattern, a
/// local function's or lambda's signature) or as a type argument. Uses that another category explains better are
/// left to it: direct hardware I/O (E) and handing the kernel a callback (C, D).
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
        context.RegisterOperationAction(c =>
        {
            foreach ((ITypeSymbol type, SyntaxNode syntax) in TypeMentions.Of(c.Operation))
                ReportType(c.ReportDiagnostic, symbols, settings, new[] { type }, syntax.GetLocation());
        }, TypeMentions.Kinds);
        context.RegisterSymbolAction(c => CheckDeclaration(c, symbols, settings), SymbolKind.Field, SymbolKind.Property, SymbolKind.Event, SymbolKind.Method, SymbolKind.NamedType);
    }

    // A field, property, parameter or return value of a kernel type ties the driver to the kernel by itself, even
    // before any member of the type is used: report the declaration.
    private static void CheckDeclaration(SymbolAnalysisContext context, MinixSymbols symbols, AnalyzerSettings settings)
    {
        ISymbol declared = context.Symbol;
        if (declared.IsImplicitlyDeclared || declared.Locations.Length == 0 || !declared.Locations[0].IsInSource)
            return;
        IEnumerable<ITypeSymbol> types = declared switch
        {
            IFieldSymbol field => new[] { field.Type },
            IPropertySymbol property => property.Parameters.Select(p => p.Type).Prepend(property.Type),
            IEventSymbol e => new[] { e.Type },
            IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.Constructor or MethodKind.UserDefinedOperator or MethodKind.Conversion } method => Signature(method),
            INamedTypeSymbol { DelegateInvokeMethod: { } invoke } => Signature(invoke),
            INamedTypeSymbol type => type.Interfaces.Cast<ITypeSymbol>().Prepend(type.BaseType).OfType<ITypeSymbol>(),
            _ => Enumerable.Empty<ITypeSymbol>(),
        };
        ReportType(context.ReportDiagnostic, symbols, settings, types, declared.Locations[0]);
    }

    private static IEnumerable<ITypeSymbol> Signature(IMethodSymbol method) => method.Parameters.Select(p => p.Type).Prepend(method.ReturnType);

    // Reports the first kernel-internal type among the types (and their element, pointed-at and argument types).
    private static void ReportType(System.Action<Diagnostic> report, MinixSymbols symbols, AnalyzerSettings settings, IEnumerable<ITypeSymbol> types, Location location)
    {
        INamedTypeSymbol? kernelType = types.SelectMany(Parts).OfType<INamedTypeSymbol>().FirstOrDefault(t => symbols.IsKernelInternal(t) && !symbols.IsHardwareType(t));
        if (kernelType == null)
            return;
        KernelInternalCatalog.Describe(kernelType, out FunctionalClass functionalClass, out string replacement, out _);
        report(DependencyReport.Create(
            Descriptors.KernelSymbol,
            location,
            settings,
            DependencyCategory.A,
            functionalClass,
            DependencyReport.FullName(kernelType),
            replacement,
            null,
            null,
            DependencyReport.Display(kernelType),
            Classification.Describe(DependencyCategory.A),
            Classification.Describe(functionalClass),
            replacement));
    }

    private static IEnumerable<ITypeSymbol> Parts(ITypeSymbol type)
    {
        yield return type;
        IEnumerable<ITypeSymbol> inner = type switch
        {
            IArrayTypeSymbol array => Parts(array.ElementType),
            IPointerTypeSymbol pointer => Parts(pointer.PointedAtType),
            INamedTypeSymbol { IsGenericType: true } generic => generic.TypeArguments.SelectMany(Parts),
            _ => Enumerable.Empty<ITypeSymbol>(),
        };
        foreach (ITypeSymbol part in inner)
            yield return part;
    }

    private static void Check(OperationAnalysisContext context, MinixSymbols symbols, AnalyzerSettings settings, ISymbol? symbol)
    {
        if (symbol == null)
            return;
        if (!symbols.IsKernelInternal(symbol) || symbols.IsHardwareType(symbol.ContainingType))
        {
            // A member of some other type used with a kernel type as its type argument: new List<Process>().
            ReportType(context.ReportDiagnostic, symbols, settings, TypeMentions.TypeArgumentsOf(symbol), context.Operation.Syntax.GetLocation());
            return;
        }

        if (context.Operation is IInvocationOperation invocation && Callbacks.PassesCallback(invocation))
            return;

        KernelInternalCatalog.Describe(symbol, out FunctionalClass functionalClass, out string replacement, out string? twinType);
        twinType = context.Operation is IInvocationOperation ? DependencyReport.TwinFor(context.Compilation, symbol, twinType) : null;
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
