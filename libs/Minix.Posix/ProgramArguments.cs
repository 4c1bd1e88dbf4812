namespace Minix.Posix;

/// <summary>
/// A program's arguments and environment as exec left them on its stack (the System V x86-64 process entry: argc,
/// then argv's pointers and a 0, then envp's pointers and a 0), for a program whose entry gets that stack pointer
/// (a boot-image style entry, <c>static void Main(ulong* stack)</c>). Only a process exec started has such a stack:
/// a boot process's stack pointer is the very top of its stack, with nothing above it.
/// </summary>
public static unsafe class ProgramArguments
{
    /// <summary>argv as strings (UTF-8 decoded).</summary>
    /// <param name="stack">The stack pointer the process started with.</param>
    /// <returns>The arguments (empty for a boot process, which exec did not start).</returns>
    public static string[] Of(ulong* stack) => Strings(stack, environment: false);

    /// <summary>envp as <c>NAME=value</c> strings.</summary>
    /// <param name="stack">The stack pointer the process started with.</param>
    /// <returns>The environment.</returns>
    public static string[] EnvironmentOf(ulong* stack) => Strings(stack, environment: true);

    private static string[] Strings(ulong* stack, bool environment)
    {
        ulong argc = stack is null ? 0 : stack[0];
        if (argc > ArgumentFrame.MaxLength / 8)
            return new string[0];
        byte** list = (byte**)(stack + 1);
        if (environment)
            list += argc + 1;

        int count = 0;
        while (environment ? list[count] != null : (ulong)count < argc)
            count++;
        var strings = new string[count];
        for (int i = 0; i < count; i++)
            strings[i] = Utf8Text.Decode(new ReadOnlySpan<byte>(list[i], Length(list[i])));
        return strings;
    }

    private static int Length(byte* text)
    {
        int length = 0;
        while (text[length] != 0)
            length++;
        return length;
    }
}
