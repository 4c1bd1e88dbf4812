using System;
using System.Runtime;
using Minix.Runtime.Exceptions;

namespace Minix.Runtime;

/// <summary>
/// The fault hook of a user program on the image (the user-program target points <c>minix_fault</c> here): what
/// cannot become an exception (a failed fast path, a stack overflow, the runtime's own errors) is reported on
/// standard error as "Fatal error. Kind: message" and ends the process with status 134, as a .NET process that
/// aborts.
/// </summary>
public static unsafe class ProgramFault
{
    private static bool s_reporting;

    [RuntimeExport("minix_program_fault")]
    private static void Report(int kind, char* message, int length)
    {
        // A fault while reporting (or an exit that faults: a target without minix_sys_exit) must not recurse.
        if (s_reporting)
        {
            while (true)
            {
            }
        }

        {
            s_reporting = true;
            string text = "Fatal error. " + Name(kind);
            if (length > 0)
                text += ": " + new string(message, 0, length);
            StandardError.Write(text + "\n");
        }

        PlatformImports.Exit(UnhandledException.ExitStatus);
    }

    private static string Name(int kind) => kind switch
    {
        1 => "Exception",
        2 => "Overflow",
        3 => "IndexOutOfRange",
        4 => "DivideByZero",
        5 => "NullReference",
        6 => "InvalidCast",
        7 => "ArrayTypeMismatch",
        8 => "OutOfMemory",
        9 => "Arithmetic",
        10 => "InvalidOperation",
        11 => "NotSupported",
        12 => "NotImplemented",
        13 => "PlatformNotSupported",
        14 => "Argument",
        15 => "ArgumentNull",
        16 => "ArgumentOutOfRange",
        17 => "Format",
        18 => "FailFast",
        19 => "FeatureMissing",
        20 => "Hardware",
        21 => "StackOverflow",
        _ => "Fault " + kind,
    };
}
