namespace Minix.Build.Corpus;

/// <summary>Loops and classic integer algorithms, with their bounds taken from the inputs.</summary>
public static class Loops
{
    public static long SumTo(int n)
    {
        long sum = 0;
        for (int i = 0; i <= (n & 0xFFFF); i++)
            sum += i;
        return sum;
    }

    public static long SumSquares(int n)
    {
        long sum = 0;
        int limit = n & 0x3FF;
        for (int i = 1; i <= limit; i++)
            sum += (long)i * i;
        return sum;
    }

    public static int FactorialChecked(int n)
    {
        int result = 1;
        for (int i = 2; i <= (n & 31); i++)
            result = checked(result * i);
        return result;
    }

    public static long FactorialLong(int n)
    {
        long result = 1;
        for (int i = 2; i <= (n & 31); i++)
            result = unchecked(result * i);
        return result;
    }

    public static long Fibonacci(int n)
    {
        long a = 0, b = 1;
        for (int i = 0; i < (n & 127); i++)
        {
            long next = unchecked(a + b);
            a = b;
            b = next;
        }

        return a;
    }

    public static int FibonacciRecursive(int n)
    {
        n &= 15;
        return n < 2 ? n : FibonacciRecursive(n - 1) + FibonacciRecursive(n - 2);
    }

    public static int Gcd(int a, int b)
    {
        uint x = (uint)(a < 0 ? -(long)a : a), y = (uint)(b < 0 ? -(long)b : b);
        while (y != 0)
        {
            uint t = x % y;
            x = y;
            y = t;
        }

        return (int)x;
    }

    public static long Lcm(int a, int b)
    {
        if (a == 0 || b == 0)
            return 0;
        long x = a < 0 ? -(long)a : a, y = b < 0 ? -(long)b : b;
        return x / Gcd(a & 0x7FFFFFFF | 1, b & 0x7FFFFFFF | 1) * y;
    }

    public static ulong PowMod(ulong b, ulong e, ulong m)
    {
        m = (m & 0xFFFFFFFF) | 1;
        ulong result = 1 % m;
        b %= m;
        while (e != 0)
        {
            if ((e & 1) != 0)
                result = result * b % m;
            b = b * b % m;
            e >>= 1;
        }

        return result;
    }

    public static int CollatzSteps(int n)
    {
        long v = (n & 0xFFFFF) + 1;
        int steps = 0;
        while (v != 1 && steps < 10000)
        {
            v = (v & 1) == 0 ? v / 2 : 3 * v + 1;
            steps++;
        }

        return steps;
    }

    public static int DigitSum(long v)
    {
        ulong magnitude = v < 0 ? (ulong)(-(v + 1)) + 1 : (ulong)v;
        int sum = 0;
        while (magnitude != 0)
        {
            sum += (int)(magnitude % 10);
            magnitude /= 10;
        }

        return sum;
    }

    public static long ReverseDigits(int v)
    {
        long result = 0;
        long x = v < 0 ? -(long)v : v;
        while (x != 0)
        {
            result = result * 10 + x % 10;
            x /= 10;
        }

        return v < 0 ? -result : result;
    }

    public static bool IsPalindromeNumber(int v)
    {
        if (v < 0)
            return false;
        return ReverseDigits(v) == v;
    }

    public static uint IntegerSqrt(uint v)
    {
        uint result = 0;
        uint bit = 1u << 30;
        while (bit > v)
            bit >>= 2;
        while (bit != 0)
        {
            if (v >= result + bit)
            {
                v -= result + bit;
                result = (result >> 1) + bit;
            }
            else
            {
                result >>= 1;
            }

            bit >>= 2;
        }

        return result;
    }

    public static int IntegerLog10(uint v)
    {
        int log = 0;
        while (v >= 10)
        {
            v /= 10;
            log++;
        }

        return log;
    }

    public static bool IsPrime(int n)
    {
        if (n < 2)
            return false;
        if (n % 2 == 0)
            return n == 2;
        for (int d = 3; (long)d * d <= n; d += 2)
        {
            if (n % d == 0)
                return false;
        }

        return true;
    }

    public static int CountPrimesBelow(int n)
    {
        int limit = n & 0x1FFF;
        int count = 0;
        for (int i = 2; i < limit; i++)
        {
            if (IsPrime(i))
                count++;
        }

        return count;
    }

    public static int NestedBreakContinue(int n)
    {
        int total = 0;
        int limit = n & 63;
        for (int i = 0; i < limit; i++)
        {
            if (i % 3 == 0)
                continue;
            for (int j = 0; j < limit; j++)
            {
                if (j > i)
                    break;
                total += i ^ j;
            }
        }

        return total;
    }

    public static int WhileDoWhile(int n)
    {
        int a = n & 255, count = 0;
        do
        {
            a = a * 7 % 256;
            count++;
        }
        while (a != (n & 255) && count < 1000);
        while (a > 3)
            a >>= 1;
        return count * 10 + a;
    }

    public static int GotoLoop(int n)
    {
        int i = 0, sum = 0;
    again:
        sum += i;
        i++;
        if (i < (n & 127))
            goto again;
        return sum;
    }

    public static int TriangleBackwards(int n)
    {
        int sum = 0;
        for (int i = n & 1023; i > 0; i--)
            sum += i;
        return sum;
    }

    public static long StepBy(int start, int step)
    {
        long sum = 0;
        int s = (step & 15) + 1;
        for (int i = start & 0xFFF; i < 5000; i += s)
            sum += i;
        return sum;
    }

    public static int Ackermann(int m, int n)
    {
        m &= 1;
        n &= 7;
        return Ack(m, n);
    }

    private static int Ack(int m, int n) => m == 0 ? n + 1 : n == 0 ? Ack(m - 1, 1) : Ack(m - 1, Ack(m, n - 1));

    public static long BinomialCoefficient(int n, int k)
    {
        n &= 60;
        k &= 60;
        if (k > n)
            return 0;
        long result = 1;
        for (int i = 1; i <= k; i++)
            result = result * (n - k + i) / i;
        return result;
    }

    public static int CountBitsLoop(long v)
    {
        int count = 0;
        for (int i = 0; i < 64; i++)
        {
            if ((v & (1L << i)) != 0)
                count++;
        }

        return count;
    }

    public static int HammingDistance(int a, int b) => System.Numerics.BitOperations.PopCount((uint)(a ^ b));

    public static long Catalan(int n)
    {
        n &= 31;
        long c = 1;
        for (int i = 0; i < n; i++)
            c = c * 2 * (2 * i + 1) / (i + 2);
        return c;
    }

    public static int Josephus(int n, int k)
    {
        int count = (n & 255) + 1;
        int step = (k & 15) + 1;
        int result = 0;
        for (int i = 2; i <= count; i++)
            result = (result + step) % i;
        return result;
    }

    public static long MultiplyRussian(int a, int b)
    {
        long x = a, y = b, result = 0;
        bool negative = y < 0;
        if (negative)
            y = -y;
        while (y > 0)
        {
            if ((y & 1) != 0)
                result = unchecked(result + x);
            x = unchecked(x << 1);
            y >>= 1;
        }

        return negative ? unchecked(-result) : result;
    }

    public static int DivideBySubtraction(int a, int b)
    {
        if (b == 0)
            return -1;
        int x = a & 0xFFFFF, y = (b & 0xFF) | 1, q = 0;
        while (x >= y)
        {
            x -= y;
            q++;
        }

        return q * 1000 + x;
    }
}
