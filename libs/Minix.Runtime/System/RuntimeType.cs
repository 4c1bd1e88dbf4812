using Internal.Runtime;
using Minix.Runtime;
using Minix.Runtime.Exceptions;

namespace System;

// The one kind of Type the image has: a MethodTable, named from the linker's source map when the image has one.
internal sealed unsafe class RuntimeType : Type
{
    private readonly MethodTable* _type;

    public RuntimeType(MethodTable* type) => _type = type;

    public override RuntimeTypeHandle TypeHandle => new RuntimeTypeHandle { _value = (nint)_type };

    public override string FullName
    {
        get
        {
            if (_type->IsArray)
                return new RuntimeType(_type->ElementTypeHandle).FullName + "[]";
            byte* name = SourceMap.TypeNameOf(_type);
            return name == null ? "?" : Utf8Text.FromNullTerminated(name);
        }
    }

    public override bool IsValueType => _type->IsValueType;

    public override bool IsArray => _type->IsArray;

    public override bool IsInterface => _type->IsInterface;

    public override Type BaseType => _type->BaseType == null ? null : new RuntimeType(_type->BaseType);

    public override Type GetElementType() => _type->IsArray ? new RuntimeType(_type->ElementTypeHandle) : null;

    public override bool IsAssignableFrom(Type c) =>
        c is not null && System.Runtime.TypeCast.AreTypesAssignable((MethodTable*)c.TypeHandle._value, _type);
}
