using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace SecretlessAnalyzers.Tests.Infrastructure
{
    /// <summary>An analyzer that threw: from the exception callback or an <c>AD0001</c> diagnostic.</summary>
    public sealed record AnalyzerFailure(string AnalyzerName, Exception? Exception, Diagnostic? Diagnostic)
    {
        public override string ToString()
            => Exception is not null ? $"{AnalyzerName} threw {Exception}" : $"{AnalyzerName}: {Diagnostic?.GetMessage()}";
    }

    /// <summary>What one analysis run produced.</summary>
    public sealed record AnalyzerRunResult(
        Compilation Compilation,
        ImmutableArray<Diagnostic> AnalyzerDiagnostics,
        ImmutableArray<Diagnostic> CompilerDiagnostics,
        ImmutableArray<AnalyzerFailure> Failures)
    {
        public bool HasFailures => !Failures.IsEmpty;

        public IEnumerable<Diagnostic> CompilerErrors => CompilerDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

        public string FormatFailures() => string.Join(Environment.NewLine, Failures);
    }

    /// <summary>
    /// Runs analyzers over sources and returns what they report, with no expectations: for tests that read a
    /// finding's properties (which roslyn-sdk's <c>DiagnosticResult</c> does not compare), and for torture tests
    /// that only ask that analysis ends, in time, without an exception. Expectations go through
    /// <see cref="SecretlessVerifier{TAnalyzer, TCodeFix}"/> (roslyn-sdk).
    /// </summary>
    public static class AnalyzerRunner
    {
        public static async Task<AnalyzerRunResult> RunAsync(
            ImmutableArray<DiagnosticAnalyzer> analyzers,
            IEnumerable<(string path, string content)> sources,
            IEnumerable<(string path, string content)>? additionalFiles = null,
            IDictionary<string, string>? globalOptions = null,
            IEnumerable<MetadataReference>? extraReferences = null,
            LanguageVersion languageVersion = LanguageVersion.Latest,
            OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary,
            TimeSpan? timeout = null,
            CancellationToken cancellationToken = default)
        {
            var project = CreateProject(analyzers, sources, additionalFiles, globalOptions, extraReferences, languageVersion, outputKind);
            if (timeout is null)
            {
                return await AnalyzeAsync(project, analyzers, cancellationToken).ConfigureAwait(false);
            }

            using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            cancellation.CancelAfter(timeout.Value);
            try
            {
                // WaitAsync returns even when an analyzer ignores cancellation and spins.
                return await AnalyzeAsync(project, analyzers, cancellation.Token).WaitAsync(timeout.Value, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is TimeoutException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                throw new TimeoutException(
                    $"Analysis by {string.Join(", ", analyzers.Select(a => a.GetType().Name))} did not finish within {timeout.Value.TotalSeconds:0.###} s.", e);
            }
        }

        // A workspace project, so that global options reach the analyzers as in a build: through a /.globalconfig.
        private static Project CreateProject(
            ImmutableArray<DiagnosticAnalyzer> analyzers,
            IEnumerable<(string path, string content)> sources,
            IEnumerable<(string path, string content)>? additionalFiles,
            IDictionary<string, string>? globalOptions,
            IEnumerable<MetadataReference>? extraReferences,
            LanguageVersion languageVersion,
            OutputKind outputKind)
        {
            // Rules that are off by default are switched on at their default severity, as roslyn-sdk does;
            // a severity in the global options still wins (it is not written into the compilation options).
            var severities = analyzers.SelectMany(a => a.SupportedDiagnostics)
                .Where(d => !d.IsEnabledByDefault && globalOptions?.ContainsKey($"dotnet_diagnostic.{d.Id}.severity") != true)
                .GroupBy(d => d.Id)
                .ToDictionary(g => g.Key, g => ToReport(g.First().DefaultSeverity));
            var compilationOptions = new CSharpCompilationOptions(outputKind, allowUnsafe: true).WithSpecificDiagnosticOptions(severities);
            var projectId = ProjectId.CreateNewId();
            var solution = new AdhocWorkspace().CurrentSolution
                .AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, "TestProject", "TestProject", LanguageNames.CSharp,
                    compilationOptions: compilationOptions,
                    parseOptions: new CSharpParseOptions(languageVersion, DocumentationMode.Diagnose),
                    metadataReferences: TestReferences.Framework.Concat(extraReferences ?? Enumerable.Empty<MetadataReference>()).Distinct()));
            foreach (var (path, content) in sources)
            {
                solution = solution.AddDocument(DocumentId.CreateNewId(projectId), path, SourceText.From(content), filePath: path);
            }

            foreach (var (path, content) in additionalFiles ?? Enumerable.Empty<(string, string)>())
            {
                solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId), path, SourceText.From(content), filePath: path);
            }

            if (globalOptions is { Count: > 0 })
            {
                var config = new StringBuilder("is_global = true").AppendLine();
                foreach (var pair in globalOptions)
                {
                    config.Append(pair.Key).Append(" = ").AppendLine(pair.Value);
                }

                solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), "/.globalconfig", SourceText.From(config.ToString()), filePath: "/.globalconfig");
            }

            return solution.GetProject(projectId)!;
        }

        private static async Task<AnalyzerRunResult> AnalyzeAsync(Project project, ImmutableArray<DiagnosticAnalyzer> analyzers, CancellationToken cancellationToken)
        {
            var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The project has no compilation.");
            var failures = new ConcurrentQueue<AnalyzerFailure>();
            var options = new CompilationWithAnalyzersOptions(
                project.AnalyzerOptions,
                onAnalyzerException: (exception, analyzer, diagnostic) => failures.Enqueue(new AnalyzerFailure(analyzer.GetType().Name, exception, diagnostic)),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false);
            var all = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);

            // AD0001 (an analyzer threw) comes from the driver, never from the analyzers: a failure, not a finding.
            foreach (var driverDiagnostic in all.Where(IsDriverFailure))
            {
                if (failures.IsEmpty)
                {
                    failures.Enqueue(new AnalyzerFailure(driverDiagnostic.Id, null, driverDiagnostic));
                }
            }

            return new AnalyzerRunResult(
                compilation,
                all.Where(d => !IsDriverFailure(d)).ToImmutableArray(),
                compilation.GetDiagnostics(cancellationToken),
                failures.ToImmutableArray());
        }

        private static bool IsDriverFailure(Diagnostic diagnostic)
            => diagnostic.Id.Length == 6 && diagnostic.Id.StartsWith("AD", StringComparison.Ordinal) && diagnostic.Id.Skip(2).All(char.IsDigit);

        private static ReportDiagnostic ToReport(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => ReportDiagnostic.Error,
            DiagnosticSeverity.Warning => ReportDiagnostic.Warn,
            DiagnosticSeverity.Info => ReportDiagnostic.Info,
            _ => ReportDiagnostic.Hidden,
        };
    }
}
