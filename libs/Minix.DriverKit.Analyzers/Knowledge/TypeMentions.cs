using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Minix.DriverKit.Analyzers;

/// <summary>
/// The types code names inside a method body without calling a member of them: a local's declared type, a cast,
/// <c>typeof</c>, <c>default(T)</c>, <c>is T</c> and type patterns, the signature of a local function or of a lambda
/// with typed parameters, and the type arguments of a member used. The rules that forbid a type (a kernel-internal
/// one, or one the image runtime lacks) check each of them.
/// </summary>
public static class TypeMentions
{
    /// <summary>The operations <see cref="Of"/> finds types in.</summary>
    public static ImmutableArray<OperationKind> Kinds { get; } = ImmutableArray.Create(
        OperationKind.VariableDeclaration,
        OperationKind.Conversion,
        OperationKind.TypeOf,
        OperationKind.DefaultValue,
        OperationKind.IsType,
        OperationKind.DeclarationPattern,
        OperationKind.TypePattern,
        OperationKind.RecursivePattern,
        OperationKind.LocalFunction,
        OperationKind.AnonymousFunction);

    /// <summary>The types an operation names in source, each with the syntax that names it.</summary>
    /// <param name="operation">An operation of one of the <see cref="Kinds"/>.</param>
    /// <returns>The types, possibly none (a <c>var</c>, an implicit conversion, an untyped lambda parameter).</returns>
    public static IEnumerable<(ITypeSymbol Type, SyntaxNode Syntax)> Of(IOperation operation)
    {
        switch (operation)
        {
            case IVariableDeclarationOperation declaration when declaration.Syntax is VariableDeclarationSyntax { Type.IsVar: false } syntax:
                foreach (ILocalSymbol local in declaration.GetDeclaredVariables())
                {
                    yield return (local.Type, syntax.Type);
                    break;
                }

                break;
            case IConversionOperation { IsImplicit: false, Type: { } type } conversion:
                yield return (type, conversion.Syntax);
                break;
            case ITypeOfOperation typeOf:
                yield return (typeOf.TypeOperand, typeOf.Syntax);
                break;
            case IDefaultValueOperation { Syntax: DefaultExpressionSyntax } value when value.Type != null:
                yield return (value.Type, value.Syntax);
                break;
            case IIsTypeOperation isType:
                yield return (isType.TypeOperand, isType.Syntax);
                break;
            case IDeclarationPatternOperation { Syntax: DeclarationPatternSyntax { Type.IsVar: false } syntax } pattern when pattern.MatchedType != null:
                yield return (pattern.MatchedType, syntax.Type);
                break;
            case ITypePatternOperation pattern:
                yield return (pattern.MatchedType, pattern.Syntax);
                break;
            case IRecursivePatternOperation { Syntax: RecursivePatternSyntax { Type: { } type } } pattern when pattern.MatchedType != null:
                yield return (pattern.MatchedType, type);
                break;
            case ILocalFunctionOperation { Syntax: LocalFunctionStatementSyntax syntax } local:
                yield return (local.Symbol.ReturnType, syntax.ReturnType);
                foreach ((ITypeSymbol type, SyntaxNode at) in Parameters(local.Symbol, syntax.ParameterList))
                    yield return (type, at);
                break;
            case IAnonymousFunctionOperation { Syntax: ParenthesizedLambdaExpressionSyntax syntax } lambda:
                if (syntax.ReturnType != null)
                    yield return (lambda.Symbol.ReturnType, syntax.ReturnType);
                foreach ((ITypeSymbol type, SyntaxNode at) in Parameters(lambda.Symbol, syntax.ParameterList))
                    yield return (type, at);
                break;
        }
    }

    /// <summary>
    /// The type arguments a use of a member supplies: the method's own (<c>Array.Empty&lt;T&gt;()</c>) and, for a
    /// constructor or a static member, those of its type and the types that contain it (<c>new Box&lt;T&gt;()</c>,
    /// <c>Box&lt;T&gt;.Count</c>). An instance member's type arguments come with its receiver, whose type is named where
    /// the receiver is declared.
    /// </summary>
    /// <param name="member">The member used.</param>
    /// <returns>The type arguments, outermost type's last.</returns>
    public static IEnumerable<ITypeSymbol> TypeArgumentsOf(ISymbol member)
    {
        if (member is IMethodSymbol method)
        {
            foreach (ITypeSymbol argument in method.TypeArguments)
                yield return argument;
        }

        if (!member.IsStatic && member is not IMethodSymbol { MethodKind: MethodKind.Constructor })
            yield break;
        for (INamedTypeSymbol? type = member.ContainingType; type != null; type = type.ContainingType)
        {
            foreach (ITypeSymbol argument in type.TypeArguments)
                yield return argument;
        }
    }

    // Parameters written with a type: a lambda's untyped parameters name none.
    private static IEnumerable<(ITypeSymbol Type, SyntaxNode Syntax)> Parameters(IMethodSymbol method, ParameterListSyntax list)
    {
        for (int i = 0; i < list.Parameters.Count && i < method.Parameters.Length; i++)
        {
            if (list.Parameters[i].Type is { } type)
                yield return (method.Parameters[i].Type, type);
        }
    }
}
