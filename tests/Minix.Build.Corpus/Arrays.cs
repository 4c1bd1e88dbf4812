namespace Minix.Build.Corpus;

/// <summary>Arrays: allocation, filling, sorting and checksums of what was written.</summary>
public static class Arrays
{
    private static int[] Make(int n, int seed)
    {
        var a = new int[n];
        uint x = (uint)seed | 1;
        for (int i = 0; i < a.Length; i++)
        {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            a[i] = (int)(x % 1000) - 500;
        }

        return a;
    }

    private static long Checksum(int[] a)
    {
        long h = 17;
        for (int i = 0; i < a.Length; i++)
            h = h * 31 + a[i];
        return h;
    }

    private static bool IsSorted(int[] a)
    {
        for (int i = 1; i < a.Length; i++)
        {
            if (a[i - 1] > a[i])
                return false;
        }

        return true;
    }

    public static long FillAndSum(int n)
    {
        var a = new long[n & 1023];
        for (int i = 0; i < a.Length; i++)
            a[i] = (long)i * i - 7;
        long sum = 0;
        foreach (long v in a)
            sum += v;
        return sum;
    }

    public static int Length(int n) => new byte[n & 0xFFFF].Length;

    public static int NegativeLength(int n) => new int[n].Length;

    public static int IndexRead(int i)
    {
        int[] a = { 10, 20, 30, 40 };
        return a[i];
    }

    public static int IndexWrite(int i, int v)
    {
        var a = new int[8];
        a[i] = v;
        return (int)Checksum(a);
    }

    public static long InsertionSort(int n, int seed)
    {
        var a = Make(n & 255, seed);
        for (int i = 1; i < a.Length; i++)
        {
            int key = a[i], j = i - 1;
            while (j >= 0 && a[j] > key)
            {
                a[j + 1] = a[j];
                j--;
            }

            a[j + 1] = key;
        }

        return IsSorted(a) ? Checksum(a) : -1;
    }

    public static long BubbleSort(int n, int seed)
    {
        var a = Make(n & 127, seed);
        for (int i = 0; i < a.Length; i++)
        {
            for (int j = 0; j + 1 < a.Length - i; j++)
            {
                if (a[j] > a[j + 1])
                    (a[j], a[j + 1]) = (a[j + 1], a[j]);
            }
        }

        return IsSorted(a) ? Checksum(a) : -1;
    }

    public static long SelectionSort(int n, int seed)
    {
        var a = Make(n & 255, seed);
        for (int i = 0; i < a.Length; i++)
        {
            int min = i;
            for (int j = i + 1; j < a.Length; j++)
            {
                if (a[j] < a[min])
                    min = j;
            }

            (a[i], a[min]) = (a[min], a[i]);
        }

        return IsSorted(a) ? Checksum(a) : -1;
    }

    public static long QuickSort(int n, int seed)
    {
        var a = Make(n & 1023, seed);
        Quick(a, 0, a.Length - 1);
        return IsSorted(a) ? Checksum(a) : -1;
    }

    private static void Quick(int[] a, int lo, int hi)
    {
        while (lo < hi)
        {
            int pivot = a[(lo + hi) >>> 1], i = lo, j = hi;
            while (i <= j)
            {
                while (a[i] < pivot)
                    i++;
                while (a[j] > pivot)
                    j--;
                if (i <= j)
                {
                    (a[i], a[j]) = (a[j], a[i]);
                    i++;
                    j--;
                }
            }

            if (j - lo < hi - i)
            {
                Quick(a, lo, j);
                lo = i;
            }
            else
            {
                Quick(a, i, hi);
                hi = j;
            }
        }
    }

    public static long HeapSort(int n, int seed)
    {
        var a = Make(n & 1023, seed);
        int count = a.Length;
        for (int i = count / 2 - 1; i >= 0; i--)
            SiftDown(a, i, count);
        for (int end = count - 1; end > 0; end--)
        {
            (a[0], a[end]) = (a[end], a[0]);
            SiftDown(a, 0, end);
        }

        return IsSorted(a) ? Checksum(a) : -1;
    }

    private static void SiftDown(int[] a, int i, int count)
    {
        while (true)
        {
            int child = 2 * i + 1;
            if (child >= count)
                return;
            if (child + 1 < count && a[child + 1] > a[child])
                child++;
            if (a[i] >= a[child])
                return;
            (a[i], a[child]) = (a[child], a[i]);
            i = child;
        }
    }

    public static long MergeSort(int n, int seed)
    {
        var a = Make(n & 511, seed);
        var scratch = new int[a.Length];
        for (int width = 1; width < a.Length; width *= 2)
        {
            for (int lo = 0; lo < a.Length; lo += 2 * width)
            {
                int mid = System.Math.Min(lo + width, a.Length), hi = System.Math.Min(lo + 2 * width, a.Length);
                int i = lo, j = mid, k = lo;
                while (i < mid && j < hi)
                    scratch[k++] = a[i] <= a[j] ? a[i++] : a[j++];
                while (i < mid)
                    scratch[k++] = a[i++];
                while (j < hi)
                    scratch[k++] = a[j++];
            }

            (a, scratch) = (scratch, a);
        }

        return IsSorted(a) ? Checksum(a) : -1;
    }

