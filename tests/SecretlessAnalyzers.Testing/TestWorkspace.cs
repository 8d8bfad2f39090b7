using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace SecretlessAnalyzers.Testing
{
    /// <summary>Everything about the test project except its files.</summary>
    internal sealed class ProjectSettings
    {
        public IReadOnlyDictionary<string, string> GlobalOptions { get; init; } = ImmutableDictionary<string, string>.Empty;

        public IReadOnlyList<(string Path, string Content)> AnalyzerConfigFiles { get; init; } = Array.Empty<(string, string)>();

        public IEnumerable<MetadataReference> References { get; init; } = ReferenceSets.Default;

        public LanguageVersion LanguageVersion { get; init; } = LanguageVersion.Latest;

        public OutputKind OutputKind { get; init; } = OutputKind.DynamicallyLinkedLibrary;

        public NullableContextOptions NullableContextOptions { get; init; } = NullableContextOptions.Disable;

        public IEnumerable<string> DisabledDiagnostics { get; init; } = Array.Empty<string>();

        public IReadOnlyList<Func<Solution, ProjectId, Solution>> SolutionTransforms { get; init; } = Array.Empty<Func<Solution, ProjectId, Solution>>();
    }

    /// <summary>Builds the single C# test project on an <see cref="AdhocWorkspace"/>.</summary>
    internal static class TestWorkspace
    {
        /// <summary>Path of the global analyzer config that carries <c>AnalyzerConfigOptions</c>.</summary>
        public const string GlobalConfigPath = "/.globalconfig";

        public static Project CreateProject(
            ProjectSettings settings,
            IEnumerable<(string Path, string Content)> sources,
            IEnumerable<(string Path, string Content)> additionalFiles,
            ImmutableArray<DiagnosticAnalyzer> analyzers)
        {
            var workspace = new AdhocWorkspace();
            var projectId = ProjectId.CreateNewId("TestProject");
            var compilationOptions = new CSharpCompilationOptions(
                    settings.OutputKind,
                    allowUnsafe: true,
                    nullableContextOptions: settings.NullableContextOptions)
                .WithSpecificDiagnosticOptions(DiagnosticOptions(analyzers, settings.DisabledDiagnostics, settings.GlobalOptions));
            var parseOptions = new CSharpParseOptions(settings.LanguageVersion);

            var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
                projectId,
                VersionStamp.Default,
                name: "TestProject",
                assemblyName: "TestProject",
                language: LanguageNames.CSharp,
                filePath: "/0/TestProject.csproj",
                compilationOptions: compilationOptions,
                parseOptions: parseOptions,
                metadataReferences: settings.References.Distinct()));

            foreach (var (path, content) in sources)
            {
                solution = solution.AddDocument(DocumentId.CreateNewId(projectId, path), Path.GetFileName(path), Text(content), filePath: path);
            }

            foreach (var (path, content) in additionalFiles)
            {
                solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId, path), Path.GetFileName(path), Text(content), filePath: path);
            }

            // Options travel as analyzer config documents, not a hand-made provider: Project.AnalyzerOptions then
            // gives them to analyzers (globally and per tree or additional file) and to code fixes alike.
            if (settings.GlobalOptions.Count > 0)
            {
                var text = new StringBuilder("is_global = true\n");
                foreach (var pair in settings.GlobalOptions)
                {
                    text.Append(pair.Key).Append(" = ").Append(pair.Value).Append('\n');
                }

                solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId, GlobalConfigPath), ".globalconfig", Text(text.ToString()), filePath: GlobalConfigPath);
            }

            foreach (var (path, content) in settings.AnalyzerConfigFiles)
            {
                solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId, path), Path.GetFileName(path), Text(content), filePath: path);
            }

            foreach (var transform in settings.SolutionTransforms)
            {
                solution = transform(solution, projectId);
            }

            return solution.GetProject(projectId)!;
        }

        /// <summary>
        /// Descriptors under test that are disabled by default are switched on at their default severity, unless the
        /// test's global options set <c>dotnet_diagnostic.ID.severity</c> itself. Enabled ones get no entry, because a
        /// compilation-level entry would outrank a global config severity (a real build has none). AD0001 becomes an
        /// error and <paramref name="disabled"/> IDs are suppressed.
        /// </summary>
        public static ImmutableDictionary<string, ReportDiagnostic> DiagnosticOptions(
            ImmutableArray<DiagnosticAnalyzer> analyzers,
            IEnumerable<string> disabled,
            IReadOnlyDictionary<string, string> globalOptions)
        {
            var options = ImmutableDictionary.CreateBuilder<string, ReportDiagnostic>(StringComparer.Ordinal);
            foreach (var descriptor in analyzers.SelectMany(a => SupportedDiagnostics(a)))
            {
                if (!descriptor.IsEnabledByDefault && !globalOptions.ContainsKey($"dotnet_diagnostic.{descriptor.Id}.severity"))
                {
                    options[descriptor.Id] = ToReportDiagnostic(descriptor.DefaultSeverity);
                }
            }

            options["AD0001"] = ReportDiagnostic.Error;
            foreach (var id in disabled)
            {
                options[id] = ReportDiagnostic.Suppress;
            }

            return options.ToImmutable();
        }

        public static ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics(DiagnosticAnalyzer analyzer)
        {
            try
            {
                return analyzer.SupportedDiagnostics;
            }
            catch (Exception e)
            {
                throw new VerificationException($"{analyzer.GetType().Name}.SupportedDiagnostics threw: {e}");
            }
        }

        private static SourceText Text(string content) => SourceText.From(content, Encoding.UTF8);

        private static ReportDiagnostic ToReportDiagnostic(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => ReportDiagnostic.Error,
            DiagnosticSeverity.Warning => ReportDiagnostic.Warn,
            DiagnosticSeverity.Info => ReportDiagnostic.Info,
            _ => ReportDiagnostic.Hidden,
        };
    }
}
