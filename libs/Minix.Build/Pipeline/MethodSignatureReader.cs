using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Minix.Build.Pipeline;

/// <summary>Finds a static method by C# name in an assembly's metadata and reads its integer signature.</summary>
public static class MethodSignatureReader
{
    /// <summary>Finds <paramref name="qualifiedName"/> (Namespace.Type.Method; nested types joined by dots).</summary>
    /// <param name="assemblyPath">The assembly.</param>
    /// <param name="qualifiedName">The method.</param>
    /// <returns>The method.</returns>
    /// <exception cref="ToolchainException">No such static method, or a parameter type <c>minix run</c> cannot pass.</exception>
    public static RunnableMethod Find(string assemblyPath, string qualifiedName)
    {
        int dot = qualifiedName.LastIndexOf('.');
        if (dot <= 0)
            throw new ToolchainException("method", $"'{qualifiedName}' is not of the form Namespace.Type.Method");
        string typeName = qualifiedName[..dot];
        string methodName = qualifiedName[(dot + 1)..];

        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(handle);
            if (CSharpName(metadata, type) != typeName)
                continue;
            foreach (var methodHandle in type.GetMethods())
            {
                var method = metadata.GetMethodDefinition(methodHandle);
                if (metadata.GetString(method.Name) != methodName)
                    continue;
                if ((method.Attributes & System.Reflection.MethodAttributes.Static) == 0)
                    throw new ToolchainException("method", $"{qualifiedName} is not static: minix run calls static methods");
                var signature = method.DecodeSignature(new IntegerTypeProvider(qualifiedName), null);
                return new RunnableMethod(typeName, methodName, signature.ParameterTypes, signature.ReturnType);
            }

            throw new ToolchainException("method", $"type {typeName} has no method {methodName}");
        }

        throw new ToolchainException("method", $"no type {typeName} in {Path.GetFileName(assemblyPath)}");
    }

    private static string CSharpName(MetadataReader metadata, TypeDefinition type)
    {
        string name = metadata.GetString(type.Name);
        if (type.GetDeclaringType() is { IsNil: false } outer)
            return CSharpName(metadata, metadata.GetTypeDefinition(outer)) + "." + name;
        string ns = metadata.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    private sealed class IntegerTypeProvider(string method) : ISignatureTypeProvider<IntegerType, object?>
    {
        public IntegerType GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode switch
        {
            PrimitiveTypeCode.Void => IntegerType.Void,
            PrimitiveTypeCode.Boolean => IntegerType.Boolean,
            PrimitiveTypeCode.Char => IntegerType.Char,
            PrimitiveTypeCode.SByte => IntegerType.SByte,
            PrimitiveTypeCode.Byte => IntegerType.Byte,
            PrimitiveTypeCode.Int16 => IntegerType.Int16,
            PrimitiveTypeCode.UInt16 => IntegerType.UInt16,
            PrimitiveTypeCode.Int32 => IntegerType.Int32,
            PrimitiveTypeCode.UInt32 => IntegerType.UInt32,
            PrimitiveTypeCode.Int64 => IntegerType.Int64,
            PrimitiveTypeCode.UInt64 => IntegerType.UInt64,
            PrimitiveTypeCode.IntPtr => IntegerType.IntPtr,
            PrimitiveTypeCode.UIntPtr => IntegerType.UIntPtr,
            _ => Unsupported(typeCode.ToString()),
        };

        public IntegerType GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => Unsupported(reader.GetString(reader.GetTypeDefinition(handle).Name));

        public IntegerType GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => Unsupported(reader.GetString(reader.GetTypeReference(handle).Name));

        public IntegerType GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) => Unsupported("a constructed type");

        public IntegerType GetSZArrayType(IntegerType elementType) => Unsupported("an array");

        public IntegerType GetArrayType(IntegerType elementType, ArrayShape shape) => Unsupported("an array");

        public IntegerType GetByReferenceType(IntegerType elementType) => Unsupported("a ref");

        public IntegerType GetPointerType(IntegerType elementType) => Unsupported("a pointer");

        public IntegerType GetGenericInstantiation(IntegerType genericType, ImmutableArray<IntegerType> typeArguments) => Unsupported("a generic type");

        public IntegerType GetGenericMethodParameter(object? genericContext, int index) => Unsupported("a generic parameter");

        public IntegerType GetGenericTypeParameter(object? genericContext, int index) => Unsupported("a generic parameter");

        public IntegerType GetFunctionPointerType(MethodSignature<IntegerType> signature) => Unsupported("a function pointer");

        public IntegerType GetModifiedType(IntegerType modifier, IntegerType unmodifiedType, bool isRequired) => unmodifiedType;

        public IntegerType GetPinnedType(IntegerType elementType) => elementType;

        private IntegerType Unsupported(string what) =>
            throw new ToolchainException("method", $"{method} uses {what}: minix run passes and prints only integers, bool and char");
    }
}
