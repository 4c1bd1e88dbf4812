using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Minix.DriverKit.Analyzers;

/// <summary>
/// MINIX101, MINIX103 and MINIX104 for the framework APIs code uses: every type and member from the framework that
/// the code names (calls, creations, attributes, member accesses and the type arguments they supply, declared types,
/// casts, typeof, default, type patterns, local function and lambda signatures, user-defined operators and
/// conversions) is checked against <see cref="ImageRules"/> (threads, reflection) and the image runtime's manifest.
/// Files under a Host/ folder are host-only and not checked.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ImageApiAnalyzer : MinixAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.MissingImageApi, Descriptors.Threading, Descriptors.Reflection);

    /// <inheritdoc/>
    protected override void Start(CompilationStartAnalysisContext context, MinixSymbols symbols, AnalyzerSettings settings)
    {
        var check = new ImageApiCheck(ImageApiManifest.Embedded, context.Compilation.Assembly);
        INamedTypeSymbol? defaultHandler = context.Compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.DefaultInterpolatedStringHandler");
        context.RegisterOperationBlockStartAction(block =>
        {
            // Host-only files are skipped once per method body rather than once per operation.
            if (block.OperationBlocks.Length == 0 || AnalyzerSettings.IsHostOnly(block.OperationBlocks[0].Syntax.SyntaxTree))
                return;
            block.RegisterOperationAction(c => Member(c, check, ((IInvocationOperation)c.Operation).TargetMethod), OperationKind.Invocation);
            block.RegisterOperationAction(c => Member(c, check, ((IObjectCreationOperation)c.Operation).Constructor), OperationKind.ObjectCreation);
            block.RegisterOperationAction(c => Member(c, check, ((IMemberReferenceOperation)c.Operation).Member), OperationKind.FieldReference, OperationKind.PropertyReference, OperationKind.EventReference, OperationKind.MethodReference);
            block.RegisterOperationAction(c => Member(c, check, ((IBinaryOperation)c.Operation).OperatorMethod), OperationKind.Binary);
            block.RegisterOperationAction(c => Member(c, check, ((IUnaryOperation)c.Operation).OperatorMethod), OperationKind.Unary);
            block.RegisterOperationAction(c => Member(c, check, ((IConversionOperation)c.Operation).OperatorMethod), OperationKind.Conversion);
            block.RegisterOperationAction(c =>
            {
                foreach ((ITypeSymbol type, SyntaxNode syntax) in TypeMentions.Of(c.Operation))
                    Report(c.ReportDiagnostic, check.CheckType(type), syntax.GetLocation());
            }, TypeMentions.Kinds);
            block.RegisterOperationAction(c => Type(c, check, ((IInterpolatedStringHandlerCreationOperation)c.Operation).HandlerCreation.Type), OperationKind.InterpolatedStringHandlerCreation);
            block.RegisterOperationAction(c =>
            {
                // A non-constant interpolation into a string is built with the framework's default handler.
                if (!c.Operation.ConstantValue.HasValue && c.Operation.Parent is not IInterpolatedStringHandlerCreationOperation && c.Operation.Type?.SpecialType == SpecialType.System_String)
                    Type(c, check, defaultHandler);
            }, OperationKind.InterpolatedString);
        });
        context.RegisterSymbolAction(c => Declared(c, check), SymbolKind.Field, SymbolKind.Property, SymbolKind.Method, SymbolKind.NamedType, SymbolKind.Event);
    }

    private static void Member(OperationAnalysisContext context, ImageApiCheck check, ISymbol? member)
    {
        if (member == null)
            return;
        Report(context.ReportDiagnostic, check.CheckMember(member), NameLocation(context.Operation.Syntax));
    }

    private static void Type(OperationAnalysisContext context, ImageApiCheck check, ITypeSymbol? type)
    {
        if (type == null)
            return;
        Report(context.ReportDiagnostic, check.CheckType(type), context.Operation.Syntax.GetLocation());
    }

    private static void Declared(SymbolAnalysisContext context, ImageApiCheck check)
    {
        ISymbol symbol = context.Symbol;
        if (symbol.IsImplicitlyDeclared || symbol.Locations.Length == 0 || !symbol.Locations[0].IsInSource || AnalyzerSettings.IsHostOnly(symbol.Locations[0].SourceTree!))
            return;
        Location location = symbol.Locations[0];
        SyntaxNode? declaration = symbol.DeclaringSyntaxReferences.Length > 0 ? symbol.DeclaringSyntaxReferences[0].GetSyntax(context.CancellationToken) : null;
        switch (symbol)
        {
            case IFieldSymbol field:
                Report(context.ReportDiagnostic, check.CheckType(field.Type), TypeLocation(declaration?.Parent is VariableDeclarationSyntax variable ? variable.Type : null, location));
                break;
            case IPropertySymbol property:
                Report(context.ReportDiagnostic, check.CheckType(property.Type), TypeLocation((declaration as BasePropertyDeclarationSyntax)?.Type, location));
                break;
            case IEventSymbol e:
                Report(context.ReportDiagnostic, check.CheckType(e.Type), location);
                break;
            case IMethodSymbol method when method.MethodKind is MethodKind.Ordinary or MethodKind.Constructor or MethodKind.UserDefinedOperator or MethodKind.Conversion:
                Report(context.ReportDiagnostic, check.CheckType(method.ReturnType), TypeLocation((declaration as MethodDeclarationSyntax)?.ReturnType, location));
                foreach (IParameterSymbol parameter in method.Parameters)
                {
                    SyntaxNode? parameterSyntax = parameter.DeclaringSyntaxReferences.Length > 0 ? parameter.DeclaringSyntaxReferences[0].GetSyntax(context.CancellationToken) : null;
                    Report(context.ReportDiagnostic, check.CheckType(parameter.Type), TypeLocation((parameterSyntax as ParameterSyntax)?.Type, location));
                }

                break;
            case INamedTypeSymbol type:
                if (type.TypeKind == TypeKind.Class && type.BaseType is { SpecialType: not SpecialType.System_Object })
                    Report(context.ReportDiagnostic, check.CheckType(type.BaseType), location);
                foreach (INamedTypeSymbol implemented in type.Interfaces)
                    Report(context.ReportDiagnostic, check.CheckType(implemented), location);
                break;
        }
    }

    private static Location TypeLocation(TypeSyntax? type, Location fallback) => type?.GetLocation() ?? fallback;

    private static void Report(System.Action<Diagnostic> report, Verdict verdict, Location location)
    {
        if (verdict.IsFine)
            return;
        DiagnosticDescriptor descriptor = verdict.RuleId switch
        {
            ImageRules.Threading => Descriptors.Threading,
            ImageRules.Reflection => Descriptors.Reflection,
            _ => Descriptors.MissingImageApi,
        };
        report(Diagnostic.Create(descriptor, location, DependencyReport.FullName(verdict.Symbol!)));
    }

    private static Location NameLocation(SyntaxNode syntax) => syntax switch
    {
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } => access.Name.GetLocation(),
        MemberAccessExpressionSyntax access => access.Name.GetLocation(),
        _ => syntax.GetLocation(),
    };
}
