namespace System.Runtime.CompilerServices;

/// <summary>Names the arguments the compiler passes on to an interpolated string handler's constructor.</summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class InterpolatedStringHandlerArgumentAttribute : Attribute
{
    /// <summary>One argument.</summary>
    /// <param name="argument">Its parameter's name.</param>
    public InterpolatedStringHandlerArgumentAttribute(string argument) => Arguments = new[] { argument };

    /// <summary>Several arguments.</summary>
    /// <param name="arguments">Their parameters' names.</param>
    public InterpolatedStringHandlerArgumentAttribute(params string[] arguments) => Arguments = arguments;

    /// <summary>The parameters' names.</summary>
    public string[] Arguments { get; }
}
