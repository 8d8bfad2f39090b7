using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;
using System.Threading.Tasks;
using System.Xml.Linq;
using Xunit;

namespace SecretlessAnalyzers.Tests.EndToEnd
{
    /// <summary>
    /// What the nupkg promises its users: analyzers only, loadable by every host from Roslyn 4.5 on, a development
    /// dependency, and the same content from the same sources.
    /// </summary>
    [Collection(EndToEndCollection.Name)]
    [Trait("Category", "EndToEnd")]
    public sealed class PackageTests
    {
        private static readonly Version MaxRoslyn = new Version(4, 5, 0, 0);
        private readonly PackageFixture _package;

        public PackageTests(PackageFixture package)
        {
            _package = package;
        }

        [Fact]
        public void Nupkg_HoldsBothAssembliesUnderAnalyzers_TheReportTaskUnderTasks_AndNothingInLib()
        {
            using var zip = ZipFile.OpenRead(_package.PackagePath);
            var names = zip.Entries.Select(e => e.FullName).ToList();
            Assert.Contains("analyzers/dotnet/cs/SecretlessAnalyzers.dll", names);
            Assert.Contains("analyzers/dotnet/cs/SecretlessAnalyzers.CodeFixes.dll", names);
            Assert.Contains("README.md", names);
            Assert.DoesNotContain(names, n => n.StartsWith("lib/", StringComparison.Ordinal) || n.StartsWith("ref/", StringComparison.Ordinal));
            // The compiler loads analyzers/; MSBuild loads the report task from tasks/ (build/SecretlessAnalyzers.targets).
            Assert.Equal(
                new[] { "analyzers/dotnet/cs/SecretlessAnalyzers.CodeFixes.dll", "analyzers/dotnet/cs/SecretlessAnalyzers.dll", "tasks/netstandard2.0/SecretlessAnalyzers.Reporting.dll" },
                names.Where(n => n.EndsWith(".dll", StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal));
        }

        [Fact]
        public void Nuspec_IsADevelopmentDependencyWithLicenseReadmeAndTags()
        {
            using var zip = ZipFile.OpenRead(_package.PackagePath);
            var entry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
            using var stream = entry.Open();
            var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
            string Value(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;
            Assert.Equal("SecretlessAnalyzers", Value("id"));
            Assert.Equal("true", Value("developmentDependency"));
            Assert.Equal("MIT", Value("license"));
            Assert.Equal("README.md", Value("readme"));
            Assert.Contains("managed-identity", Value("tags"));
            Assert.DoesNotContain(metadata.Elements(), e => e.Name.LocalName == "dependencies" && e.HasElements);
        }

        [Fact]
        public void AnalyzerAssembly_ReferencesOnlyRoslyn45AndWhatTheHostProvides()
        {
            var references = ReferencesOf("analyzers/dotnet/cs/SecretlessAnalyzers.dll");
            Assert.Equal(new Version(4, 5, 0, 0), references["Microsoft.CodeAnalysis"]);
            AssertAllowed(references, "netstandard", "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp", "System.Collections.Immutable");
            Assert.DoesNotContain("Microsoft.CodeAnalysis.Workspaces", references.Keys);
        }

        [Fact]
        public void CodeFixAssembly_ReferencesOnlyRoslyn45WorkspacesAndTheAnalyzers()
        {
            var references = ReferencesOf("analyzers/dotnet/cs/SecretlessAnalyzers.CodeFixes.dll");
            Assert.Equal(new Version(4, 5, 0, 0), references["Microsoft.CodeAnalysis.Workspaces"]);
            AssertAllowed(
                references,
                "netstandard", "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp", "Microsoft.CodeAnalysis.Workspaces",
                "Microsoft.CodeAnalysis.CSharp.Workspaces", "System.Collections.Immutable", "System.Composition.AttributedModel",
                "SecretlessAnalyzers");
        }

        [Fact]
        public async Task PackingAgainFromARebuild_GivesTheSameAssembliesAndFiles()
        {
            var second = Path.Combine(_package.Workspace, "feed-again");
            var project = Path.Combine(_package.Root, "nuget", "SecretlessAnalyzers.Package.csproj");
            var rebuild = await Infrastructure.DotNetCli.RunAsync(_package.Root, PackageFixture.StepTimeout, "build", project, "-c", "Release", "--no-incremental");
            Assert.True(rebuild.ExitCode == 0, "dotnet build failed: " + rebuild);
            var pack = await _package.PackAsync(second, "--no-build");
            Assert.True(pack.ExitCode == 0, "dotnet pack failed: " + pack);
            var again = Assert.Single(Directory.GetFiles(second, "SecretlessAnalyzers.*.nupkg"));

            // Zip timestamps and the random package-part id differ by design; every file's content must not.
            Assert.Equal(ContentHashes(_package.PackagePath), ContentHashes(again));
        }

        private System.Collections.Generic.Dictionary<string, Version> ReferencesOf(string entryName)
        {
            using var zip = ZipFile.OpenRead(_package.PackagePath);
            using var memory = new MemoryStream();
            using (var stream = zip.GetEntry(entryName)!.Open())
            {
                stream.CopyTo(memory);
            }

            memory.Position = 0;
            using var pe = new PEReader(memory);
            var reader = pe.GetMetadataReader();
            return reader.AssemblyReferences
                .Select(handle => reader.GetAssemblyReference(handle))
                .ToDictionary(reference => reader.GetString(reference.Name), reference => reference.Version);
        }

        private static void AssertAllowed(System.Collections.Generic.Dictionary<string, Version> references, params string[] allowed)
        {
            foreach (var (name, version) in references)
            {
                Assert.True(allowed.Contains(name), $"Unexpected reference {name} {version}: the compiler host may not provide it. All: {string.Join(", ", references)}");
                if (name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
                {
                    Assert.True(version <= MaxRoslyn, $"{name} {version} is newer than Roslyn {MaxRoslyn}: hosts before it could not load the analyzers.");
                }
            }
        }

        private static System.Collections.Generic.SortedDictionary<string, string> ContentHashes(string nupkg)
        {
            using var zip = ZipFile.OpenRead(nupkg);
            var hashes = new System.Collections.Generic.SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in zip.Entries.Where(e => !e.FullName.EndsWith(".psmdcp", StringComparison.Ordinal) && !e.FullName.StartsWith("_rels/", StringComparison.Ordinal)))
            {
                using var stream = entry.Open();
                hashes[entry.FullName] = Convert.ToHexString(SHA256.HashData(stream));
            }

            return hashes;
        }
    }
}
