using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
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

        context.RegisterOperationAction(c => CheckPhysicalAddress(c, settings), OperationKind.Conversion);
    }

    private static void CheckMember(OperationAnalysisContext context, MinixSymbols symbols, AnalyzerSettings settings, ISymbol member)
    {
        INamedTypeSymbol? type = member.ContainingType;
        if (!symbols.IsHardwareType(type) || SymbolEqualityComparer.Default.Equals(type!.ContainingAssembly, symbols.Assembly))
            return;
        KernelInternalCatalog.Describe(member, out FunctionalClass functionalClass, out string replacement, out string? twinType);
        if (twinType != null && !(member is IMethodSymbol method && DependencyReport.TwinHas(context.Compilation.GetTypeByMetadataName(twinType), method)))
            twinType = null;
        Report(context, settings, context.Operation.Syntax.GetLocation(), functionalClass, DependencyReport.FullName(member), DependencyReport.Display(member), replacement, twinType);
    }

    private static void CheckPhysicalAddress(OperationAnalysisContext context, AnalyzerSettings settings)
    {
        var conversion = (IConversionOperation)context.Operation;
        if (conversion.Type is not IPointerTypeSymbol || conversion.IsImplicit || !conversion.Operand.ConstantValue.HasValue)
            return;
        ulong? address = AsAddress(conversion.Operand.ConstantValue.Value);
        if (address is null or 0)
            return;
        string text = "physical address 0x" + address.Value.ToString("X", System.Globalization.CultureInfo.InvariantCulture);
        Report(context, settings, conversion.Syntax.GetLocation(), FunctionalClass.MemoryManagement, text, conversion.Syntax.ToString() + " (" + text + ")", DeviceMemoryReplacement, null);
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

    private static void Report(OperationAnalysisContext context, AnalyzerSettings settings, Location location, FunctionalClass functionalClass, string symbol, string shown, string replacement, string? twinType) =>
        context.ReportDiagnostic(DependencyReport.Create(
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
            replacement));
}
