using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Metadata;
using Minix.Build.Debugging;
using Minix.Build.Elf;

namespace Minix.Build.Generics;

/// <summary>
/// Resolves, at link time, every call to a generic virtual method an image can make: ILC compiles each
/// implementation the program can reach and hands the call site a method handle (<c>__RuntimeMethodHandle_...</c>,
/// the declaring type, the method and its type arguments), but leaves finding the implementation for the receiver's
/// type to a run-time type loader reading metadata the image does not keep. The linker does it instead, from the
/// image assemblies' metadata (ECMA-335 override and interface-implementation rules: explicit implementations first,
/// then name and signature, base types after derived ones) and ILC's symbol names, and writes one entry per method
/// handle and receiver type into the program's source map.
/// </summary>
public static class GenericVirtualMethods
{
    private const string HandlePrefix = "__RuntimeMethodHandle_";
    private const string DictionaryPrefix = "__GenericDict_";
    private const string Canon = "System___Canon";

    /// <summary>How a call resolves for one receiver type.</summary>
    /// <param name="Handle">The method handle's symbol.</param>
    /// <param name="Type">The receiver type's MethodTable symbol.</param>
    /// <param name="Code">The implementation's code symbol, or null when the call cannot be made.</param>
    /// <param name="Dictionary">The generic dictionary symbol for shared code, or null.</param>
    /// <param name="Shared">Whether the code is shared generic code (called with a dictionary argument).</param>
    /// <param name="Problem">Why the call cannot be made (Code null).</param>
    public sealed record Entry(string Handle, string Type, string? Code, string? Dictionary, bool Shared, string? Problem);

    /// <summary>The entries for an ILC object.</summary>
    /// <param name="obj">The object.</param>
    /// <param name="mangling">ILC's names of the image assemblies' types and methods.</param>
    /// <returns>The entries, in no particular order.</returns>
    public static List<Entry> Resolve(ElfObject obj, IlcMangling mangling)
    {
        var entries = new List<Entry>();
        var defined = obj.Symbols.Where(s => !s.IsUndefined).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var handles = defined.Where(n => n.StartsWith(HandlePrefix, StringComparison.Ordinal)).ToList();
        if (handles.Count == 0)
            return entries;
        var context = new Context(mangling);
        var templates = NativeLayout.TemplateDictionaryCells(obj);
        var types = defined.Where(n => n.StartsWith("_ZTV", StringComparison.Ordinal)).Select(n => (Symbol: n, Name: MethodTableName(n)))
            .Where(t => t.Name is not null).ToList();
        foreach (string handle in handles)
        {
            if (!context.TryParseHandle(handle[HandlePrefix.Length..], out var declaring, out var method, out string instantiation))
                continue;
            foreach (var (symbol, name) in types)
            {
                var (definition, typeArguments) = SplitGeneric(name!);
                var receiver = mangling.Find(definition);
                if (receiver is null || !context.IsAssignable(receiver, declaring))
                    continue;
                entries.Add(ResolveOne(context, defined, templates, handle, symbol, receiver, typeArguments, declaring, method, instantiation));
            }
        }

        return entries;
    }

    private static Entry ResolveOne(Context context, HashSet<string> defined, Dictionary<string, int> templates, string handle, string typeSymbol,
        IlcMangling.TypeInfo receiver, string typeArguments, IlcMangling.TypeInfo declaring, MethodDefinitionHandle method, string instantiation)
    {
        Entry Fail(string why) => new(handle, typeSymbol, null, null, false, why);
        if (context.IsValueType(receiver))
            return Fail("a generic virtual method called on a struct");
        var implementation = context.FindImplementation(receiver, declaring, method);
        if (implementation is null)
            return Fail("no implementation found");
        var (owner, implMethod) = implementation.Value;
        if (owner.Reader.GetMethodDefinition(implMethod).Attributes.HasFlag(MethodAttributes.Abstract))
            return Fail("the implementation is abstract");
        string methodName = owner.MethodNames[implMethod];
        string ownerName = owner == receiver && typeArguments.Length > 0 ? owner.Mangled + typeArguments : owner.Mangled;
        bool ownerGeneric = owner.Reader.GetTypeDefinition(owner.Handle).GetGenericParameters().Count > 0;
        var ownerCandidates = ownerGeneric && owner != receiver
            ? defined.Where(d => d.StartsWith(owner.Mangled + "<", StringComparison.Ordinal) && d.Contains(">__" + methodName + "<", StringComparison.Ordinal))
                .Select(d => d[..(d.IndexOf(">__" + methodName + "<", StringComparison.Ordinal) + 1)]).Distinct().ToList()
            : new List<string> { ownerName, context.Canonical(ownerName) };
        foreach (string ownerCandidate in ownerCandidates.Distinct())
        {
            string exact = ownerCandidate + "__" + methodName + instantiation;
            if (defined.Contains(exact) && !exact.Contains(Canon, StringComparison.Ordinal))
                return new Entry(handle, typeSymbol, exact, null, false, null);
            string shared = context.Canonical(ownerCandidate) + "__" + methodName + context.Canonical(instantiation);
            if (!defined.Contains(shared))
                continue;
            string dictionary = DictionaryPrefix + ownerCandidate + "__" + methodName + instantiation;
            if (defined.Contains(dictionary))
                return new Entry(handle, typeSymbol, shared, dictionary, true, null);
            if (templates.TryGetValue(shared, out int cells) && cells == 0)
                return new Entry(handle, typeSymbol, shared, null, true, null);
            return Fail("its shared code needs a generic dictionary that only a run-time type loader could build");
        }

        return Fail("the compiler made no code for this instantiation");
    }

