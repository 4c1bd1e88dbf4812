using System.Collections.Generic;
using System.Reflection;
using System.Reflection.Metadata;

namespace Minix.DriverKit.Inventory;

/// <summary>Small questions about ECMA-335 metadata: names, references to other assemblies, attributes.</summary>
public static class MetadataText
{
    /// <summary>Whether an opcode calls or creates (call, callvirt, newobj).</summary>
    /// <param name="code">The opcode.</param>
    /// <returns>True for calls.</returns>
    public static bool IsCall(short code) => code is 0x28 or 0x6F or 0x73;

    /// <summary>Whether an opcode reads or writes a field (ldfld, ldflda, stfld, ldsfld, ldsflda, stsfld).</summary>
    /// <param name="code">The opcode.</param>
    /// <returns>True for field accesses.</returns>
    public static bool IsFieldAccess(short code) => code is >= 0x7B and <= 0x80;

    /// <summary>Whether a field is a constant.</summary>
    /// <param name="reader">The metadata.</param>
    /// <param name="field">The field.</param>
    /// <returns>True for literals.</returns>
    public static bool IsLiteral(MetadataReader reader, FieldDefinitionHandle field) =>
        (reader.GetFieldDefinition(field).Attributes & FieldAttributes.Literal) != 0;

    /// <summary>The full name of a type defined in an assembly (nested types joined with '+').</summary>
    /// <param name="reader">The metadata.</param>
    /// <param name="handle">The type.</param>
    /// <returns>The name.</returns>
    public static string TypeName(MetadataReader reader, TypeDefinitionHandle handle)
    {
        TypeDefinition type = reader.GetTypeDefinition(handle);
        TypeDefinitionHandle outer = type.GetDeclaringType();
        if (!outer.IsNil)
            return TypeName(reader, outer) + "+" + reader.GetString(type.Name);
        string ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? reader.GetString(type.Name) : ns + "." + reader.GetString(type.Name);
    }

    /// <summary>Resolves a token to a member of another assembly.</summary>
    /// <param name="reader">The metadata holding the token.</param>
    /// <param name="handle">A MemberReference or MethodSpecification.</param>
    /// <returns>The member, or null for the assembly's own members and anything else.</returns>
    public static ExternalMember? ResolveExternal(MetadataReader reader, EntityHandle handle)
    {
        if (handle.IsNil)
            return null;
        switch (handle.Kind)
        {
            case HandleKind.MethodSpecification:
                return ResolveExternal(reader, reader.GetMethodSpecification((MethodSpecificationHandle)handle).Method);
            case HandleKind.MemberReference:
                MemberReference member = reader.GetMemberReference((MemberReferenceHandle)handle);
                TypeReferenceHandle? parent = ParentType(reader, member.Parent);
                if (parent is not { } type || Describe(reader, type) is not { } owner)
                    return null;
                return new ExternalMember(owner.Assembly, owner.Type, owner.Outermost, reader.GetString(member.Name));
            default:
                return null;
        }
    }

    /// <summary>The types and members of an assembly that carry an attribute, as <c>Type</c> or <c>Type::Member</c>.</summary>
    /// <param name="reader">The assembly's metadata.</param>
    /// <param name="attribute">The attribute's full name.</param>
    /// <returns>The marked names.</returns>
    public static IEnumerable<string> MarkedMembers(MetadataReader reader, string attribute)
    {
        foreach (TypeDefinitionHandle handle in reader.TypeDefinitions)
        {
            TypeDefinition type = reader.GetTypeDefinition(handle);
            string name = TypeName(reader, handle);
            if (Has(reader, type.GetCustomAttributes(), attribute))
                yield return name;
            foreach (MethodDefinitionHandle method in type.GetMethods())
            {
                MethodDefinition definition = reader.GetMethodDefinition(method);
                if (Has(reader, definition.GetCustomAttributes(), attribute))
                    yield return name + "::" + reader.GetString(definition.Name);
            }

            foreach (FieldDefinitionHandle field in type.GetFields())
            {
                FieldDefinition definition = reader.GetFieldDefinition(field);
                if (Has(reader, definition.GetCustomAttributes(), attribute))
                    yield return name + "::" + reader.GetString(definition.Name);
            }

            foreach (PropertyDefinitionHandle property in type.GetProperties())
            {
                PropertyDefinition definition = reader.GetPropertyDefinition(property);
                if (Has(reader, definition.GetCustomAttributes(), attribute))
                {
                    yield return name + "::get_" + reader.GetString(definition.Name);
                    yield return name + "::set_" + reader.GetString(definition.Name);
                }
            }
        }
    }

