using System.Collections.Generic;

namespace Minix.DriverKit.Analyzers;

/// <summary>
/// The image rules as data: what builds for the host but cannot work on the image. One list, shared with the
/// toolchain: this file depends on nothing but the base library, and Minix.Build compiles it in as source (where it
/// stays internal) to name, in its own compile and ILC errors, the rule that reports the same thing in the IDE.
/// </summary>
/// <remarks>
/// A forbidden entry is written like a documentation-comment id: <c>N:</c> a namespace (and the namespaces under
/// it), <c>T:</c> a type (metadata name, with <c>`n</c> for generic arity), <c>M:</c> a member of a type, any
/// overload (<c>M:System.Type.GetMethod</c>), <c>C:</c> a language construct the analyzer checks by syntax
/// (<c>C:lock</c>, <c>C:async</c>, <c>C:catch</c>, <c>C:new-in-message-loop</c>).
/// </remarks>
static partial class ImageRules
{
    /// <summary>An API the image runtime (Minix.Runtime) lacks.</summary>
    public const string MissingApi = "MINIX101";

    /// <summary>A catch clause: on the image a throw ends the process, so no catch ever runs.</summary>
    public const string CatchNeverRuns = "MINIX102";

    /// <summary>Threads, tasks, timers and locks: an image process has one thread.</summary>
    public const string Threading = "MINIX103";

    /// <summary>Reflection: the image keeps no metadata to reflect over.</summary>
    public const string Reflection = "MINIX104";

    /// <summary>An allocation inside a driver's message loop: there is no garbage collector.</summary>
    public const string LoopAllocation = "MINIX105";

    /// <summary>A call through an interface: the image runtime has no interface dispatch.</summary>
    public const string InterfaceCall = "MINIX106";

    /// <summary>A virtual call to a generic method: the image runtime cannot look up its instantiation at run time.</summary>
    public const string GenericVirtualCall = "MINIX107";

    /// <summary>A multi-dimensional array: the image runtime lacks its helpers.</summary>
    public const string MultiDimensionalArray = "MINIX108";

    /// <summary>Every image rule, in id order.</summary>
    public static IReadOnlyList<ImageRule> All { get; } = new[]
    {
        new ImageRule(
            MissingApi,
            "API missing from the image runtime",
            "'{0}' is not part of the image runtime (Minix.Runtime): it builds for the host but not for the image",
            "The image compiles against Minix.Runtime, a small core library: objects, primitives, strings, spans, arrays, a few helpers. An API it lacks is a compile error in the image build; this rule shows it in the IDE first.",
            new string[0]),
        new ImageRule(
            CatchNeverRuns,
            "Catch clause never runs on the image",
            "This catch clause never runs on the image: a throw ends the process (the reincarnation server restarts a driver); check the condition instead of catching",
            "The image runtime has no exception unwinder. A throw, a failed bounds check or a null dereference ends the process, as a fault does in MINIX; recovery is the reincarnation server's job. Code in a catch clause is dead on the image.",
            new[] { "C:catch" }),
        new ImageRule(
            Threading,
            "Threads, tasks and locks are not available on the image",
            "'{0}' needs threads, which an image process does not have: wait for messages in the driver loop instead (IPC RECEIVE, alarms and notifications)",
            "A MINIX process has one thread of control; concurrency comes from processes and messages. Threads, tasks, thread-pool timers, locks and async methods have no meaning on the image.",
            new[]
            {
                "N:System.Threading.Tasks",
                "N:System.Threading.Channels",
                "N:System.Timers",
                "T:System.Threading.Thread",
                "T:System.Threading.ThreadPool",
                "T:System.Threading.Timer",
                "T:System.Threading.Monitor",
                "T:System.Threading.Lock",
                "T:System.Threading.Mutex",
                "T:System.Threading.Semaphore",
                "T:System.Threading.SemaphoreSlim",
                "T:System.Threading.WaitHandle",
                "T:System.Threading.EventWaitHandle",
                "T:System.Threading.ManualResetEvent",
                "T:System.Threading.ManualResetEventSlim",
                "T:System.Threading.AutoResetEvent",
                "T:System.Threading.ReaderWriterLockSlim",
                "T:System.Threading.Barrier",
                "T:System.Threading.CountdownEvent",
                "T:System.Threading.ThreadLocal`1",
                "T:System.Threading.AsyncLocal`1",
                "C:lock",
                "C:async",
            }),
        new ImageRule(
            Reflection,
            "Reflection is not available on the image",
            "'{0}' uses reflection, which the image does not support: the image keeps no metadata; call the code directly",
            "Images are compiled ahead of time with no metadata to reflect over: no loading types by name, no creating objects by type, no invoking members found at run time.",
            new[]
            {
                "N:System.Reflection",
                "N:System.Linq.Expressions",
                "T:System.Activator",
                "M:System.Type.GetType",
                "M:System.Type.GetMethod",
                "M:System.Type.GetMethods",
                "M:System.Type.GetField",
                "M:System.Type.GetFields",
                "M:System.Type.GetProperty",
                "M:System.Type.GetProperties",
                "M:System.Type.GetMember",
                "M:System.Type.GetMembers",
                "M:System.Type.GetConstructor",
                "M:System.Type.GetConstructors",
                "M:System.Type.GetEvent",
                "M:System.Type.GetEvents",
                "M:System.Type.GetInterface",
                "M:System.Type.GetInterfaces",
                "M:System.Type.InvokeMember",
                "M:System.Type.MakeGenericType",
                "M:System.Type.MakeArrayType",
            }),
        new ImageRule(
            LoopAllocation,
            "Allocation inside a driver's message loop",
            "'{0}' allocates on every pass of the driver's message loop: the image has no garbage collector, so allocate once at start-up and reuse it",
            "An image process allocates from its own heap and nothing frees it. Allocating per message exhausts the heap of a long-running driver; allocate buffers at start-up (or use stackalloc and spans).",
            new[] { "C:new-in-message-loop" }),
        new ImageRule(
            InterfaceCall,
            "Call through an interface on the image",
            "'{0}' is called through interface '{1}': the image has no interface dispatch, so the image link fails; call the class or struct directly, or use a generic method constrained to the interface",
            "The image runtime implements virtual calls on classes but not interface dispatch (the link fails naming RhpInitialDynamicInterfaceDispatch). Calls through a generic parameter constrained to an interface work when the parameter is a struct, because the compiler then knows the method.",
            new[] { "C:interface-call" }),
        new ImageRule(
            GenericVirtualCall,
            "Virtual call to a generic method on the image",
            "'{0}' is a virtual generic method called through '{1}': the image cannot find its instantiation at run time, so the image compile fails; make the method non-virtual or the receiver sealed",
            "A virtual or interface method with its own type parameters needs a run-time lookup of the instantiation (ILC's generic virtual method support), which the image runtime does not have. Calls on a sealed class or a struct are resolved at compile time and work.",
            new[] { "C:generic-virtual-call" }),
        new ImageRule(
            MultiDimensionalArray,
            "Multi-dimensional array on the image",
            "'{0}' is a multi-dimensional array, which the image runtime does not support: use a one-dimensional array and compute the index (row * width + column)",
            "Arrays of rank 2 or more need runtime helpers the image runtime does not have (the image compile fails). A flat array indexed by row * width + column does the same job.",
            new[] { "C:multi-dimensional-array" }),
    };

