using System.Collections.Generic;
using System.Numerics;

namespace System;

// .NET's introspective sort, step for step (insertion sort for short runs, median-of-three quicksort, heapsort past
// the depth limit), so that an unstable sort leaves equal elements in the same order as .NET does.
internal static class ArraySorting
{
    private const int InsertionSortThreshold = 16;

    public static void Sort<T>(T[] keys, int index, int length, Comparison<T> comparison)
    {
        if (length > 1)
            IntroSort(keys, index, length, 2 * (BitOperations.Log2((uint)length) + 1), comparison);
    }

    public static void Sort<T>(T[] keys, int index, int length, IComparer<T> comparer)
    {
        comparer ??= Comparer<T>.Default;
        Sort(keys, index, length, comparer.Compare);
    }

    private static void IntroSort<T>(T[] keys, int lo, int length, int depthLimit, Comparison<T> comparison)
    {
        int size = length;
        while (size > 1)
        {
            if (size <= InsertionSortThreshold)
            {
                if (size == 2)
                {
                    SwapIfGreater(keys, comparison, lo, lo + 1);
                    return;
                }

                if (size == 3)
                {
                    SwapIfGreater(keys, comparison, lo, lo + 1);
                    SwapIfGreater(keys, comparison, lo, lo + 2);
                    SwapIfGreater(keys, comparison, lo + 1, lo + 2);
                    return;
                }

                InsertionSort(keys, lo, size, comparison);
                return;
            }

            if (depthLimit == 0)
            {
                HeapSort(keys, lo, size, comparison);
                return;
            }

            depthLimit--;
            int pivot = PickPivotAndPartition(keys, lo, size, comparison);
            IntroSort(keys, lo + pivot + 1, size - (pivot + 1), depthLimit, comparison);
            size = pivot;
        }
    }

    private static int PickPivotAndPartition<T>(T[] keys, int lo, int length, Comparison<T> comparison)
    {
        int hi = length - 1;
        int middle = hi >> 1;
        SwapIfGreater(keys, comparison, lo, lo + middle);
        SwapIfGreater(keys, comparison, lo, lo + hi);
        SwapIfGreater(keys, comparison, lo + middle, lo + hi);
        T pivot = keys[lo + middle];
        Swap(keys, lo + middle, lo + hi - 1);
        int left = 0, right = hi - 1;
        while (left < right)
        {
            while (comparison(keys[lo + ++left], pivot) < 0)
            {
            }

            while (comparison(pivot, keys[lo + --right]) < 0)
            {
            }

            if (left >= right)
                break;
            Swap(keys, lo + left, lo + right);
        }

        if (left != hi - 1)
            Swap(keys, lo + left, lo + hi - 1);
        return left;
    }

    private static void HeapSort<T>(T[] keys, int lo, int length, Comparison<T> comparison)
    {
        for (int i = length >> 1; i >= 1; i--)
            DownHeap(keys, lo, i, length, comparison);
        for (int i = length; i > 1; i--)
        {
            Swap(keys, lo, lo + i - 1);
            DownHeap(keys, lo, 1, i - 1, comparison);
        }
    }

    private static void DownHeap<T>(T[] keys, int lo, int i, int n, Comparison<T> comparison)
    {
        T d = keys[lo + i - 1];
        while (i <= n >> 1)
        {
            int child = 2 * i;
            if (child < n && comparison(keys[lo + child - 1], keys[lo + child]) < 0)
                child++;
            if (!(comparison(d, keys[lo + child - 1]) < 0))
                break;
            keys[lo + i - 1] = keys[lo + child - 1];
            i = child;
        }

        keys[lo + i - 1] = d;
    }

    private static void InsertionSort<T>(T[] keys, int lo, int length, Comparison<T> comparison)
    {
        for (int i = 0; i < length - 1; i++)
        {
            T t = keys[lo + i + 1];
            int j = i;
            while (j >= 0 && comparison(t, keys[lo + j]) < 0)
            {
                keys[lo + j + 1] = keys[lo + j];
                j--;
            }

            keys[lo + j + 1] = t;
        }
    }

    private static void SwapIfGreater<T>(T[] keys, Comparison<T> comparison, int i, int j)
    {
        if (i != j && comparison(keys[i], keys[j]) > 0)
            Swap(keys, i, j);
    }

    private static void Swap<T>(T[] keys, int i, int j)
    {
        T t = keys[i];
        keys[i] = keys[j];
        keys[j] = t;
    }
}
