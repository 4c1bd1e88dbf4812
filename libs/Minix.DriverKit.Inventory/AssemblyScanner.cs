using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using Minix.DriverKit.Analyzers;

namespace Minix.DriverKit.Inventory;

/// <summary>
/// The inventory of a built driver assembly, from its IL: each reference to a kernel-internal member (the
/// [KernelInternal] marks are read from the Minix.Kernel.dll beside it, else from the toolkit's known names), to
/// another driver's code, and to methods marked [UsesKernelCall]. A kernel method called right after <c>ldftn</c>
/// is handed a callback (C); for the interrupt table, the handler's IL is followed for fields of the driver's own
/// types (D). Constant physical addresses are not recognised in IL.
/// </summary>
public static class AssemblyScanner
{
    private const int MaxCallDepth = 8;

    private static readonly string[] KnownKernelTypes =
    {
        MetadataNames.PortIo, MetadataNames.KernelLog, MetadataNames.KernelTimers, MetadataNames.InterruptTable, MetadataNames.Process, MetadataNames.Microkernel,
        MetadataNames.PhysicalMemory, MetadataNames.PageTable, MetadataNames.FrameAllocator,
    };

    /// <summary>Scans an assembly.</summary>
    /// <param name="path">The .dll.</param>
    /// <returns>The inventory.</returns>
    public static DependencyInventory Scan(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        MetadataReader reader = pe.GetMetadataReader();
        using var context = new ScanContext(pe, reader, Path.GetDirectoryName(Path.GetFullPath(path))!);
        var dependencies = new List<Dependency>();
        var calls = new Dictionary<(int Number, string Via), int>();

        foreach (TypeDefinitionHandle typeHandle in reader.TypeDefinitions)
        {
            TypeDefinition type = reader.GetTypeDefinition(typeHandle);
            foreach (MethodDefinitionHandle methodHandle in type.GetMethods())
            {
                List<IlInstruction> body = context.Body(methodHandle);
                string where = MetadataText.TypeName(reader, typeHandle) + "." + reader.GetString(reader.GetMethodDefinition(methodHandle).Name);
                MethodDefinitionHandle? callback = null;
                foreach (IlInstruction instruction in body)
                {
                    if (instruction.Code == IlInstructions.Ldftn)
                    {
                        EntityHandle target = MetadataTokens.EntityHandle(instruction.Token);
                        callback = target.Kind == HandleKind.MethodDefinition ? (MethodDefinitionHandle)target : null;
                        continue;
                    }

                    if (instruction.Token == 0 || context.Resolve(instruction.Token) is not { } member)
                        continue;
                    bool isCall = MetadataText.IsCall(instruction.Code);
                    Classify(context, member, isCall ? callback : null, where, dependencies);
                    if (isCall)
                    {
                        foreach (int number in context.KernelCallsOf(member))
                            KernelCallUse.Count(calls, number, member.TypeName + "." + member.Name);

                        callback = null;
                    }
                }
            }
        }

        return new DependencyInventory(reader.GetString(reader.GetAssemblyDefinition().Name), "assembly", dependencies, KernelCallUse.Rows(calls));
    }

    private static void Classify(ScanContext context, ExternalMember member, MethodDefinitionHandle? callback, string where, List<Dependency> dependencies)
    {
        string symbol = member.TypeName + "." + member.Name;
        if (context.OtherDriver(member) is { } driver)
        {
            dependencies.Add(new Dependency(DependencyCategory.B, FunctionalClass.MessagePassing, symbol + " (driver " + driver + ")", DriverCallAnalyzer.Replacement, where));
            return;
        }

        if (!context.IsKernelInternal(member))
            return;
        KernelInternalCatalog.Describe(member.OutermostTypeName, out FunctionalClass functionalClass, out string replacement, out _);
        DependencyCategory category;
        if (member.OutermostTypeName == MetadataNames.PortIo)
            category = DependencyCategory.E;
        else if (callback is { } handler)
            category = member.OutermostTypeName == MetadataNames.InterruptTable && context.TouchesOwnState(handler, MaxCallDepth) ? DependencyCategory.D : DependencyCategory.C;
        else
            category = DependencyCategory.A;
        dependencies.Add(new Dependency(category, functionalClass, symbol, replacement, where));
    }

