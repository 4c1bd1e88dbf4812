using System.Reflection;
using Minix.Build.Pipeline;

namespace Minix.Build.Tests;

/// <summary>
/// The corpus built once per configuration for the whole test run: every public static method with integer
/// parameters, behind one generated dispatcher, linked into one linux-run executable (optimized and debug).
/// </summary>
public sealed class CorpusImages
{
    private readonly Lazy<RunnableImage> _optimized;
    private readonly Lazy<RunnableImage> _debug;

    public CorpusImages()
    {
        Methods = DiscoverMethods();
        _optimized = new Lazy<RunnableImage>(() => Build(true));
        _debug = new Lazy<RunnableImage>(() => Build(false));
    }

    /// <summary>The corpus methods, in dispatcher order.</summary>
    public IReadOnlyList<MethodInfo> Methods { get; }

    public RunnableImage Get(bool optimize) => optimize ? _optimized.Value : _debug.Value;

    private RunnableImage Build(bool optimize)
    {
        string work = Path.Combine(AppContext.BaseDirectory, "corpus-image", optimize ? "release" : "debug");
        var runnable = Methods.Select(m => new RunnableMethod(m.DeclaringType!.FullName!.Replace('+', '.'), m.Name,
            m.GetParameters().Select(p => IntegerTypes.Of(p.ParameterType)).ToList(), IntegerTypes.Of(m.ReturnType))).ToList();
        return RunImageBuilder.BuildWithHost(RepoPaths.CorpusProject, runnable, optimize, work, IlcToolchain.Locate());
    }

    private static List<MethodInfo> DiscoverMethods()
    {
        var assembly = typeof(Minix.Build.Corpus.Loops).Assembly;
        return assembly.GetTypes()
            .Where(t => t.IsPublic && t.Namespace == "Minix.Build.Corpus")
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName && !m.IsGenericMethodDefinition && IntegerTypes.IsSupported(m))
                .OrderBy(m => m.Name, StringComparer.Ordinal)
                .ThenBy(m => m.GetParameters().Length))
            .ToList();
    }
}