    public static int BinarySearch(int n, int target)
    {
        var a = new int[(n & 1023) + 1];
        for (int i = 0; i < a.Length; i++)
            a[i] = i * 3;
        int lo = 0, hi = a.Length - 1;
        while (lo <= hi)
        {
            int mid = lo + (hi - lo) / 2;
            if (a[mid] == target)
                return mid;
            if (a[mid] < target)
                lo = mid + 1;
            else
                hi = mid - 1;
        }

        return ~lo;
    }

    public static long Reverse(int n, int seed)
    {
        var a = Make(n & 255, seed);
        for (int i = 0, j = a.Length - 1; i < j; i++, j--)
            (a[i], a[j]) = (a[j], a[i]);
        return Checksum(a);
    }

    public static long RotateLeft(int n, int k)
    {
        var a = Make((n & 127) + 1, 7);
        int shift = (k & 0x7FFFFFFF) % a.Length;
        var b = new int[a.Length];
        for (int i = 0; i < a.Length; i++)
            b[i] = a[(i + shift) % a.Length];
        return Checksum(b);
    }

    public static long PrefixSums(int n, int seed)
    {
        var a = Make(n & 511, seed);
        for (int i = 1; i < a.Length; i++)
            a[i] += a[i - 1];
        return Checksum(a);
    }

    public static int MaxSubarray(int n, int seed)
    {
        var a = Make((n & 511) + 1, seed);
        int best = a[0], current = a[0];
        for (int i = 1; i < a.Length; i++)
        {
            current = System.Math.Max(a[i], current + a[i]);
            best = System.Math.Max(best, current);
        }

        return best;
    }

    public static long Jagged(int rows, int cols)
    {
        int r = (rows & 15) + 1, c = (cols & 15) + 1;
        var grid = new int[r][];
        for (int i = 0; i < r; i++)
        {
            grid[i] = new int[c];
            for (int j = 0; j < c; j++)
                grid[i][j] = i * 100 + j;
        }

        long sum = 0;
        for (int i = 0; i < r; i++)
        {
            for (int j = 0; j < c; j++)
                sum = sum * 7 + grid[i][j];
        }

        return sum;
    }

    public static long MatrixMultiply(int n, int seed)
    {
        int size = (n & 7) + 1;
        var a = Make(size * size, seed);
        var b = Make(size * size, seed + 1);
        var c = new long[size * size];
        for (int i = 0; i < size; i++)
        {
            for (int j = 0; j < size; j++)
            {
                long sum = 0;
                for (int k = 0; k < size; k++)
                    sum += (long)a[i * size + k] * b[k * size + j];
                c[i * size + j] = sum;
            }
        }

        long h = 0;
        foreach (long v in c)
            h = h * 31 + v;
        return h;
    }

    public static int CountDistinct(int n, int seed)
    {
        var a = Make(n & 255, seed);
        var seen = new bool[1000];
        int count = 0;
        foreach (int v in a)
        {
            if (!seen[v + 500])
            {
                seen[v + 500] = true;
                count++;
            }
        }

        return count;
    }

    public static long ArrayCopy(int n, int seed)
    {
        var a = Make(n & 255, seed);
        var b = new int[a.Length];
        a.AsSpan().CopyTo(b);
        b[0] = a.Length > 0 ? 99 : 0;
        return Checksum(b) ^ Checksum(a);
    }

    public static int StringArray(int i)
    {
        string[] names = { "alpha", "beta", "gamma", "delta" };
        return names[i & 3].Length * 10 + names[(i >> 2) & 3][0];
    }

    public static int CovariantStore(int i)
    {
        object[] items = new string[2];
        items[0] = "ok";
        if (i == 1)
            items[1] = new object();
        return ((string)items[0]).Length;
    }

    public static long TwoDimensionalFlat(int w, int h)
    {
        int width = (w & 31) + 1, height = (h & 31) + 1;
        var cells = new short[width * height];
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
                cells[y * width + x] = (short)(x * y - x + y);
        }

        long sum = 0;
        for (int i = 0; i < cells.Length; i++)
            sum += cells[i] * (i + 1);
        return sum;
    }

    public static int ArrayOfArraysLength(int n)
    {
        var outer = new int[(n & 7) + 1][];
        int total = 0;
        for (int i = 0; i < outer.Length; i++)
        {
            outer[i] = new int[i * 2];
            total += outer[i].Length;
        }

        return total;
    }

    public static int NullArrayLength(int n)
    {
        int[] a = n > 0 ? new int[n & 15] : null;
        return a.Length;
    }

    public static long ByteArrayChecksum(int n)
    {
        var data = new byte[(n & 1023) + 1];
        for (int i = 0; i < data.Length; i++)
            data[i] = (byte)(i * 7 + 3);
        uint a = 1, b = 0;
        foreach (byte d in data)
        {
            a = (a + d) % 65521;
            b = (b + a) % 65521;
        }

        return (b << 16) | a;
    }

    public static int ArrayInitializer(int i)
    {
        int[] primes = { 2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37 };
        long[] big = { long.MaxValue, long.MinValue, 0, -1 };
        return primes[i & 7] + (int)(big[i & 3] >> 60);
    }
}
