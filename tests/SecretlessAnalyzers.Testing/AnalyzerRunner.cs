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

namespace SecretlessAnalyzers.Testing
{
    /// <summary>An analyzer that threw: from the exception callback or an <c>AD0001</c>-style diagnostic.</summary>
    public sealed record AnalyzerFailure(string AnalyzerName, Exception? Exception, Diagnostic? Diagnostic)
    {
        public override string ToString()
            => Exception is not null
                ? $"{AnalyzerName} threw {Exception}"
                : $"{AnalyzerName}: {Diagnostic?.GetMessage()}";
    }

    /// <summary>What one analysis run produced.</summary>
    public sealed class AnalyzerRunResult
    {
        internal AnalyzerRunResult(
            Project project,
            Compilation compilation,
            ImmutableArray<Diagnostic> analyzerDiagnostics,
            ImmutableArray<Diagnostic> compilerDiagnostics,
            ImmutableArray<AnalyzerFailure> failures)
        {
            Project = project;
            Compilation = compilation;
            AnalyzerDiagnostics = analyzerDiagnostics;
            CompilerDiagnostics = compilerDiagnostics;
            Failures = failures;
        }

        public Project Project { get; }

        public Compilation Compilation { get; }

        /// <summary>Diagnostics of the analyzers (sources and additional files), without the AD* failure diagnostics.</summary>
        public ImmutableArray<Diagnostic> AnalyzerDiagnostics { get; }

        /// <summary>All compiler diagnostics, every severity.</summary>
        public ImmutableArray<Diagnostic> CompilerDiagnostics { get; }

        /// <summary>Analyzer exceptions and AD0001 diagnostics.</summary>
        public ImmutableArray<AnalyzerFailure> Failures { get; }

        public bool HasFailures => !Failures.IsEmpty;

        public IEnumerable<Diagnostic> CompilerErrors => CompilerDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

        public string FormatFailures()
        {
            var builder = new StringBuilder();
            foreach (var failure in Failures)
            {
                builder.AppendLine(failure.ToString());
            }

            return builder.ToString();
        }
    }

