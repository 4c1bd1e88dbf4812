using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Loader;

namespace Minix.Build.Pipeline;

/// <summary>
/// The .NET SDK's C# compiler (Roslyn, from the folder csc runs from) loaded into this process beside a second copy of
/// Minix.Build, whose <see cref="CSharpImageCompiler"/> then compiles with it.
/// </summary>
/// <remarks>
/// The SDK's compiler is the one the host build uses, so a project compiles to the same language for the image as for
/// the host, and it is precompiled, so it warms up in a fraction of what a Roslyn package would. Everything else
/// (the framework, Minix.Build's own references) comes from the context that loaded Minix.Build: the tool's default
/// context, or MSBuild's task context when an image project's build runs Minix.Build as a task.
/// </remarks>
internal sealed class SdkCompilerContext : AssemblyLoadContext
{
    private static readonly string[] CompilerAssemblies = ["Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp"];
    private static readonly ConcurrentDictionary<string, Lazy<Func<string, string, string, string>>> Compilers = new(StringComparer.Ordinal);

    private readonly string compilerDirectory;
    private readonly AssemblyLoadContext home;

    private SdkCompilerContext(string compilerDirectory)
        : base($"Minix.Build: C# compiler from {compilerDirectory}")
    {
        this.compilerDirectory = compilerDirectory;
        home = GetLoadContext(typeof(SdkCompilerContext).Assembly) ?? Default;
    }

    /// <summary>
    /// <see cref="CSharpImageCompiler.Compile"/> running on the compiler in <paramref name="compilerDirectory"/>, loaded
    /// once per process.
    /// </summary>
    /// <param name="compilerDirectory">The SDK's folder with Microsoft.CodeAnalysis.CSharp.dll (MSBuild's <c>$(RoslynTargetsPath)/bincore</c>).</param>
    /// <returns>The compile function: arguments file, project folder, project file in; its answer out.</returns>
    /// <exception cref="ToolchainException">The folder lacks the compiler.</exception>
    public static Func<string, string, string, string> CompileFunction(string compilerDirectory)
    {
        string directory = Path.GetFullPath(compilerDirectory);
        foreach (string name in CompilerAssemblies)
        {
            if (!File.Exists(Path.Combine(directory, name + ".dll")))
                throw new ToolchainException("setup", $"the .NET SDK's C# compiler was not found: {Path.Combine(directory, name + ".dll")} is missing (MSBuild's RoslynTargetsPath names the folder above it)");
        }

        return Compilers.GetOrAdd(directory, d => new Lazy<Func<string, string, string, string>>(() => Load(d))).Value;
    }

    /// <inheritdoc />
    protected override Assembly? Load(AssemblyName name)
    {
        if (CompilerAssemblies.Contains(name.Name))
            return LoadFromAssemblyPath(Path.Combine(compilerDirectory, name.Name + ".dll"));
        if (name.Name == typeof(SdkCompilerContext).Assembly.GetName().Name)
            return LoadFromAssemblyPath(typeof(SdkCompilerContext).Assembly.Location);
        if (name.Name?.EndsWith(".resources", StringComparison.Ordinal) == true)
        {
            // The compiler's messages in the user's language, when the SDK has them; else its English ones.
            string satellite = Path.Combine(compilerDirectory, name.CultureName ?? "", name.Name + ".dll");
            return File.Exists(satellite) ? LoadFromAssemblyPath(satellite) : null;
        }

        return home == Default ? null : home.LoadFromAssemblyName(name);
    }

    private static Func<string, string, string, string> Load(string directory)
    {
        var context = new SdkCompilerContext(directory);
        Assembly copy = context.LoadFromAssemblyName(typeof(SdkCompilerContext).Assembly.GetName());
        MethodInfo compile = copy.GetType(typeof(CSharpImageCompiler).FullName!, throwOnError: true)!
            .GetMethod(nameof(CSharpImageCompiler.Compile), BindingFlags.Public | BindingFlags.Static)!;
        return compile.CreateDelegate<Func<string, string, string, string>>();
    }
}
