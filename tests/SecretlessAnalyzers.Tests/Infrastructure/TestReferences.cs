using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace SecretlessAnalyzers.Tests.Infrastructure
{
    /// <summary>
    /// What every test compilation references: the .NET 10 reference assemblies, the real SDK packages and the
    /// stand-ins of unserved ones, exactly as the SecretlessAnalyzers.TestReferences project compiles against them
    /// (its build writes the list to test-references.txt). Read once, so that every test shares the same
    /// <see cref="MetadataReference"/> objects and Roslyn reads each assembly's metadata only once.
    /// </summary>
    public static class TestReferences
    {
        private static readonly Lazy<ImmutableArray<MetadataReference>> s_all = new(Load);

        /// <summary>The references of the TestReferences project, in its order.</summary>
        public static ImmutableArray<MetadataReference> All => s_all.Value;

        /// <summary>
        /// roslyn-sdk's reference assemblies, left empty on purpose: <see cref="All"/> supplies the framework too,
        /// from the restore, so no test downloads a reference pack while it runs.
        /// </summary>
        public static ReferenceAssemblies NoDownload { get; } = new ReferenceAssemblies("net10.0");

        /// <summary>The .NET 10 reference assemblies alone.</summary>
        public static ImmutableArray<MetadataReference> Framework => All
            .Where(r => r.Display is string path && path.Replace('\\', '/').Contains("/packs/Microsoft.NETCore.App.Ref/", StringComparison.OrdinalIgnoreCase))
            .ToImmutableArray();

        /// <summary>
        /// <see cref="All"/> less the named assemblies (file names without extension), for a test that declares
        /// its own version of a package's types or checks what happens when a package is missing.
        /// </summary>
        public static ImmutableArray<MetadataReference> Except(params string[] assemblyNames) => All
            .Where(r => !assemblyNames.Contains(Path.GetFileNameWithoutExtension(r.Display), StringComparer.OrdinalIgnoreCase))
            .ToImmutableArray();

        /// <summary>The assembly that defines <paramref name="type"/> (one the test project itself uses, such as xunit).</summary>
        public static MetadataReference Of(Type type) => MetadataReference.CreateFromFile(type.Assembly.Location);

        private static ImmutableArray<MetadataReference> Load()
        {
            string listPath = Path.Combine(AppContext.BaseDirectory, "test-references.txt");
            if (!File.Exists(listPath))
            {
                throw new InvalidOperationException($"{listPath} is missing: build tests/SecretlessAnalyzers.TestReferences, which writes it.");
            }

            return File.ReadAllLines(listPath)
                .Where(line => line.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToImmutableArray();
        }
    }
}
