using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Minix.DriverKit.Analyzers;

/// <summary>
/// MINIX001, category A: driver code that uses a kernel-internal type or member (kernel printf, the process table,
/// kernel memory), or declares a field, property, parameter or return value of a kernel-internal type. Uses that another category explains better are left to it: direct hardware I/O (E) and handing
/// the kernel a callback (C, D).
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
        context.RegisterSymbolAction(c => CheckDeclaration(c, symbols, settings), SymbolKind.Field, SymbolKind.Property, SymbolKind.Method);
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
            IPropertySymbol property => new[] { property.Type },
            IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.Constructor or MethodKind.LocalFunction } method => method.Parameters.Select(p => p.Type).Prepend(method.ReturnType),
            _ => Enumerable.Empty<ITypeSymbol>(),
        };
        INamedTypeSymbol? kernelType = types.SelectMany(Parts).OfType<INamedTypeSymbol>().FirstOrDefault(t => symbols.IsKernelInternal(t) && !symbols.IsHardwareType(t));
        if (kernelType == null)
            return;
        KernelInternalCatalog.Describe(kernelType, out FunctionalClass functionalClass, out string replacement, out _);
        context.ReportDiagnostic(DependencyReport.Create(
            Descriptors.KernelSymbol,
            declared.Locations[0],
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
        if (symbol == null || !symbols.IsKernelInternal(symbol) || symbols.IsHardwareType(symbol.ContainingType))
            return;
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
