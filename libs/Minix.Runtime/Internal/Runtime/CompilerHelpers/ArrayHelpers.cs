using System;
using Minix.Runtime.Memory;

namespace Internal.Runtime.CompilerHelpers;

// `new T[a, b]`: ILC calls NewObjArray with the array type and the dimensions (lengths, or lower bound and length
// pairs). A multi-dimensional array is laid out as its element count, padding, one length and one lower bound per
// dimension, then the elements; ILC generates the element accessors itself.
internal static unsafe class ArrayHelpers
{
    public static Array NewObjArray(nint typeHandle, int dimensionCount, int* dimensions)
    {
        MethodTable* type = (MethodTable*)typeHandle;
        if (type->IsSzArray)
        {
            var outer = (Array)ObjectAllocator.NewArray(type, dimensions[0]);
            if (dimensionCount > 1)
            {
                var arrays = (Array[])outer;
                for (int i = 0; i < arrays.Length; i++)
                    arrays[i] = NewObjArray((nint)type->ElementTypeHandle, dimensionCount - 1, dimensions + 1);
            }

            return outer;
        }

        int rank = type->ArrayRank;
        if (dimensionCount == 2 * rank)
        {
            for (int i = 0; i < rank; i++)
            {
                if (dimensions[2 * i] != 0)
                    throw new PlatformNotSupportedException("Arrays with non-zero lower bounds are not supported.");
                dimensions[i] = dimensions[2 * i + 1];
            }
        }

        int total = 1;
        for (int i = 0; i < rank; i++)
        {
            if (dimensions[i] < 0)
                throw new OverflowException();
            total = checked(total * dimensions[i]);
        }

        Array array = (Array)ObjectAllocator.NewArray(type, total);
        int* bounds = (int*)((byte*)System.Runtime.CompilerServices.Unsafe.AsPointer(ref System.Runtime.CompilerServices.Unsafe.As<System.Runtime.CompilerServices.RawArrayData>(array).Data));
        for (int i = 0; i < rank; i++)
            bounds[i] = dimensions[i];
        return array;
    }
}
