using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Minix.Kernel.Calls;

namespace Minix.DriverKit.Analyzers;

/// <summary>
/// The toolkit's types as one compilation sees them, resolved once per compilation (null where the compilation does
/// not reference them), with the questions the rules ask about symbols.
/// </summary>
public sealed class MinixSymbols
{
    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<ISymbol, bool> _kernelInternal = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IAssemblySymbol, string> _driverAssemblies = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IAssemblySymbol, bool> _mayBeKernelInternal = new(SymbolEqualityComparer.Default);

    private MinixSymbols(Compilation compilation)
    {
        _compilation = compilation;
        KernelInternalAttribute = compilation.GetTypeByMetadataName(MetadataNames.KernelInternalAttribute);
        PortIo = compilation.GetTypeByMetadataName(MetadataNames.PortIo);
        KernelLog = compilation.GetTypeByMetadataName(MetadataNames.KernelLog);
        KernelTimers = compilation.GetTypeByMetadataName(MetadataNames.KernelTimers);
        InterruptTable = compilation.GetTypeByMetadataName(MetadataNames.InterruptTable);
        UsesKernelCallAttribute = compilation.GetTypeByMetadataName(MetadataNames.UsesKernelCallAttribute);
        DevIo = compilation.GetTypeByMetadataName(MetadataNames.DevIo);
        Log = compilation.GetTypeByMetadataName(MetadataNames.Log);
        Ipc = compilation.GetTypeByMetadataName(MetadataNames.Ipc);
        Endpoint = compilation.GetTypeByMetadataName(MetadataNames.Endpoint);
        CharacterDriver = compilation.GetTypeByMetadataName(MetadataNames.CharacterDriver);
        BlockDriver = compilation.GetTypeByMetadataName(MetadataNames.BlockDriver);
    }

    /// <summary>The compilation's own assembly.</summary>
    public IAssemblySymbol Assembly => _compilation.Assembly;

    /// <summary>Minix.Kernel.KernelInternalAttribute.</summary>
    public INamedTypeSymbol? KernelInternalAttribute { get; }

    /// <summary>Minix.Kernel.Arch.PortIo.</summary>
    public INamedTypeSymbol? PortIo { get; }

    /// <summary>Minix.Kernel.Core.KernelLog.</summary>
    public INamedTypeSymbol? KernelLog { get; }

    /// <summary>Minix.Kernel.Core.KernelTimers.</summary>
    public INamedTypeSymbol? KernelTimers { get; }

    /// <summary>Minix.Kernel.Core.InterruptTable.</summary>
    public INamedTypeSymbol? InterruptTable { get; }

    /// <summary>Minix.Kernel.Calls.UsesKernelCallAttribute.</summary>
    public INamedTypeSymbol? UsesKernelCallAttribute { get; }

    /// <summary>Minix.DriverKit.DevIo.</summary>
    public INamedTypeSymbol? DevIo { get; }

    /// <summary>Minix.DriverKit.Log.</summary>
    public INamedTypeSymbol? Log { get; }

    /// <summary>Minix.Ipc.Messaging.</summary>
    public INamedTypeSymbol? Ipc { get; }

    /// <summary>Minix.Ipc.Endpoint.</summary>
    public INamedTypeSymbol? Endpoint { get; }

    /// <summary>Minix.DriverKit.CharacterDriver.</summary>
    public INamedTypeSymbol? CharacterDriver { get; }

    /// <summary>Minix.DriverKit.BlockDriver.</summary>
    public INamedTypeSymbol? BlockDriver { get; }

    /// <summary>Whether the compilation references the kernel at all (no kernel, no A, C, D or E).</summary>
    public bool ReferencesKernel => KernelInternalAttribute != null;

    /// <summary>Resolves the symbols of a compilation.</summary>
    /// <param name="compilation">The compilation.</param>
    /// <returns>The symbols.</returns>
    public static MinixSymbols Resolve(Compilation compilation) => new(compilation);

