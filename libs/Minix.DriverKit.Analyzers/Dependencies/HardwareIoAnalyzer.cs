using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Minix.DriverKit.Analyzers;

/// <summary>
/// MINIX005, category E: the driver touches I/O hardware itself: the kernel's PortIo (the <c>in</c>/<c>out</c>
/// instructions), its Mmio class, or a pointer made from a constant physical address such as <c>(byte*)0xB8000</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardwareIoAnalyzer : MinixAnalyzer
{
    /// <summary>What a user-mode driver does instead of touching device memory at a physical address.</summary>
    public const string DeviceMemoryReplacement = "a device-memory range granted in system.conf and mapped for the driver, not a physical address";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HardwareIo);

    /// <inheritdoc/>
    protected override void Start(CompilationStartAnalysisContext context, MinixSymbols symbols, AnalyzerSettings settings)
    {
        if (symbols.ReferencesKernel)
        {
            context.RegisterOperationAction(c => CheckMember(c, symbols, settings, ((IInvocationOperation)c.Operation).TargetMethod), OperationKind.Invocation);
            context.RegisterOperationAction(c => CheckMember(c, symbols, settings, ((IMemberReferenceOperation)c.Operation).Member), OperationKind.MethodReference, OperationKind.FieldReference, OperationKind.PropertyReference);
        }

        context.RegisterSyntaxNodeAction(c => CheckPhysicalAddress(c, settings), SyntaxKind.CastExpression);
    }

    private static void CheckMember(OperationAnalysisContext context, MinixSymbols symbols, AnalyzerSettings settings, ISymbol member)
    {
        INamedTypeSymbol? type = member.ContainingType;
        if (!symbols.IsHardwareType(type) || SymbolEqualityComparer.Default.Equals(type!.ContainingAssembly, symbols.Assembly))
            return;
        KernelInternalCatalog.Describe(member, out FunctionalClass functionalClass, out string replacement, out string? twinType);
        twinType = DependencyReport.TwinFor(context.Compilation, member, twinType);
        context.ReportDiagnostic(Create(settings, context.Operation.Syntax.GetLocation(), functionalClass, DependencyReport.FullName(member), DependencyReport.Display(member), replacement, twinType));
    }

    private static void CheckPhysicalAddress(SyntaxNodeAnalysisContext context, AnalyzerSettings settings)
    {
        var cast = (CastExpressionSyntax)context.Node;
        if (cast.Type is not PointerTypeSyntax)
            return;
        Optional<object?> constant = context.SemanticModel.GetConstantValue(cast.Expression, context.CancellationToken);
        if (!constant.HasValue || AsAddress(constant.Value) is not { } address || address == 0)
            return;
        string text = "physical address 0x" + address.ToString("X", System.Globalization.CultureInfo.InvariantCulture);
        context.ReportDiagnostic(Create(settings, cast.GetLocation(), FunctionalClass.MemoryManagement, text, cast.ToString() + " (" + text + ")", DeviceMemoryReplacement, null));
    }

    private static ulong? AsAddress(object? value) => value switch
    {
        int i when i > 0 => (ulong)i,
        uint u => u,
        long l when l > 0 => (ulong)l,
        ulong ul => ul,
        short s when s > 0 => (ulong)s,
        ushort us => us,
        _ => null,
    };

    private static Diagnostic Create(AnalyzerSettings settings, Location location, FunctionalClass functionalClass, string symbol, string shown, string replacement, string? twinType) =>
        DependencyReport.Create(
            Descriptors.HardwareIo,
            location,
            settings,
            DependencyCategory.E,
            functionalClass,
            symbol,
            replacement,
            twinType,
            null,
            shown,
            Classification.Describe(DependencyCategory.E),
            Classification.Describe(functionalClass),
            replacement);
}
