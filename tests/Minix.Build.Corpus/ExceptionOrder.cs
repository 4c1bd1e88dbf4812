using System;
using System.Runtime.CompilerServices;

namespace Minix.Build.Corpus;

/// <summary>
/// Exceptions in programs: catch by type, filters, finally order, rethrow, nested handlers, exceptions crossing many
/// frames, exceptions thrown from catch, finally and filter blocks. Each method logs the order blocks ran in as digits.
/// </summary>
public static class ExceptionOrder
{
    private sealed class Numbered : Exception
    {
        public Numbered(int code)
            : base("numbered " + code.ToString())
        {
            Code = code;
        }

        public int Code { get; }
    }

    private sealed class Log
    {
        private long _value;

        public void Add(int digit) => _value = _value * 10 + digit;

        public int Value => (int)(_value % 1_000_000_007);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Throw(int depth, int code)
    {
        if (depth <= 0)
            throw new Numbered(code);
        Throw(depth - 1, code);
    }

    public static int CatchByType(int n)
    {
        try
        {
            Throw(n & 7, 5);
            return -1;
        }
        catch (Numbered e)
        {
            return e.Code;
        }
    }

    public static int CatchBaseType(int n)
    {
        try
        {
            if ((n & 1) == 0)
                throw new InvalidOperationException("even");
            throw new ArgumentException("odd");
        }
        catch (SystemException e)
        {
            return Text.Hash(e.Message);
        }
    }

    public static int FirstMatchingClauseWins(int n)
    {
        try
        {
            if ((n & 3) == 0)
                throw new ArgumentNullException("p");
            if ((n & 3) == 1)
                throw new ArgumentOutOfRangeException("p");
            if ((n & 3) == 2)
                throw new ArgumentException("a");
            throw new InvalidOperationException();
        }
        catch (ArgumentNullException)
        {
            return 1;
        }
        catch (ArgumentException)
        {
            return 2;
        }
        catch (Exception)
        {
            return 3;
        }
    }

    public static int FinallyRunsOnReturn(int n)
    {
        var log = new Log();
        int r = Inner(n, log);
        return log.Value * 100 + r;

        static int Inner(int n, Log log)
        {
            try
            {
                log.Add(1);
                return n & 15;
            }
            finally
            {
                log.Add(2);
            }
        }
    }

    public static int NestedFinallyOrder(int n)
    {
        var log = new Log();
        try
        {
            try
            {
                try
                {
                    log.Add(1);
                    Throw(n & 3, 9);
                }
                finally
                {
                    log.Add(2);
                }
            }
            finally
            {
                log.Add(3);
            }
        }
        catch (Numbered)
        {
            log.Add(4);
        }
        finally
        {
            log.Add(5);
        }

        return log.Value;
    }

    public static int FilterSeesStateBeforeFinally(int n)
    {
        var log = new Log();
        try
        {
            try
            {
                Throw(1, n & 7);
            }
            finally
            {
                log.Add(2);
            }
        }
        catch (Numbered e) when (Record(log, 1, e.Code > 3))
        {
            log.Add(3);
        }
        catch (Numbered)
        {
            log.Add(4);
        }

        return log.Value;
    }

    private static bool Record(Log log, int digit, bool result)
    {
        log.Add(digit);
        return result;
    }

    public static int FilterFalseFallsThrough(int n)
    {
        try
        {
            try
            {
                Throw(0, n);
            }
            catch (Numbered e) when (e.Code > 1000)
            {
                return 1;
            }
        }
        catch (Numbered e) when (e.Code < 1000)
        {
            return 2;
        }
        catch (Numbered)
        {
            return 3;
        }

        return 4;
    }

    public static int FilterThatThrowsIsFalse(int n)
    {
        try
        {
            try
            {
                Throw(2, n & 15);
            }
            catch (Numbered e) when (e.Code / (e.Code & 1) > 0)
            {
                return 1;
            }
        }
        catch (Numbered)
        {
            return 2;
        }

        return 3;
    }

    public static int RethrowKeepsException(int n)
    {
        var log = new Log();
        try
        {
            try
            {
                Throw(n & 3, 6);
            }
            catch (Numbered)
            {
                log.Add(1);
                throw;
            }
        }
        catch (Numbered e)
        {
            log.Add(2);
            return log.Value * 100 + e.Code;
        }

        return -1;
    }

    public static int RethrowThroughFinally(int n)
    {
        var log = new Log();
        try
        {
            try
            {
                try
                {
                    Throw(1, 3);
                }
                catch (Numbered)
                {
                    log.Add(1);
                    throw;
                }
                finally
                {
                    log.Add(2);
                }
            }
            finally
            {
                log.Add(3);
            }
        }
        catch (Numbered e)
        {
            log.Add(e.Code);
        }

        return log.Value;
    }

