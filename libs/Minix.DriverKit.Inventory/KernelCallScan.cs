using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Minix.DriverKit.Analyzers;

namespace Minix.DriverKit.Inventory;

/// <summary>Finds the kernel calls a compilation makes through methods marked [UsesKernelCall] (DevIo, Log, Sys, ...).</summary>
public static class KernelCallScan
{
    /// <summary>Scans every call in the compilation.</summary>
    /// <param name="compilation">The compilation.</param>
    /// <param name="cancellation">Cancels the scan.</param>
    /// <returns>One row per (call, method), with the number of call sites.</returns>
    public static IReadOnlyList<KernelCallUse> Scan(Compilation compilation, CancellationToken cancellation)
    {
        var counts = new Dictionary<(int Number, string Via), int>();
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            SemanticModel model = compilation.GetSemanticModel(tree);
            foreach (InvocationExpressionSyntax invocation in tree.GetRoot(cancellation).DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (model.GetSymbolInfo(invocation, cancellation).Symbol is not IMethodSymbol method || SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, compilation.Assembly))
                    continue;
                foreach (AttributeData attribute in method.OriginalDefinition.GetAttributes())
                {
                    if (attribute.AttributeClass?.ToDisplayString() != MetadataNames.UsesKernelCallAttribute || attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not int number)
                        continue;
                    KernelCallUse.Count(counts, number, method.ContainingType.ToDisplayString() + "." + method.Name);
                }
            }
        }

        return KernelCallUse.Rows(counts);
    }

    /// <summary>The system.conf name of a kernel call number.</summary>
    /// <param name="number">The call number.</param>
    /// <returns>Its name, e.g. DEVIO, or the number if unknown.</returns>
    public static string KernelCallName(int number)
    {
        var call = (Minix.Kernel.Calls.KernelCall)number;
        return System.Enum.IsDefined(typeof(Minix.Kernel.Calls.KernelCall), call) ? Minix.Kernel.Configuration.KernelCallNames.Name(call) : number.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
