namespace Minix.DriverKit;

/// <summary>
/// Marks an assembly as a driver and names its label (its system.conf service name), as in
/// <c>[assembly: Driver("printer")]</c>. Tools use it to match the code with its privileges.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class DriverAttribute : Attribute
{
    /// <summary>Creates the marker.</summary>
    /// <param name="label">The driver's label.</param>
    public DriverAttribute(string label) => Label = label;

    /// <summary>The driver's label.</summary>
    public string Label { get; }
}