    public static int ThrowFromCatchReplaces(int n)
    {
        var log = new Log();
        try
        {
            try
            {
                Throw(0, 1);
            }
            catch (Numbered)
            {
                log.Add(1);
                throw new Numbered(7);
            }
            finally
            {
                log.Add(2);
            }
        }
        catch (Numbered e)
        {
            log.Add(e.Code);
        }

        return log.Value;
    }

    public static int ThrowFromFinallyReplaces(int n)
    {
        var log = new Log();
        try
        {
            try
            {
                Throw(n & 1, 1);
            }
            finally
            {
                log.Add(2);
                throw new Numbered(8);
            }
        }
        catch (Numbered e)
        {
            log.Add(e.Code);
        }

        return log.Value;
    }

    public static int TryInsideCatch(int n)
    {
        var log = new Log();
        try
        {
            Throw(1, 1);
        }
        catch (Numbered)
        {
            try
            {
                Throw(1, 2);
            }
            catch (Numbered e)
            {
                log.Add(e.Code);
            }

            log.Add(3);
        }

        return log.Value;
    }

    public static int TryInsideFinally(int n)
    {
        var log = new Log();
        try
        {
            try
            {
                log.Add(1);
            }
            finally
            {
                try
                {
                    Throw(0, 4);
                }
                catch (Numbered e)
                {
                    log.Add(e.Code);
                }
            }
        }
        catch (Exception)
        {
            log.Add(9);
        }

        return log.Value;
    }

    public static int ManyFrames(int n)
    {
        int depth = (n & 255) + 1;
        try
        {
            Throw(depth, depth);
        }
        catch (Numbered e)
        {
            return e.Code;
        }

        return -1;
    }

    public static int CatchInLoop(int n)
    {
        int total = 0;
        for (int i = 0; i < (n & 127); i++)
        {
            try
            {
                if (i % 3 == 0)
                    Throw(i & 3, i);
                total += i;
            }
            catch (Numbered e)
            {
                total += 1000 + e.Code;
            }
        }

        return total;
    }

    public static int FinallyInLoopWithBreak(int n)
    {
        var log = new Log();
        for (int i = 0; i < 5; i++)
        {
            try
            {
                if (i == (n & 3))
                    break;
                log.Add(1);
            }
            finally
            {
                log.Add(2);
            }
        }

        return log.Value;
    }

    public static int UsingDisposes(int n)
    {
        var log = new Log();
        try
        {
            using (new Resource(log))
            {
                log.Add(1);
                if ((n & 1) == 1)
                    Throw(0, 0);
            }
        }
        catch (Numbered)
        {
            log.Add(3);
        }

        return log.Value;
    }

    private sealed class Resource : IDisposable
    {
        private readonly Log _log;

        public Resource(Log log) => _log = log;

        public void Dispose() => _log.Add(2);
    }

    public static int MessageOfDefaultException(int n) => n switch
    {
        0 => Text.Hash(new Exception().Message),
        1 => Text.Hash(new InvalidOperationException().Message),
        2 => Text.Hash(new ArgumentException().Message),
        3 => Text.Hash(new ArgumentNullException("x").Message),
        4 => Text.Hash(new ArgumentOutOfRangeException("y").Message),
        5 => Text.Hash(new NotSupportedException().Message),
        6 => Text.Hash(new FormatException().Message),
        7 => Text.Hash(new ArgumentException("bad", "z").Message),
        100 => Text.Hash(new NotImplementedException().Message),
        _ => Text.Hash(new OverflowException().Message),
    };

    public static int InnerException(int n)
    {
        try
        {
            try
            {
                Throw(0, n & 7);
            }
            catch (Numbered e)
            {
                throw new InvalidOperationException("outer", e);
            }
        }
        catch (InvalidOperationException e)
        {
            return ((Numbered)e.InnerException).Code + (e.GetBaseException() is Numbered ? 100 : 0);
        }

        return -1;
    }

    public static int ExceptionInStaticHelperChain(int n)
    {
        try
        {
            return Level1(n & 15);
        }
        catch (DivideByZeroException)
        {
            return -2;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Level1(int n) => Level2(n) + 1;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Level2(int n) => 100 / (n - 3);

    public static int TryFinallyValue(int n)
    {
        int x = n & 31;
        try
        {
            x *= 2;
        }
        finally
        {
            x += 1;
        }

        return x;
    }

    public static int CatchWhenByCode(int n)
    {
        int code = n & 7;
        try
        {
            Throw(code, code);
        }
        catch (Numbered e) when (e.Code % 2 == 0)
        {
            return 10 + e.Code;
        }
        catch (Numbered e) when (e.Code % 3 == 0)
        {
            return 20 + e.Code;
        }
        catch (Numbered e)
        {
            return 30 + e.Code;
        }

        return 0;
    }
}
