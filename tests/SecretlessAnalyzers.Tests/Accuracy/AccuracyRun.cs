using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SecretlessAnalyzers.Tests.Accuracy
{
    /// <summary>What a set of analyzers reported on the corpus, by file, and whether any of them threw.</summary>
    public sealed record AccuracyFindings(IReadOnlyDictionary<string, List<Diagnostic>> ByPath, IReadOnlyList<AnalyzerFailure> Failures);

    /// <summary>
    /// Runs a set of analyzers over the accuracy corpus in memory, the same way for every tool: one compilation per
    /// project kind (application; test project, which also references xunit) against the real SDK references of the
    /// test project, C# cases as documents, configuration cases as additional files.
    /// </summary>
    public static class AccuracyRun
    {
        /// <param name="createAnalyzers">Fresh analyzer instances for each compilation.</param>
        /// <param name="globalOptions">Written to a global .editorconfig of each compilation.</param>
        /// <param name="extraAdditionalFiles">More additional files for a compilation (true: the test project), such as a tool's own configuration file.</param>
        /// <param name="mapPath">Maps a reported path back to the case's path (for a tool that reads files it was handed on disk).</param>
        public static async Task<AccuracyFindings> RunAsync(
            IReadOnlyList<AccuracyCase> corpus,
            Func<ImmutableArray<DiagnosticAnalyzer>> createAnalyzers,
            IDictionary<string, string>? globalOptions = null,
            Func<bool, IEnumerable<(string Path, string Content)>>? extraAdditionalFiles = null,
            Func<string, string>? mapPath = null)
        {
            var findings = new Dictionary<string, List<Diagnostic>>(StringComparer.Ordinal);
            var failures = new List<AnalyzerFailure>();
            foreach (var project in corpus.GroupBy(c => c.InTestProject))
            {
                var additionalFiles = project.Where(c => c.IsConfiguration).Select(c => (c.Path, c.Content));
                if (extraAdditionalFiles is not null)
                {
                    additionalFiles = additionalFiles.Concat(extraAdditionalFiles(project.Key));
                }

                var result = await AnalyzerRunner.RunAsync(
                    createAnalyzers(),
                    project.Where(c => !c.IsConfiguration).Select(c => (c.Path, c.Content)),
                    additionalFiles,
                    globalOptions,
                    extraReferences: project.Key
                        ? TestReferences.All.Add(TestReferences.Of(typeof(FactAttribute)))
                        : TestReferences.All).ConfigureAwait(false);
                failures.AddRange(result.Failures);
                foreach (var diagnostic in result.AnalyzerDiagnostics)
                {
                    var path = diagnostic.Location.GetLineSpan().Path ?? string.Empty;
                    path = mapPath is null ? path : mapPath(path);
                    if (!findings.TryGetValue(path, out var list))
                    {
                        findings[path] = list = new List<Diagnostic>();
                    }

                    list.Add(diagnostic);
                }
            }

            return new AccuracyFindings(findings, failures);
        }
    }
}