    /// <summary>
    /// Whether a symbol is kernel-internal: it, or a type that contains it, carries [KernelInternal], and it lives in
    /// another assembly (the kernel using its own internals is no dependency).
    /// </summary>
    /// <param name="symbol">The symbol.</param>
    /// <returns>True if kernel-internal.</returns>
    public bool IsKernelInternal(ISymbol? symbol)
    {
        if (symbol == null || KernelInternalAttribute == null)
            return false;
        if (symbol.ContainingAssembly is not { } assembly || SymbolEqualityComparer.Default.Equals(assembly, _compilation.Assembly) || !_mayBeKernelInternal.GetOrAdd(assembly, MayUseMarker))
            return false;
        return _kernelInternal.GetOrAdd(symbol.OriginalDefinition, s => HasMarker(s));
    }

    /// <summary>Whether a type is the direct hardware-access class (PortIo).</summary>
    /// <param name="type">The type.</param>
    /// <returns>True for PortIo.</returns>
    public bool IsHardwareType(ITypeSymbol? type) => type != null && Is(type, PortIo);

    /// <summary>Whether a type is the kernel's interrupt table.</summary>
    /// <param name="type">The type.</param>
    /// <returns>True for InterruptTable.</returns>
    public bool IsInterruptTable(ITypeSymbol? type) => type != null && Is(type, InterruptTable);

    /// <summary>Whether a method belongs to Minix.Ipc.Messaging and has the given name.</summary>
    /// <param name="method">The method.</param>
    /// <param name="name">Its name.</param>
    /// <returns>True if it is that IPC primitive.</returns>
    public bool IsIpc(IMethodSymbol method, string name) => method.Name == name && Is(method.ContainingType, Ipc);

    /// <summary>The kernel calls a method says it makes, through [UsesKernelCall].</summary>
    /// <param name="method">The method.</param>
    /// <returns>The calls, possibly none.</returns>
    public IReadOnlyList<KernelCall> KernelCallsOf(IMethodSymbol method)
    {
        if (UsesKernelCallAttribute == null)
            return System.Array.Empty<KernelCall>();
        List<KernelCall>? calls = null;
        foreach (AttributeData attribute in method.OriginalDefinition.GetAttributes())
        {
            if (!Is(attribute.AttributeClass, UsesKernelCallAttribute) || attribute.ConstructorArguments.Length != 1)
                continue;
            if (attribute.ConstructorArguments[0].Value is int number)
                (calls ??= new List<KernelCall>()).Add((KernelCall)number);
        }

        return calls ?? (IReadOnlyList<KernelCall>)System.Array.Empty<KernelCall>();
    }

    /// <summary>Whether a method says it makes a given kernel call.</summary>
    /// <param name="method">The method.</param>
    /// <param name="call">The call.</param>
    /// <returns>True if one of its [UsesKernelCall] attributes names it.</returns>
    public bool MakesCall(IMethodSymbol method, KernelCall call)
    {
        foreach (KernelCall made in KernelCallsOf(method))
        {
            if (made == call)
                return true;
        }

        return false;
    }

    /// <summary>
    /// The driver another assembly's type belongs to: its assembly carries <c>[assembly: Minix.DriverKit.Driver("name")]</c>,
    /// or the type (or a type containing it) derives from Minix.DriverKit.CharacterDriver or BlockDriver.
    /// </summary>
    /// <param name="type">The type.</param>
    /// <returns>The driver's name, or null if the type is not another driver's.</returns>
    public string? OtherDriverOf(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol || type.ContainingAssembly is not { } assembly || SymbolEqualityComparer.Default.Equals(assembly, _compilation.Assembly))
            return null;
        string marked = _driverAssemblies.GetOrAdd(assembly, DriverMarkerOf);
        if (marked.Length == 0)
            return null;
        if (marked[0] != NotMarked)
            return marked;
        for (ITypeSymbol? outer = type; outer != null; outer = outer.ContainingType)
        {
            if (DerivesFromDriverBase(outer))
                return assembly.Name.ToLowerInvariant();
        }