    /// <summary>
    /// Runs analyzers over sources without expectations: for torture and meta tests that only care that analysis
    /// finishes in time without exceptions. The verifiers use the same code path.
    /// </summary>
    public static class AnalyzerRunner
    {
        /// <summary>
        /// Builds a test project the way the verifiers do (sources, additional files, global options in a
        /// <c>/.globalconfig</c>, <see cref="ReferenceSets.Default"/> plus <paramref name="extraReferences"/>) and runs
        /// <paramref name="analyzers"/> over it. A <paramref name="timeout"/> turns a hang into <see cref="TimeoutException"/>.
        /// </summary>
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
            var settings = new ProjectSettings
            {
                GlobalOptions = globalOptions is null ? ImmutableDictionary<string, string>.Empty : new Dictionary<string, string>(globalOptions),
                References = ReferenceSets.Default.Concat(extraReferences ?? Enumerable.Empty<MetadataReference>()).ToList(),
                LanguageVersion = languageVersion,
                OutputKind = outputKind,
            };
            var project = TestWorkspace.CreateProject(
                settings,
                sources,
                additionalFiles ?? Enumerable.Empty<(string, string)>(),
                analyzers);
            return await RunWithTimeoutAsync(project, analyzers, timeout, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// Runs <paramref name="analyzers"/> over an existing project; their disabled-by-default descriptors are
        /// switched on unless the project's compilation options already mention them.
        /// </summary>
        public static async Task<AnalyzerRunResult> RunAsync(
            Project project,
            ImmutableArray<DiagnosticAnalyzer> analyzers,
            TimeSpan? timeout = null,
            CancellationToken cancellationToken = default)
        {
            var compilationOptions = project.CompilationOptions!;
            var wanted = TestWorkspace.DiagnosticOptions(analyzers, Array.Empty<string>(), ImmutableDictionary<string, string>.Empty);
            if (wanted.Keys.Any(id => !compilationOptions.SpecificDiagnosticOptions.ContainsKey(id)))
            {
                var merged = wanted.SetItems(compilationOptions.SpecificDiagnosticOptions);
                project = project.WithCompilationOptions(compilationOptions.WithSpecificDiagnosticOptions(merged));
            }

            return await RunWithTimeoutAsync(project, analyzers, timeout, cancellationToken).ConfigureAwait(false);
        }

        private static async Task<AnalyzerRunResult> RunWithTimeoutAsync(
            Project project,
            ImmutableArray<DiagnosticAnalyzer> analyzers,
            TimeSpan? timeout,
            CancellationToken cancellationToken)
        {
            if (timeout is null)
            {
                return await AnalyzeAsync(project, analyzers, cancellationToken).ConfigureAwait(false);
            }

            using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            cancellation.CancelAfter(timeout.Value);
            var analysis = AnalyzeAsync(project, analyzers, cancellation.Token);
            try
            {
                // WaitAsync returns even when an analyzer ignores cancellation and spins.
                return await analysis.WaitAsync(timeout.Value, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is TimeoutException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                throw new TimeoutException(
                    $"Analysis by {string.Join(", ", analyzers.Select(a => a.GetType().Name))} did not finish within {timeout.Value.TotalSeconds:0.###} s.", e);
            }
        }

        /// <summary>The core run: compile, run the analyzers, and collect exceptions instead of losing them.</summary>
        /// <remarks>The project must already carry the diagnostic options (see <see cref="TestWorkspace.DiagnosticOptions"/>).</remarks>
        internal static async Task<AnalyzerRunResult> AnalyzeAsync(Project project, ImmutableArray<DiagnosticAnalyzer> analyzers, CancellationToken cancellationToken)
        {
            // The project's options are used as they are: the verifiers analyze the very snapshot the code fixes see.
            var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The project has no compilation.");
            var compilerDiagnostics = compilation.GetDiagnostics(cancellationToken);
            if (analyzers.IsDefaultOrEmpty)
            {
                return new AnalyzerRunResult(project, compilation, ImmutableArray<Diagnostic>.Empty, compilerDiagnostics, ImmutableArray<AnalyzerFailure>.Empty);
            }

            var failures = new ConcurrentQueue<AnalyzerFailure>();
            var reported = new ConcurrentDictionary<Diagnostic, bool>();
            var options = new CompilationWithAnalyzersOptions(
                project.AnalyzerOptions,
                onAnalyzerException: (exception, analyzer, diagnostic) =>
                {
                    failures.Enqueue(new AnalyzerFailure(analyzer.GetType().Name, exception, diagnostic));
                    reported[diagnostic] = true;
                },
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false);
            var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
            var all = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);

            // AD0001 (analyzer threw) and friends are failures, not findings.
            foreach (var diagnostic in all.Where(IsDriverFailure))
            {
                if (!reported.ContainsKey(diagnostic) && !reported.Keys.Any(d => d.Id == diagnostic.Id && d.GetMessage() == diagnostic.GetMessage()))
                {
                    failures.Enqueue(new AnalyzerFailure(diagnostic.Id, null, diagnostic));
                }
            }

            return new AnalyzerRunResult(
                project,
                compilation,
                all.Where(d => !IsDriverFailure(d)).ToImmutableArray(),
                compilerDiagnostics,
                failures.ToImmutableArray());
        }

        // AD0001 (analyzer threw), AD0002 and so on come from the analyzer driver, never from the analyzers.
        private static bool IsDriverFailure(Diagnostic diagnostic)
            => diagnostic.Id.Length == 6 && diagnostic.Id.StartsWith("AD", StringComparison.Ordinal) && diagnostic.Id.Skip(2).All(char.IsDigit);
    }
}
