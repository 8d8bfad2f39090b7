using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace SecretlessAnalyzers.Testing
{
    /// <summary>
    /// Metadata references for test compilations. roslyn-sdk downloads reference packs through NuGet; we can't,
    /// so (as Roslynator does) we reference the running runtime's own framework assemblies, built once.
    /// </summary>
    public static class ReferenceSets
    {
        private static readonly Lazy<ImmutableArray<MetadataReference>> s_default = new(CreateDefault);
        private static readonly ConcurrentDictionary<string, MetadataReference> s_byPath = new(StringComparer.Ordinal);

        /// <summary>
        /// The framework assemblies of the running runtime (<c>System.*</c>, <c>Microsoft.*</c>, <c>netstandard</c>,
        /// <c>mscorlib</c>), taken from <c>TRUSTED_PLATFORM_ASSEMBLIES</c> and limited to the runtime directory so
        /// that the test host's own packages (Roslyn, xunit) do not leak into test compilations.
        /// </summary>
        public static ImmutableArray<MetadataReference> Default => s_default.Value;

        /// <summary>The reference for the assembly that defines <paramref name="type"/> (a package the test project uses).</summary>
        public static MetadataReference MetadataReferenceFor(Type type)
        {
            if (type is null)
            {
                throw new ArgumentNullException(nameof(type));
            }

            return FromFile(type.Assembly.Location);
        }

        /// <summary>References for the assemblies that define <paramref name="types"/>.</summary>
        public static ImmutableArray<MetadataReference> FromTypes(params Type[] types)
            => types.Select(t => t.Assembly.Location).Distinct(StringComparer.Ordinal).Select(FromFile).ToImmutableArray();

        /// <summary>
        /// References for the assemblies that define <paramref name="types"/> and the non-framework assemblies they
        /// reference, transitively (for example Azure.Identity brings Azure.Core).
        /// </summary>
        public static ImmutableArray<MetadataReference> FromTypesWithDependencies(params Type[] types)
        {
            string runtimeDirectory = RuntimeDirectory;
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var result = ImmutableArray.CreateBuilder<MetadataReference>();
            var pending = new Stack<Assembly>(types.Select(t => t.Assembly));
            while (pending.Count > 0)
            {
                var assembly = pending.Pop();
                if (!seen.Add(assembly.GetName().Name ?? assembly.FullName ?? string.Empty)
                    || string.IsNullOrEmpty(assembly.Location)
                    || string.Equals(Path.GetDirectoryName(assembly.Location), runtimeDirectory, StringComparison.Ordinal))
                {
                    continue;
                }

                result.Add(FromFile(assembly.Location));
                foreach (var name in assembly.GetReferencedAssemblies())
                {
                    try
                    {
                        pending.Push(Assembly.Load(name));
                    }
                    catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
                    {
                        // An optional dependency the test host does not have: the compilation will say so if it matters.
                    }
                }
            }

            return result.ToImmutable();
        }

        /// <summary>A reference to an assembly file, cached per path.</summary>
        public static MetadataReference FromFile(string path)
            => s_byPath.GetOrAdd(path, p => MetadataReference.CreateFromFile(p));

        private static string RuntimeDirectory => Path.GetDirectoryName(typeof(object).Assembly.Location)!;

        private static ImmutableArray<MetadataReference> CreateDefault()
        {
            string runtimeDirectory = RuntimeDirectory;
            string trusted = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty;
            var paths = trusted.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Where(p => string.Equals(Path.GetDirectoryName(p), runtimeDirectory, StringComparison.Ordinal))
                .Where(p => IsFrameworkName(Path.GetFileNameWithoutExtension(p)));

            // Fallback for hosts without the TPA list: the runtime directory itself.
            if (!paths.Any())
            {
                paths = Directory.EnumerateFiles(runtimeDirectory, "*.dll")
                    .Where(p => IsFrameworkName(Path.GetFileNameWithoutExtension(p)));
            }

            return paths.OrderBy(p => p, StringComparer.Ordinal).Select(FromFile).ToImmutableArray();
        }

        private static bool IsFrameworkName(string name)
            => name.StartsWith("System.", StringComparison.Ordinal)
                || name.StartsWith("Microsoft.", StringComparison.Ordinal)
                || name is "System" or "netstandard" or "mscorlib";
    }
}
