namespace Minix.Kernel.Calls;

/// <summary>
/// Says which kernel call a method makes, so tools can check it against the caller's system.conf entry: the
/// analyzer warns when a driver calls a method whose kernel call its <c>system</c> list lacks.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class UsesKernelCallAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="call">The kernel call the method makes.</param>
    public UsesKernelCallAttribute(KernelCall call) => Call = call;

    /// <summary>The kernel call the method makes.</summary>
    public KernelCall Call { get; }
}