    private sealed class ScanContext : System.IDisposable
    {
        private readonly PEReader _pe;
        private readonly MetadataReader _reader;
        private readonly string _directory;
        private readonly Dictionary<string, MetadataReader?> _references = new(System.StringComparer.OrdinalIgnoreCase);
        private readonly List<PEReader> _open = new();
        private readonly HashSet<string> _kernelInternal = new(System.StringComparer.Ordinal);
        private readonly bool _kernelKnown;

        public ScanContext(PEReader pe, MetadataReader reader, string directory)
        {
            _pe = pe;
            _reader = reader;
            _directory = directory;
            if (Reference("Minix.Kernel") is { } kernel)
            {
                _kernelKnown = true;
                foreach (string name in MetadataText.MarkedMembers(kernel, MetadataNames.KernelInternalAttribute))
                    _kernelInternal.Add(name);
            }
            else
            {
                foreach (string name in KnownKernelTypes)
                    _kernelInternal.Add(name);
            }
        }

        public void Dispose()
        {
            foreach (PEReader reader in _open)
                reader.Dispose();
        }

        public List<IlInstruction> Body(MethodDefinitionHandle handle)
        {
            MethodDefinition method = _reader.GetMethodDefinition(handle);
            if (method.RelativeVirtualAddress == 0)
                return new List<IlInstruction>();
            try
            {
                return IlInstructions.Decode(_pe.GetMethodBody(method.RelativeVirtualAddress).GetILReader());
            }
            catch (System.BadImageFormatException)
            {
                return new List<IlInstruction>();
            }
        }

        public ExternalMember? Resolve(int token) => MetadataText.ResolveExternal(_reader, MetadataTokens.EntityHandle(token));

        public bool IsKernelInternal(ExternalMember member) =>
            member.AssemblyName == "Minix.Kernel" && (_kernelInternal.Contains(member.OutermostTypeName) || _kernelInternal.Contains(member.TypeName) || _kernelInternal.Contains(member.TypeName + "::" + member.Name)
                || (!_kernelKnown && member.TypeName.StartsWith("Minix.Kernel.Core.", System.StringComparison.Ordinal)));

        public string? OtherDriver(ExternalMember member)
        {
            if (member.AssemblyName.StartsWith("Minix.", System.StringComparison.Ordinal) || member.AssemblyName.StartsWith("System", System.StringComparison.Ordinal))
                return null;
            return Reference(member.AssemblyName) is { } other ? MetadataText.DriverName(other, member.TypeName) : null;
        }

        public IEnumerable<int> KernelCallsOf(ExternalMember member)
        {
            if (Reference(member.AssemblyName) is not { } other)
                return System.Array.Empty<int>();
            return MetadataText.KernelCallsOf(other, member.TypeName, member.Name, MetadataNames.UsesKernelCallAttribute);
        }

        public bool TouchesOwnState(MethodDefinitionHandle handler, int depth)
        {
            var visited = new HashSet<MethodDefinitionHandle>();
            var pending = new Queue<(MethodDefinitionHandle, int)>();
            pending.Enqueue((handler, 0));
            while (pending.Count > 0)
            {
                (MethodDefinitionHandle method, int level) = pending.Dequeue();
                if (level > depth || !visited.Add(method))
                    continue;
                foreach (IlInstruction instruction in Body(method))
                {
                    if (instruction.Token == 0)
                        continue;
                    EntityHandle target = MetadataTokens.EntityHandle(instruction.Token);
                    if (target.Kind == HandleKind.FieldDefinition && MetadataText.IsFieldAccess(instruction.Code) && !MetadataText.IsLiteral(_reader, (FieldDefinitionHandle)target))
                        return true;
                    if (target.Kind == HandleKind.MethodDefinition && MetadataText.IsCall(instruction.Code))
                        pending.Enqueue(((MethodDefinitionHandle)target, level + 1));
                }
            }

            return false;
        }

        private MetadataReader? Reference(string name)
        {
            if (_references.TryGetValue(name, out MetadataReader? cached))
                return cached;
            MetadataReader? reader = null;
            string file = Path.Combine(_directory, name + ".dll");
            if (File.Exists(file))
            {
                try
                {
                    var pe = new PEReader(File.OpenRead(file));
                    _open.Add(pe);
                    reader = pe.GetMetadataReader();
                }
                catch (System.BadImageFormatException)
                {
                    reader = null;
                }
            }

            _references[name] = reader;
            return reader;
        }
    }
}