    // The mangled name in a MethodTable symbol (_ZTV<length><name>), or null.
    private static string? MethodTableName(string symbol)
    {
        int i = 4;
        while (i < symbol.Length && char.IsAsciiDigit(symbol[i]))
            i++;
        return i > 4 && i < symbol.Length ? symbol[i..] : null;
    }

    // "List_1<Int32>" as ("List_1", "<Int32>").
    private static (string Definition, string Arguments) SplitGeneric(string name)
    {
        int open = name.IndexOf('<', StringComparison.Ordinal);
        return open < 0 ? (name, "") : (name[..open], name[open..]);
    }

    // The positions of "__" at nesting depth 0: where a symbol's type part may end and its method part begin.
    private static IEnumerable<int> Separators(string symbol)
    {
        int depth = 0;
        for (int i = 1; i + 1 < symbol.Length; i++)
        {
            char c = symbol[i];
            if (c == '<')
                depth++;
            else if (c == '>')
                depth--;
            else if (depth == 0 && c == '_' && symbol[i + 1] == '_')
                yield return i;
        }
    }

    // The image assemblies' types, by name, with the questions the resolution asks of them.
    private sealed class Context
    {
        private readonly IlcMangling _mangling;
        private readonly Dictionary<string, IlcMangling.TypeInfo> _byFullName = new(StringComparer.Ordinal);
        private readonly Dictionary<(MetadataReader, TypeDefinitionHandle), IlcMangling.TypeInfo> _byHandle = new();

        public Context(IlcMangling mangling)
        {
            _mangling = mangling;
            foreach (var type in mangling.Types)
            {
                _byFullName.TryAdd(type.FullName, type);
                _byHandle.TryAdd((type.Reader, type.Handle), type);
            }
        }

        // "Decl__Method<Args>": the declaring type, one of its generic methods and the instantiation.
        public bool TryParseHandle(string name, out IlcMangling.TypeInfo declaring, out MethodDefinitionHandle method, out string instantiation)
        {
            foreach (int split in Separators(name))
            {
                var (definition, _) = SplitGeneric(name[..split]);
                if (_mangling.Find(definition) is not { } type)
                    continue;
                string rest = name[(split + 2)..];
                int open = rest.IndexOf('<', StringComparison.Ordinal);
                if (open < 0)
                    continue;
                string methodName = rest[..open];
                foreach (var (handle, mangled) in type.MethodNames)
                {
                    if (mangled == methodName)
                    {
                        declaring = type;
                        method = handle;
                        instantiation = rest[open..];
                        return true;
                    }
                }
            }

            declaring = null!;
            method = default;
            instantiation = "";
            return false;
        }

        public bool IsValueType(IlcMangling.TypeInfo type)
        {
            string? baseName = BaseName(type);
            return baseName is "System.ValueType" or "System.Enum";
        }

        public bool IsAssignable(IlcMangling.TypeInfo type, IlcMangling.TypeInfo target)
        {
            for (var current = type; current is not null; current = BaseOf(current))
            {
                if (current == target)
                    return true;
                if (Interfaces(current).Contains(target))
                    return true;
            }

            return false;
        }

