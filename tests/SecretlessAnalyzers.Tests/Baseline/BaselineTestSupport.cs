extern alias TaskLibrary;

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using SecretlessAnalyzers.Baseline;
using SecretlessAnalyzers.Common;
using TaskLibrary::SecretlessAnalyzers.Reporting.Baseline;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SecretlessAnalyzers.Tests.Baseline
{
    /// <summary>
    /// What the package's build does for a baseline, without MSBuild: the analyzers get a salt and the project folder
    /// as build properties, the writer records their fingerprinted findings, and the next build gets the file as an
    /// AdditionalFile. Test projects live in <c>/0/</c>, where roslyn-sdk puts <c>/0/Test0.cs</c>.
    /// </summary>
    internal static class BaselineTestSupport
    {
        public const string ProjectDirectory = "/0";
        public const string BaselinePath = "/0/" + BaselineFile.FileName;

        /// <summary>A fresh random salt per call, as the package's targets draw one for a first baseline.</summary>
        public static string NewSalt() => Guid.NewGuid().ToString("N");

        public static Dictionary<string, string> BuildOptions(string salt) => new()
        {
            [BaselineFingerprint.SaltOption] = salt,
            [BaselineFingerprint.ProjectDirectoryOption] = ProjectDirectory,
        };

        /// <summary>Runs every analyzer as a <c>-p:SecretlessWriteBaseline=true</c> build does and returns the file the writer makes.</summary>
        public static async Task<string> WriteBaselineAsync(string salt, IEnumerable<(string Path, string Content)> sources, IEnumerable<(string Path, string Content)>? additionalFiles = null)
        {
            var run = await AnalyzerRunner.RunAsync(AllRules.CreateAnalyzers(), sources, additionalFiles, BuildOptions(salt));
            Assert.False(run.HasFailures, run.FormatFailures());
            return BaselineDocument.Write(salt, BaselineLog.EntriesToRecord(LoggedFindings(run.AnalyzerDiagnostics)));
        }

        /// <summary>The findings as the writer reads them from the SARIF log: the fingerprint properties only.</summary>
        public static IEnumerable<LoggedFinding> LoggedFindings(IEnumerable<Diagnostic> diagnostics) =>
            diagnostics
                .Where(d => d.Properties.ContainsKey(BaselineFingerprint.FingerprintProperty))
                .Select(d => new LoggedFinding(
                    new BaselineEntry(
                        d.Id,
                        d.Properties[BaselineFingerprint.FileProperty]!,
                        d.Properties[BaselineFingerprint.MemberProperty]!,
                        d.Properties[BaselineFingerprint.FingerprintProperty]!),
                    d.IsSuppressed))
                .ToList();
    }

    /// <summary>
    /// roslyn-sdk test of one rule with the baseline suppressor and SL1090 beside it; the baseline file and the build
    /// properties the package's targets pass are set up as a build would.
    /// </summary>
    internal sealed class BaselineTest<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        public BaselineTest(string source, string salt, string? baseline)
        {
            TestSetup.Apply(this);
            TestCode = source;
            BuildOptions = BaselineTestSupport.BuildOptions(salt);
            if (baseline is not null)
            {
                TestState.AdditionalFiles.Add((BaselineTestSupport.BaselinePath, baseline));
            }
        }

        public Dictionary<string, string> BuildOptions { get; }

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() =>
            base.GetDiagnosticAnalyzers().Concat(new DiagnosticAnalyzer[] { new BaselineSuppressor(), new BaselineFileAnalyzer() });

        protected override Task RunImplAsync(CancellationToken cancellationToken)
        {
            TestSetup.AddGlobalConfig(TestState, BuildOptions);
            return base.RunImplAsync(cancellationToken);
        }

        public static DiagnosticResult Finding(string id, int markup) => new DiagnosticResult(id, DiagnosticSeverity.Warning).WithLocation(markup);

        public static DiagnosticResult Unusable() =>
            new DiagnosticResult(BaselineFileAnalyzer.Rule.Id, DiagnosticSeverity.Warning).WithSpan(BaselineTestSupport.BaselinePath, 1, 1, 1, 1);
    }
}
