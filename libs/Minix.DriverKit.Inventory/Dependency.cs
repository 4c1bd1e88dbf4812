using Minix.DriverKit.Analyzers;

namespace Minix.DriverKit.Inventory;

/// <summary>One kernel dependency of a driver: what it uses, where, and what replaces it in user mode.</summary>
/// <param name="Category">The paper's category, A to E.</param>
/// <param name="Class">The functional class.</param>
/// <param name="Symbol">The kernel symbol (or physical address, or other driver's member) depended on.</param>
/// <param name="Replacement">What a user-mode driver uses instead.</param>
/// <param name="Location">Where: file(line,column) for a project, Type.Method for an assembly.</param>
public sealed record Dependency(DependencyCategory Category, FunctionalClass Class, string Symbol, string Replacement, string Location);

/// <summary>A kernel call the driver already makes through the user-mode API (a method marked [UsesKernelCall]).</summary>
/// <param name="Call">The call's name, e.g. DEVIO.</param>
/// <param name="Class">Its functional class.</param>
/// <param name="Via">The method that makes it, e.g. Minix.DriverKit.DevIo.OutByte.</param>
/// <param name="Uses">How many call sites.</param>
public sealed record KernelCallUse(string Call, FunctionalClass Class, string Via, int Uses);