        // The method `type` runs for `method` of `declaring` (ECMA-335 II.10.3, II.12.2).
        public (IlcMangling.TypeInfo Owner, MethodDefinitionHandle Method)? FindImplementation(IlcMangling.TypeInfo type, IlcMangling.TypeInfo declaring, MethodDefinitionHandle method)
        {
            var declaringReader = declaring.Reader;
            var declared = declaringReader.GetMethodDefinition(method);
            string name = declaringReader.GetString(declared.Name);
            string signature = Signature(declaring, declared);
            bool isInterface = declaringReader.GetTypeDefinition(declaring.Handle).Attributes.HasFlag(TypeAttributes.Interface);
            (IlcMangling.TypeInfo, MethodDefinitionHandle)? candidate = null;
            for (var current = type; current is not null; current = BaseOf(current))
            {
                if (!isInterface && current == declaring)
                    return candidate ?? (declaring, method);
                if (ExplicitImplementation(current, declaring, name, signature) is { } explicitBody)
                    return candidate ?? (current, explicitBody);
                var reader = current.Reader;
                foreach (var handle in reader.GetTypeDefinition(current.Handle).GetMethods())
                {
                    var m = reader.GetMethodDefinition(handle);
                    if (!m.Attributes.HasFlag(MethodAttributes.Virtual) || reader.GetString(m.Name) != name || Signature(current, m) != signature)
                        continue;
                    if (isInterface)
                    {
                        if (m.Attributes.HasFlag(MethodAttributes.Public))
                            return (current, handle);
                        continue;
                    }

                    candidate ??= (current, handle);
                    // A new slot hides the declared method: what overrode it below overrode this one instead.
                    if (m.Attributes.HasFlag(MethodAttributes.NewSlot))
                        candidate = null;
                    break;
                }
            }

            if (isInterface && !declared.Attributes.HasFlag(MethodAttributes.Abstract))
                return (declaring, method);
            return candidate;
        }

        // A MethodImpl of `type` whose declaration is `name` of `declaring` with this signature: its body.
        private MethodDefinitionHandle? ExplicitImplementation(IlcMangling.TypeInfo type, IlcMangling.TypeInfo declaring, string name, string signature)
        {
            var reader = type.Reader;
            foreach (var handle in reader.GetTypeDefinition(type.Handle).GetMethodImplementations())
            {
                var impl = reader.GetMethodImplementation(handle);
                if (impl.MethodBody.Kind != HandleKind.MethodDefinition)
                    continue;
                var (parent, declName, declSignature) = Describe(type, impl.MethodDeclaration);
                if (parent == declaring && declName == name && declSignature == signature)
                    return (MethodDefinitionHandle)impl.MethodBody;
            }

            return null;
        }

        // The declaring type, name and signature a MethodDef or MemberRef names.
        private (IlcMangling.TypeInfo? Parent, string Name, string Signature) Describe(IlcMangling.TypeInfo context, EntityHandle handle)
        {
            var reader = context.Reader;
            if (handle.Kind == HandleKind.MethodDefinition)
            {
                var m = reader.GetMethodDefinition((MethodDefinitionHandle)handle);
                var owner = _byHandle.TryGetValue((reader, m.GetDeclaringType()), out var declaringType) ? declaringType : null;
                return (owner, reader.GetString(m.Name), owner is null ? "" : Signature(owner, m));
            }

            if (handle.Kind == HandleKind.MemberReference)
            {
                var r = reader.GetMemberReference((MemberReferenceHandle)handle);
                var decoded = r.DecodeMethodSignature(new SignatureNames(), null);
                return (Resolve(context, r.Parent), reader.GetString(r.Name), Format(decoded));
            }

            return (null, "", "");
        }

        private string Signature(IlcMangling.TypeInfo owner, MethodDefinition method) =>
            Format(method.DecodeSignature(new SignatureNames(), null));

        // Parameter types and generic arity: enough to tell overloads apart (a type's own type parameters match anything).
        private static string Format(MethodSignature<string> signature) =>
            signature.GenericParameterCount + "(" + string.Join(",", signature.ParameterTypes) + ")";

        private string? BaseName(IlcMangling.TypeInfo type)
        {
            var baseHandle = type.Reader.GetTypeDefinition(type.Handle).BaseType;
            return baseHandle.IsNil ? null : Resolve(type, baseHandle)?.FullName ?? NameOf(type.Reader, baseHandle);
        }

        private IlcMangling.TypeInfo? BaseOf(IlcMangling.TypeInfo type)
        {
            var baseHandle = type.Reader.GetTypeDefinition(type.Handle).BaseType;
            return baseHandle.IsNil ? null : Resolve(type, baseHandle);
        }

        private IEnumerable<IlcMangling.TypeInfo> Interfaces(IlcMangling.TypeInfo type)
        {
            foreach (var handle in type.Reader.GetTypeDefinition(type.Handle).GetInterfaceImplementations())
            {
                if (Resolve(type, type.Reader.GetInterfaceImplementation(handle).Interface) is { } resolved)
                {
                    yield return resolved;
                    foreach (var inherited in Interfaces(resolved))
                        yield return inherited;
                }
            }
        }