    /// <summary>
    /// The driver another assembly's type belongs to: the name in its <c>[assembly: Minix.DriverKit.Driver("name")]</c>,
    /// or the assembly name in lower case when the type derives from CharacterDriver or BlockDriver.
    /// </summary>
    /// <param name="reader">The other assembly's metadata.</param>
    /// <param name="typeName">The type.</param>
    /// <returns>The driver's name, or null.</returns>
    public static string? DriverName(MetadataReader reader, string typeName)
    {
        AssemblyDefinition assembly = reader.GetAssemblyDefinition();
        foreach (CustomAttributeHandle handle in assembly.GetCustomAttributes())
        {
            CustomAttribute attribute = reader.GetCustomAttribute(handle);
            if (AttributeName(reader, attribute) != Analyzers.MetadataNames.DriverAttribute)
                continue;
            BlobReader value = reader.GetBlobReader(attribute.Value);
            if (value.Length > 2 && value.ReadUInt16() == 1 && value.ReadSerializedString() is { Length: > 0 } name)
                return name;
            return reader.GetString(assembly.Name).ToLowerInvariant();
        }

        foreach (TypeDefinitionHandle handle in reader.TypeDefinitions)
        {
            if (TypeName(reader, handle) == typeName && DerivesFromDriverBase(reader, reader.GetTypeDefinition(handle), 0))
                return reader.GetString(assembly.Name).ToLowerInvariant();
        }

        return null;
    }

    /// <summary>The kernel calls the methods of a type with a given name declare with [UsesKernelCall].</summary>
    /// <param name="reader">The defining assembly's metadata.</param>
    /// <param name="typeName">The type.</param>
    /// <param name="methodName">The method (every overload).</param>
    /// <param name="attribute">The attribute's full name.</param>
    /// <returns>The call numbers, without repeats.</returns>
    public static IEnumerable<int> KernelCallsOf(MetadataReader reader, string typeName, string methodName, string attribute)
    {
        var calls = new SortedSet<int>();
        foreach (TypeDefinitionHandle handle in reader.TypeDefinitions)
        {
            if (TypeName(reader, handle) != typeName)
                continue;
            foreach (MethodDefinitionHandle method in reader.GetTypeDefinition(handle).GetMethods())
            {
                MethodDefinition definition = reader.GetMethodDefinition(method);
                if (reader.GetString(definition.Name) != methodName)
                    continue;
                foreach (CustomAttributeHandle attributeHandle in definition.GetCustomAttributes())
                {
                    CustomAttribute custom = reader.GetCustomAttribute(attributeHandle);
                    if (AttributeName(reader, custom) != attribute)
                        continue;
                    BlobReader value = reader.GetBlobReader(custom.Value);
                    if (value.Length >= 6 && value.ReadUInt16() == 1)
                        calls.Add(value.ReadInt32());
                }
            }
        }

        return calls;
    }

    private static bool DerivesFromDriverBase(MetadataReader reader, TypeDefinition type, int depth)
    {
        if (depth > 16 || type.BaseType.IsNil)
            return false;
        string? name = type.BaseType.Kind switch
        {
            HandleKind.TypeReference => Describe(reader, (TypeReferenceHandle)type.BaseType)?.Type,
            HandleKind.TypeDefinition => TypeName(reader, (TypeDefinitionHandle)type.BaseType),
            _ => null,
        };
        if (name == Analyzers.MetadataNames.CharacterDriver || name == Analyzers.MetadataNames.BlockDriver)
            return true;
        return type.BaseType.Kind == HandleKind.TypeDefinition && DerivesFromDriverBase(reader, reader.GetTypeDefinition((TypeDefinitionHandle)type.BaseType), depth + 1);
    }

    private static bool Has(MetadataReader reader, CustomAttributeHandleCollection attributes, string name)
    {
        foreach (CustomAttributeHandle handle in attributes)
        {
            if (AttributeName(reader, reader.GetCustomAttribute(handle)) == name)
                return true;
        }

        return false;
    }

    private static string? AttributeName(MetadataReader reader, CustomAttribute attribute)
    {
        EntityHandle constructor = attribute.Constructor;
        if (constructor.Kind == HandleKind.MethodDefinition)
        {
            TypeDefinitionHandle type = reader.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType();
            return TypeName(reader, type);
        }

        if (constructor.Kind == HandleKind.MemberReference && ParentType(reader, reader.GetMemberReference((MemberReferenceHandle)constructor).Parent) is { } parent)
            return Describe(reader, parent)?.Type;
        return null;
    }

    private static TypeReferenceHandle? ParentType(MetadataReader reader, EntityHandle parent)
    {
        switch (parent.Kind)
        {
            case HandleKind.TypeReference:
                return (TypeReferenceHandle)parent;
            case HandleKind.TypeSpecification:
                BlobReader blob = reader.GetBlobReader(reader.GetTypeSpecification((TypeSpecificationHandle)parent).Signature);
                if (blob.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance)
                    return null;
                blob.ReadSignatureTypeCode();
                EntityHandle generic = blob.ReadTypeHandle();
                return generic.Kind == HandleKind.TypeReference ? (TypeReferenceHandle)generic : null;
            default:
                return null;
        }
    }

    private static (string Assembly, string Type, string Outermost)? Describe(MetadataReader reader, TypeReferenceHandle handle)
    {
        TypeReference type = reader.GetTypeReference(handle);
        string name = reader.GetString(type.Name);
        switch (type.ResolutionScope.Kind)
        {
            case HandleKind.AssemblyReference:
                string ns = reader.GetString(type.Namespace);
                string full = ns.Length == 0 ? name : ns + "." + name;
                return (reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)type.ResolutionScope).Name), full, full);
            case HandleKind.TypeReference:
                if (Describe(reader, (TypeReferenceHandle)type.ResolutionScope) is not { } outer)
                    return null;
                return (outer.Assembly, outer.Type + "+" + name, outer.Outermost);
            default:
                return null;
        }
    }
}
