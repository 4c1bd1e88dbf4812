namespace Minix.DriverKit.Inventory;

/// <summary>A member of another assembly that IL refers to.</summary>
/// <param name="AssemblyName">The assembly that defines it.</param>
/// <param name="TypeName">The full name of its type (nested types joined with '+').</param>
/// <param name="OutermostTypeName">The full name of the outermost type containing it.</param>
/// <param name="Name">The member's name.</param>
public sealed record ExternalMember(string AssemblyName, string TypeName, string OutermostTypeName, string Name);
