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

    /// <summary>A catch clause in the kernel, a driver or a server: there a throw ends the process, so no catch runs.</summary>
    public const string CatchNeverRuns = "MINIX102";

    /// <summary>Threads, tasks, timers and locks: an image process has one thread.</summary>
    public const string Threading = "MINIX103";

    /// <summary>Reflection: the image keeps no metadata to reflect over.</summary>
    public const string Reflection = "MINIX104";

    /// <summary>An allocation inside a driver's message loop: a driver's heap is not collected unless it opts in.</summary>
    public const string LoopAllocation = "MINIX105";

    /// <summary>A call through an interface in the kernel, a driver or a server (the system subset leaves it out).</summary>
    public const string InterfaceCall = "MINIX106";

    /// <summary>A virtual call to a generic method in the kernel, a driver or a server (the system subset leaves it out).</summary>
    public const string GenericVirtualCall = "MINIX107";

    /// <summary>A multi-dimensional array in the kernel, a driver or a server (the system subset leaves it out).</summary>
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
            "This catch clause never runs in the kernel, a driver or a server: there a throw ends the process (the reincarnation server restarts a driver); check the condition instead of catching",
            "The kernel, drivers and servers keep the system subset of the runtime: a throw, a failed bounds check or a null dereference ends the process, as a fault does in MINIX, and recovery is the reincarnation server's job, so code in a catch clause is dead there. User programs catch exceptions (the rule is off for them: an executable, or MinixRuntimeSubset=program).",
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
            "'{0}' allocates on every pass of the driver's message loop: a driver's heap is not collected, so allocate once at start-up and reuse it",
            "A driver or server allocates from its own heap and nothing frees it unless it opts in to the collector (MinixGarbageCollection, the GarbageCollection metadata of its MinixProcess item). Allocating per message exhausts the heap of a long-running driver; allocate buffers at start-up (or use stackalloc and spans). Programs and processes that opted in are not checked.",
            new[] { "C:new-in-message-loop" }),
        new ImageRule(
            InterfaceCall,
            "Call through an interface on the image",
            "'{0}' is called through interface '{1}': the kernel, drivers and servers keep interface dispatch out of their code; call the class or struct directly, or use a generic method constrained to the interface",
            "Interface dispatch goes through a cache that a miss fills by searching the type's dispatch map: a cost that varies, where the kernel and drivers answer each message in bounded time. The system subset keeps it out (programs use it freely: the rule is off for them). Calls through a generic parameter constrained to an interface cost nothing extra when the parameter is a struct, because the compiler then knows the method.",
            new[] { "C:interface-call" }),
        new ImageRule(
            GenericVirtualCall,
            "Virtual call to a generic method on the image",
            "'{0}' is a virtual generic method called through '{1}': the kernel, drivers and servers keep generic virtual calls out of their code; make the method non-virtual or the receiver sealed",
            "A virtual or interface method with its own type parameters is found at run time by searching a table for the receiver's type and the instantiation, and shared generic code may need a dictionary the runtime cannot build. The system subset keeps it out (programs use it: the rule is off for them). Calls on a sealed class or a struct are resolved at compile time.",
            new[] { "C:generic-virtual-call" }),
        new ImageRule(
            MultiDimensionalArray,
            "Multi-dimensional array on the image",
            "'{0}' is a multi-dimensional array, which the kernel, drivers and servers keep out of their code: use a one-dimensional array and compute the index (row * width + column)",
            "Arrays of rank 2 or more are allocated and indexed through runtime helpers (a bounds array per dimension, a call per element access). The system subset keeps them out; a flat array indexed by row * width + column does the same job in plain code. Programs use them (the rule is off for them).",
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
