using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Minix.DriverKit.Analyzers;

/// <summary>
/// MINIX005, category E: the driver touches I/O hardware or memory itself: the kernel's PortIo (the <c>in</c>/<c>out</c>
/// instructions), or a pointer made from an integer, a constant physical address such as <c>(byte*)0xB8000</c> or an
/// address held in a variable such as <c>(byte*)clientAddress</c> (another process's buffer or device memory: the
/// driver's own address space holds neither).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardwareIoAnalyzer : MinixAnalyzer
{
    /// <summary>What a user-mode driver does instead of making a pointer from an address.</summary>
    public const string DeviceMemoryReplacement = "for a client's buffer, its memory grant and Minix.Kernel.Calls.Sys.SafeCopyFrom/SafeCopyTo (SYS_SAFECOPY); for device memory, a range its system.conf entry grants (mem) mapped with SYS_MAPPHYS";

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
        twinType = context.Operation is IInvocationOperation ? DependencyReport.TwinFor(context.Compilation, member, twinType) : null;
        context.ReportDiagnostic(Create(settings, context.Operation.Syntax.GetLocation(), functionalClass, DependencyReport.FullName(member), DependencyReport.Display(member), replacement, twinType));
    }

    private static void CheckPhysicalAddress(SyntaxNodeAnalysisContext context, AnalyzerSettings settings)
    {
        var cast = (CastExpressionSyntax)context.Node;
        if (cast.Type is not PointerTypeSyntax)
            return;
        Optional<object?> constant = context.SemanticModel.GetConstantValue(cast.Expression, context.CancellationToken);
        string text;
        if (constant.HasValue)
        {
            if (AsAddress(constant.Value) is not { } address || address == 0)
                return;
            text = "physical address 0x" + address.ToString("X", System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (IsInteger(context.SemanticModel.GetTypeInfo(cast.Expression, context.CancellationToken).Type))
        {
            text = "an address in an integer ('" + cast.Expression + "')";
        }
        else
        {
            return;
        }

        context.ReportDiagnostic(Create(settings, cast.GetLocation(), FunctionalClass.MemoryManagement, text, cast.ToString() + " (" + text + ")", DeviceMemoryReplacement, null));
    }

    private static bool IsInteger(ITypeSymbol? type) => type?.SpecialType is
        SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Int32 or SpecialType.System_UInt32 or
        SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_IntPtr or SpecialType.System_UIntPtr;

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
