using System;

namespace Minix.Runtime;

/// <summary>
/// A program's environment as the <c>NAME=value</c> strings exec passes on (what a C program's <c>environ</c> holds):
/// for the code that starts other programs with the same environment, which .NET reaches through
/// <c>Environment.GetEnvironmentVariables</c>, a dictionary type the image runtime does not have.
/// </summary>
public static class ProgramEnvironment
{
    /// <summary>The variables as they are now (changes through <see cref="Environment.SetEnvironmentVariable"/> included).</summary>
    /// <returns>A new array of <c>NAME=value</c> strings, sorted by ordinal order.</returns>
    public static string[] Strings() => Environment.VariableStrings();
}
