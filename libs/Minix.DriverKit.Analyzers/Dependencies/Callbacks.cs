using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Minix.DriverKit.Analyzers;

/// <summary>Finds callbacks among a call's arguments: function pointers, delegates, method groups and lambdas.</summary>
public static class Callbacks
{
    /// <summary>Whether any argument of a call is a callback.</summary>
    /// <param name="invocation">The call.</param>
    /// <returns>True if a function pointer, delegate or lambda is passed.</returns>
    public static bool PassesCallback(IInvocationOperation invocation)
    {
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (IsCallback(argument))
                return true;
        }

        return false;
    }

    /// <summary>Whether an argument is a callback.</summary>
    /// <param name="argument">The argument.</param>
    /// <returns>True for function pointer and delegate parameters, unless the argument is null (no callback at all).</returns>
    public static bool IsCallback(IArgumentOperation argument)
    {
        ITypeSymbol? type = argument.Parameter?.Type ?? argument.Value.Type;
        return type != null && (type.TypeKind == TypeKind.FunctionPointer || type.TypeKind == TypeKind.Delegate) && !IsNull(argument.Value);
    }

    // null, default or a cast of either: the kernel is handed no code of the driver's.
    private static bool IsNull(IOperation value)
    {
        while (value is IConversionOperation conversion)
            value = conversion.Operand;
        return value.ConstantValue is { HasValue: true, Value: null } || value is IDefaultValueOperation;
    }

    /// <summary>The methods an argument hands over: method groups and address-of operands, not lambdas.</summary>
    /// <param name="argument">The argument.</param>
    /// <returns>The methods.</returns>
    public static IEnumerable<IMethodSymbol> MethodsOf(IArgumentOperation argument)
    {
        foreach (IOperation operation in argument.Value.DescendantsAndSelf())
        {
            if (operation is IMethodReferenceOperation reference)
                yield return reference.Method;
        }
    }

    /// <summary>The lambdas and anonymous methods an argument hands over.</summary>
    /// <param name="argument">The argument.</param>
    /// <returns>The function bodies.</returns>
    public static IEnumerable<IAnonymousFunctionOperation> LambdasOf(IArgumentOperation argument)
    {
        foreach (IOperation operation in argument.Value.DescendantsAndSelf())
        {
            if (operation is IAnonymousFunctionOperation lambda)
                yield return lambda;
        }
    }

    /// <summary>A name for what an argument hands over, for messages.</summary>
    /// <param name="argument">The argument.</param>
    /// <returns>The method's name, or the argument's text.</returns>
    public static string Describe(IArgumentOperation argument)
    {
        foreach (IMethodSymbol method in MethodsOf(argument))
            return DependencyReport.Display(method);
        return argument.Value.Syntax.ToString();
    }
}
