using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;

namespace Minix.Build.Debugging;

/// <summary>
/// ILC's names for the types and methods of image assemblies, computed from their metadata the way ILC's name
/// mangler makes them: a type is its assembly's name, its namespace and its enclosing types' names and its own,
/// joined by underscores with every character that is not a letter or digit made an underscore
/// (<c>Minix_Build_Corpus_Minix_Build_Corpus_RuntimeErrors_Box</c>); a method is its name the same way, numbered
/// from <c>_0</c> when its type has an earlier method of the same name (<c>Concat</c>, <c>Concat_0</c>). What
/// reads ILC's symbols back as C# names (<see cref="ManagedSymbolNames"/>) and what resolves generic virtual methods
/// use it.
/// </summary>
public sealed class IlcMangling : IDisposable
{
    private readonly Dictionary<string, TypeInfo> _types = new(StringComparer.Ordinal);

    /// <summary>Reads the assemblies.</summary>
    /// <param name="assemblyPaths">Image assemblies (missing files are skipped).</param>
    public IlcMangling(IEnumerable<string> assemblyPaths)
    {
        foreach (string path in assemblyPaths.Where(File.Exists))
        {
            var pe = new PEReader(File.OpenRead(path));
            var reader = pe.GetMetadataReader();
            Readers.Add((pe, reader));
            string assembly = Sanitize(reader.GetString(reader.GetAssemblyDefinition().Name));
            foreach (var handle in reader.TypeDefinitions)
            {
                var info = new TypeInfo(reader, handle, assembly + "_" + Sanitize(MangledPath(reader, handle)), FullName(reader, handle));
                _types.TryAdd(info.Mangled, info);
            }
        }
    }

    /// <summary>One type definition with ILC's name for it.</summary>
    /// <param name="Reader">Its assembly's metadata.</param>
    /// <param name="Handle">The definition.</param>
    /// <param name="Mangled">ILC's name (without generic arguments).</param>
    /// <param name="FullName">The C# full name as .NET writes it (nested types after '+', generic arity after '`').</param>
    public sealed record TypeInfo(MetadataReader Reader, TypeDefinitionHandle Handle, string Mangled, string FullName)
    {
        private Dictionary<MethodDefinitionHandle, string>? _methodNames;

        /// <summary>ILC's name of each method of the type, numbered as ILC numbers same-named ones.</summary>
        public IReadOnlyDictionary<MethodDefinitionHandle, string> MethodNames => _methodNames ??= NameMethods();

        private Dictionary<MethodDefinitionHandle, string> NameMethods()
        {
            var names = new Dictionary<MethodDefinitionHandle, string>();
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var method in Reader.GetTypeDefinition(Handle).GetMethods())
            {
                string name = Sanitize(Reader.GetString(Reader.GetMethodDefinition(method).Name));
                string unique = name;
                for (int i = 0; used.Contains(unique); i++)
                    unique = name + "_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                used.Add(unique);
                names[method] = unique;
            }

            return names;
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var (pe, _) in Readers)
            pe.Dispose();
        Readers.Clear();
    }

    /// <summary>The metadata readers (kept open for the resolver).</summary>
    public List<(PEReader Pe, MetadataReader Reader)> Readers { get; } = new();

    /// <summary>The type ILC names <paramref name="mangled"/> (without generic arguments), if any.</summary>
    /// <param name="mangled">The name.</param>
    /// <returns>The type or null.</returns>
    public TypeInfo? Find(string mangled) => _types.TryGetValue(mangled, out var info) ? info : null;

    /// <summary>All types.</summary>
    public IEnumerable<TypeInfo> Types => _types.Values;

    /// <summary>ILC's sanitizing of a name: letters and digits stay, everything else becomes '_', and a leading digit
    /// gets an '_' before it.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The sanitized name.</returns>
    public static string Sanitize(string name)
    {
        var s = new StringBuilder(name.Length + 1);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'))
            {
                s.Append(c);
            }
            else if (c is >= '0' and <= '9')
            {
                if (i == 0)
                    s.Append('_');
                s.Append(c);
            }
            else
            {
                s.Append('_');
            }
        }

        return s.ToString();
    }

    // Namespace.Outer_Inner, as ILC joins an enclosing type's full name and the nested type's name.
    private static string MangledPath(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        string own = reader.GetString(type.Name);
        var declaring = type.GetDeclaringType();
        if (!declaring.IsNil)
            return MangledPath(reader, declaring) + "_" + own;
        string ns = reader.GetString(type.Namespace);
        return ns.Length > 0 ? ns + "." + own : own;
    }

    private static string FullName(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        string own = reader.GetString(type.Name);
        var declaring = type.GetDeclaringType();
        if (!declaring.IsNil)
            return FullName(reader, declaring) + "+" + own;
        string ns = reader.GetString(type.Namespace);
        return ns.Length > 0 ? ns + "." + own : own;
    }
}
