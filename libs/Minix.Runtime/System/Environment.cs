using Minix.Runtime;

namespace System;

/// <summary>The process's environment: what a program can learn about where it runs.</summary>
public static partial class Environment
{
    /// <summary>The id of the running thread (an image process has one thread).</summary>
    public static int CurrentManagedThreadId => 1;

    /// <summary>The line terminator ("\n").</summary>
    public static string NewLine => "\n";

    /// <summary>Processors the process may use (one).</summary>
    public static int ProcessorCount => 1;

    /// <summary>Milliseconds of wall-clock time, wrapping (from the program ABI's clock).</summary>
    public static int TickCount => (int)TickCount64;

    /// <summary>Milliseconds of wall-clock time (from the program ABI's clock).</summary>
    public static long TickCount64 => Clock.Nanoseconds() / 1_000_000;

    /// <summary>Whether the process is 64-bit (always).</summary>
    public static bool Is64BitProcess => true;
}