        return null;
    }

    /// <summary>Whether any referenced assembly could hold another driver's code (marked [Driver], or built on the driver base classes).</summary>
    /// <returns>False when category B cannot occur in this compilation.</returns>
    public bool ReferencesOtherDrivers()
    {
        foreach (IAssemblySymbol assembly in _compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (_driverAssemblies.GetOrAdd(assembly, DriverMarkerOf).Length > 0)
                return true;
        }

        return false;
    }

    /// <summary>Whether a type derives from one of the DriverKit driver base classes.</summary>
    /// <param name="type">The type.</param>
    /// <returns>True if it is a driver class.</returns>
    public bool DerivesFromDriverBase(ITypeSymbol type)
    {
        if (CharacterDriver == null && BlockDriver == null)
            return false;
        for (INamedTypeSymbol? b = type.BaseType; b != null; b = b.BaseType)
        {
            if (Is(b, CharacterDriver) || Is(b, BlockDriver))
                return true;
        }

        return false;
    }

    /// <summary>Compares a symbol with a resolved type.</summary>
    /// <param name="symbol">The symbol.</param>
    /// <param name="type">The type, possibly unresolved.</param>
    /// <returns>True if they are the same type.</returns>
    public static bool Is(ISymbol? symbol, INamedTypeSymbol? type) =>
        symbol != null && type != null && SymbolEqualityComparer.Default.Equals(symbol.OriginalDefinition, type);

    // Per assembly: its driver name if marked [Driver]; NotMarked + name if it could hold driver classes (it
    // references the assembly of the driver base classes); empty if it cannot hold drivers (the framework, the toolkit).
    private const char NotMarked = '\0';

    private string DriverMarkerOf(IAssemblySymbol assembly)
    {
        string name = assembly.Name;
        if (name.StartsWith("System", System.StringComparison.Ordinal) || name.StartsWith("Microsoft.", System.StringComparison.Ordinal) || name.StartsWith("Minix.", System.StringComparison.Ordinal) || name is "mscorlib" or "netstandard")
            return "";
        foreach (AttributeData attribute in assembly.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "DriverAttribute" } marker && marker.ToDisplayString() == MetadataNames.DriverAttribute)
            {
                if (attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Value is string driver && driver.Length > 0)
                    return driver;
                return name.ToLowerInvariant();
            }
        }

        string? framework = (CharacterDriver ?? BlockDriver)?.ContainingAssembly?.Name;
        if (framework == null)
            return "";
        if (framework == name)
            return NotMarked + name;
        foreach (IModuleSymbol module in assembly.Modules)
        {
            foreach (AssemblyIdentity reference in module.ReferencedAssemblies)
            {
                if (reference.Name == framework)
                    return NotMarked + name;
            }
        }

        return "";
    }

    // Only the assembly that defines [KernelInternal], or one that references it, can carry the marker.
    private bool MayUseMarker(IAssemblySymbol assembly)
    {
        IAssemblySymbol? definer = KernelInternalAttribute?.ContainingAssembly;
        if (definer == null)
            return false;
        if (SymbolEqualityComparer.Default.Equals(assembly, definer))
            return true;
        foreach (IModuleSymbol module in assembly.Modules)
        {
            foreach (AssemblyIdentity reference in module.ReferencedAssemblies)
            {
                if (reference.Name == definer.Name)
                    return true;
            }
        }

        return false;
    }

    private bool HasMarker(ISymbol symbol)
    {
        for (ISymbol? s = symbol; s != null && s is not INamespaceSymbol; s = s.ContainingSymbol)
        {
            foreach (AttributeData attribute in s.GetAttributes())
            {
                if (Is(attribute.AttributeClass, KernelInternalAttribute))
                    return true;
            }
        }

        return false;
    }
}