        // A TypeDef, TypeRef or generic TypeSpec (its definition) of `context`'s assembly, among the image's types.
        public IlcMangling.TypeInfo? Resolve(IlcMangling.TypeInfo context, EntityHandle handle)
        {
            var reader = context.Reader;
            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition:
                    return _byHandle.TryGetValue((reader, (TypeDefinitionHandle)handle), out var defined) ? defined : null;
                case HandleKind.TypeReference:
                    return _byFullName.TryGetValue(NameOf(reader, handle), out var found) ? found : null;
                case HandleKind.TypeSpecification:
                    var blob = reader.GetBlobReader(reader.GetTypeSpecification((TypeSpecificationHandle)handle).Signature);
                    if (blob.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance)
                        return null;
                    blob.ReadCompressedInteger();
                    return Resolve(context, blob.ReadTypeHandle());
                default:
                    return null;
            }
        }

        public static string NameOf(MetadataReader reader, EntityHandle handle)
        {
            if (handle.Kind == HandleKind.TypeReference)
            {
                var r = reader.GetTypeReference((TypeReferenceHandle)handle);
                string own = reader.GetString(r.Name);
                if (r.ResolutionScope.Kind == HandleKind.TypeReference)
                    return NameOf(reader, (TypeReferenceHandle)r.ResolutionScope) + "+" + own;
                string ns = reader.GetString(r.Namespace);
                return ns.Length > 0 ? ns + "." + own : own;
            }

            if (handle.Kind == HandleKind.TypeDefinition)
            {
                var d = reader.GetTypeDefinition((TypeDefinitionHandle)handle);
                string own = reader.GetString(d.Name);
                if (!d.GetDeclaringType().IsNil)
                    return NameOf(reader, d.GetDeclaringType()) + "+" + own;
                string ns = reader.GetString(d.Namespace);
                return ns.Length > 0 ? ns + "." + own : own;
            }

            return "?";
        }

        public bool IsReferenceArgument(string mangled)
        {
            if (mangled == "String" || mangled == "Object" || mangled.StartsWith("__Array<", StringComparison.Ordinal))
                return true;
            if (IsPrimitive(mangled))
                return false;
            var (definition, _) = SplitGeneric(mangled);
            return _mangling.Find(definition) is not { } type || !IsValueType(type);
        }

        // ILC's canonical form: reference-type arguments become System___Canon (struct arguments keep theirs, with
        // their own arguments made canonical).
        public string Canonical(string instantiation)
        {
            if (instantiation.Length == 0)
                return instantiation;
            int open = instantiation.IndexOf('<', StringComparison.Ordinal);
            if (open < 0)
                return instantiation;
            string head = instantiation[..open];
            var args = SplitArguments(instantiation[(open + 1)..^1]);
            return head + "<" + string.Join(",", args.Select(a => IsReferenceArgument(a) ? Canon : Canonical(a))) + ">";
        }

        private static bool IsPrimitive(string mangled) => mangled is "Boolean" or "Char" or "SByte" or "Byte" or "Int16" or "UInt16" or "Int32"
            or "UInt32" or "Int64" or "UInt64" or "IntPtr" or "UIntPtr" or "Single" or "Double";

        private static List<string> SplitArguments(string text)
        {
            var parts = new List<string>();
            int depth = 0, start = 0;
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == '<')
                    depth++;
                else if (text[i] == '>')
                    depth--;
                else if (text[i] == ',' && depth == 0)
                {
                    parts.Add(text[start..i]);
                    start = i + 1;
                }
            }

            parts.Add(text[start..]);
            return parts;
        }
    }

    // Signature types as names: a type's generic parameters all read "!" (they match whatever the derived type
    // substitutes), a method's as "!!n".
    private sealed class SignatureNames : ISignatureTypeProvider<string, object?>
    {
        public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[" + new string(',', shape.Rank - 1) + "]";

        public string GetByReferenceType(string elementType) => elementType + "&";

        public string GetFunctionPointerType(MethodSignature<string> signature) => "fnptr";

        public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) => genericType + "<" + string.Join(",", typeArguments) + ">";

        public string GetGenericMethodParameter(object? genericContext, int index) => "!!" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

        public string GetGenericTypeParameter(object? genericContext, int index) => "!";

        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

        public string GetPinnedType(string elementType) => elementType;

        public string GetPointerType(string elementType) => elementType + "*";

        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => Context.NameOf(reader, handle);

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => Context.NameOf(reader, handle);

        public string GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
    }
}
