using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.Baseline
{
    /// <summary>
    /// SL1090: the baseline file cannot be used (not JSON, another tool's file, an unknown version, a malformed entry),
    /// or the build did not give the analyzers its salt. Such a file silences nothing, so every finding is reported:
    /// this warning says why the baseline did not apply.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class BaselineFileAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            DiagnosticIds.BaselineUnusable,
            title: "Secretless baseline file cannot be used",
            messageFormat: "{0} is ignored: {1}; no finding is suppressed by it. Write it again with 'dotnet build -p:SecretlessWriteBaseline=true'.",
            category: DiagnosticCategories.Security,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A baseline that cannot be read must not silence findings, and must not fail silently either: the findings it was meant to record are reported again.",
            helpLinkUri: HelpLinks.ForRule(DiagnosticIds.BaselineUnusable),
            customTags: new[] { "Security" });

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            // Reads one additional file, never C#: the flags only keep the SL1xxx convention (Meta tests).
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterAdditionalFileAction(AnalyzeFile);
        }

        private static void AnalyzeFile(AdditionalFileAnalysisContext context)
        {
            if (!BaselineFile.IsBaselineFile(context.AdditionalFile))
            {
                return;
            }

            var baseline = BaselineFile.Read(context.AdditionalFile, context.CancellationToken);
            var problem = baseline.Problem;
            if (problem is null)
            {
                // The fingerprints are keyed with the salt the build passes: another salt matches nothing.
                context.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(BaselineFingerprint.SaltOption, out var buildSalt);
                if (!string.Equals(buildSalt?.Trim(), baseline.Salt, System.StringComparison.OrdinalIgnoreCase))
                {
                    problem = "the build did not give the analyzers its salt (are the SecretlessAnalyzers package's build targets imported, and SecretlessBaselineSalt not set by hand?)";
                }
            }

            if (problem is not null)
            {
                var location = Location.Create(context.AdditionalFile.Path, new TextSpan(0, 0), new LinePositionSpan(LinePosition.Zero, LinePosition.Zero));
                context.ReportDiagnostic(Diagnostic.Create(Rule, location, System.IO.Path.GetFileName(context.AdditionalFile.Path), problem));
            }
        }
    }
}
