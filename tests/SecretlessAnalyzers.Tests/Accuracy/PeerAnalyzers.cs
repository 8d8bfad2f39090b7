using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretlessAnalyzers.Tests.Accuracy
{
    /// <summary>
    /// The analyzers of a peer's NuGet package, loaded from the copy the test project's build puts in
    /// <c>peers/&lt;package&gt;/</c> (the package is restored with <c>ExcludeAssets="all"</c>: never applied to a build;
    /// its version is pinned in Directory.Packages.props). Each peer gets its own load context, so its private
    /// dependencies (Google.Protobuf, YamlDotNet) stay its own, while Roslyn itself is shared with the tests.
    /// </summary>
    public sealed class PeerAnalyzers
    {
        public static PeerAnalyzers SonarAnalyzer { get; } = new("SonarAnalyzer.CSharp", "SonarAnalyzer.CSharp.dll");

        public static PeerAnalyzers SecurityCodeScan { get; } = new("SecurityCodeScan.VS2019", "SecurityCodeScan.VS2019.dll");

        private readonly Lazy<(Assembly Assembly, string Path)> _assembly;

        private PeerAnalyzers(string package, string assemblyFile)
        {
            Package = package;
            _assembly = new Lazy<(Assembly, string)>(() =>
            {
                var folder = Path.Combine(AppContext.BaseDirectory, "peers", package);
                var path = Path.Combine(folder, assemblyFile);
                if (!File.Exists(path))
                {
                    throw new InvalidOperationException($"{path} is missing: the test project's build copies it from the restored {package} package.");
                }

                return (new PeerLoadContext(package, folder).LoadFromAssemblyPath(path), path);
            });
        }

        /// <summary>The NuGet package id.</summary>
        public string Package { get; }

        /// <summary>The version of the loaded analyzer assembly (its file version, which is the package version).</summary>
        public string Version => FileVersionInfo.GetVersionInfo(_assembly.Value.Path).FileVersion ?? "?";

        /// <summary>
        /// Fresh instances of the package's C# analyzers that support at least one of <paramref name="ruleIds"/>
        /// (only those: the peer's other rules are not run).
        /// </summary>
        public ImmutableArray<DiagnosticAnalyzer> Create(IReadOnlyCollection<string> ruleIds)
            => AnalyzerTypes(ruleIds).Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!).ToImmutableArray();

        /// <summary>Every rule id the analyzers of <see cref="Create"/> support, counted or not.</summary>
        public ImmutableArray<string> SupportedIds(IReadOnlyCollection<string> ruleIds)
            => Create(ruleIds).SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToImmutableArray();

        private readonly Dictionary<string, ImmutableArray<Type>> _typesByRules = new(StringComparer.Ordinal);

        private ImmutableArray<Type> AnalyzerTypes(IReadOnlyCollection<string> ruleIds)
        {
            var key = string.Join(",", ruleIds.OrderBy(id => id, StringComparer.Ordinal));
            lock (_typesByRules)
            {
                if (!_typesByRules.TryGetValue(key, out var types))
                {
                    types = LoadableTypes(_assembly.Value.Assembly)
                        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null
                            && t.GetCustomAttributes<DiagnosticAnalyzerAttribute>(inherit: false).Any(a => a.Languages.Contains(LanguageNames.CSharp)))
                        .Where(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics.Any(d => ruleIds.Contains(d.Id)))
                        .OrderBy(t => t.FullName, StringComparer.Ordinal)
                        .ToImmutableArray();
                    _typesByRules[key] = types;
                }

                return types;
            }
        }

        private static IEnumerable<Type> LoadableTypes(Assembly assembly)
        {
            try
            {
                return assembly.GetTypes();
            }
            catch (ReflectionTypeLoadException e)
            {
                return e.Types.Where(t => t is not null)!;
            }
        }

        /// <summary>Resolves a peer's own assemblies from its folder; everything else (Roslyn, the BCL) from the tests' context.</summary>
        private sealed class PeerLoadContext : AssemblyLoadContext
        {
            private readonly string _folder;

            public PeerLoadContext(string name, string folder)
                : base(name)
                => _folder = folder;

            protected override Assembly? Load(AssemblyName assemblyName)
            {
                var candidate = Path.Combine(_folder, assemblyName.Name + ".dll");
                return File.Exists(candidate) ? LoadFromAssemblyPath(candidate) : null;
            }
        }
    }
}