    /// <summary>Finds the rule that forbids a namespace, type or member outright (threads, reflection).</summary>
    /// <param name="namespaceName">The namespace, e.g. <c>System.Threading</c>.</param>
    /// <param name="typeMetadataName">The type's full metadata name, e.g. <c>System.Threading.Thread</c>; null for a namespace alone.</param>
    /// <param name="memberName">The member's name, e.g. <c>GetMethod</c>; null for a type alone.</param>
    /// <returns>The rule id, or null if no rule forbids it.</returns>
    public static string? FindForbidden(string namespaceName, string? typeMetadataName, string? memberName)
    {
        foreach (ImageRule rule in All)
        {
            foreach (string entry in rule.Forbidden)
            {
                if (Matches(entry, namespaceName, typeMetadataName, memberName))
                    return rule.Id;
            }
        }

        return null;
    }

    /// <summary>Finds the rule that forbids a language construct (<c>lock</c>, <c>async</c>, <c>catch</c>).</summary>
    /// <param name="construct">The construct's name as written after <c>C:</c>.</param>
    /// <returns>The rule id, or null.</returns>
    public static string? FindConstruct(string construct)
    {
        string entry = "C:" + construct;
        foreach (ImageRule rule in All)
        {
            foreach (string forbidden in rule.Forbidden)
            {
                if (forbidden == entry)
                    return rule.Id;
            }
        }

        return null;
    }

    /// <summary>The rule with an id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The rule, or null.</returns>
    public static ImageRule? Find(string id)
    {
        foreach (ImageRule rule in All)
        {
            if (rule.Id == id)
                return rule;
        }

        return null;
    }

    private static bool Matches(string entry, string namespaceName, string? typeName, string? memberName)
    {
        if (entry.Length < 3 || entry[1] != ':')
            return false;
        string name = entry.Substring(2);
        switch (entry[0])
        {
            case 'N':
                return namespaceName == name || (namespaceName.Length > name.Length && namespaceName.StartsWith(name, System.StringComparison.Ordinal) && namespaceName[name.Length] == '.');
            case 'T':
                return typeName != null && (typeName == name || (typeName.Length > name.Length && typeName.StartsWith(name, System.StringComparison.Ordinal) && typeName[name.Length] == '+'));
            case 'M':
                return typeName != null && memberName != null && name == typeName + "." + memberName;
            default:
                return false;
        }
    }
}

/// <summary>One image rule: its id, title, message and what it forbids.</summary>
sealed partial class ImageRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="id">The diagnostic id.</param>
    /// <param name="title">A short title.</param>
    /// <param name="messageFormat">The message; <c>{0}</c> is the symbol or construct.</param>
    /// <param name="description">Why, in a sentence or three.</param>
    /// <param name="forbidden">What the rule forbids outright (see <see cref="ImageRules"/> for the forms).</param>
    public ImageRule(string id, string title, string messageFormat, string description, IReadOnlyList<string> forbidden)
    {
        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        Description = description;
        Forbidden = forbidden;
    }

    /// <summary>The diagnostic id.</summary>
    public string Id { get; }

    /// <summary>A short title.</summary>
    public string Title { get; }

    /// <summary>The message; <c>{0}</c> is the symbol or construct.</summary>
    public string MessageFormat { get; }

    /// <summary>Why, in a sentence or three.</summary>
    public string Description { get; }

    /// <summary>What the rule forbids outright.</summary>
    public IReadOnlyList<string> Forbidden { get; }
}
