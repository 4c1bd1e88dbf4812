using System.Collections.Generic;
using Minix.Kernel.Calls;

namespace Minix.Kernel.Configuration;

/// <summary>The names kernel calls go by in system.conf and messages: MINIX's, without the <c>SYS_</c> prefix.</summary>
public static class KernelCallNames
{
    private static readonly Dictionary<string, KernelCall> ByName = Build();

    /// <summary>Every call's name, in call-number order.</summary>
    public static IReadOnlyList<string> All { get; } = Names();

    /// <summary>The name of a call, e.g. <c>DEVIO</c> for <see cref="KernelCall.DevIo"/>.</summary>
    /// <param name="call">The call.</param>
    /// <returns>Its name.</returns>
    public static string Name(KernelCall call) => call.ToString().ToUpperInvariant();

    /// <summary>Finds a call by name; the <c>SYS_</c> prefix is optional and case does not matter.</summary>
    /// <param name="name">The name.</param>
    /// <param name="call">The call, if found.</param>
    /// <returns>True if found.</returns>
    public static bool TryParse(string name, out KernelCall call)
    {
        string key = name.ToUpperInvariant();
        if (key.StartsWith("SYS_", System.StringComparison.Ordinal))
            key = key.Substring(4);
        return ByName.TryGetValue(key, out call);
    }

    private static Dictionary<string, KernelCall> Build()
    {
        var map = new Dictionary<string, KernelCall>();
        foreach (KernelCall call in (KernelCall[])System.Enum.GetValues(typeof(KernelCall)))
            map.Add(Name(call), call);
        return map;
    }

    private static string[] Names()
    {
        var calls = (KernelCall[])System.Enum.GetValues(typeof(KernelCall));
        System.Array.Sort(calls);
        var names = new string[calls.Length];
        for (int i = 0; i < calls.Length; i++)
            names[i] = Name(calls[i]);
        return names;
    }
}
