using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.Baseline
{
    /// <summary>
    /// Suppresses the findings recorded in <c>secretless.baseline.json</c>: a finding whose <c>Fingerprint</c> property
    /// is in a usable baseline. Suppressed, not dropped: SARIF logs and the migration report still see them, with the
    /// justification below. Findings that are not recorded, and every finding when the file is unusable, are reported
    /// as usual.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class BaselineSuppressor : DiagnosticSuppressor
    {
        /// <summary>The justification SARIF logs carry; the migration report counts baseline suppressions by it.</summary>
        public const string Justification = "Recorded in " + BaselineFile.FileName + ": an existing finding accepted when the baseline was written";

        /// <summary>Every rule whose findings a baseline can record (all but SL1090, which is about the baseline itself).</summary>
        public static readonly ImmutableArray<string> SuppressibleRules = ImmutableArray.Create(
            DiagnosticIds.StorageAccountKey,
            DiagnosticIds.MessagingSharedAccessKey,
            DiagnosticIds.DatabasePassword,
            DiagnosticIds.CosmosAccountKey,
            DiagnosticIds.ClientSecret,
            DiagnosticIds.ApiKey,
            DiagnosticIds.AzureServiceConnectionString,
            DiagnosticIds.KnownFormatSecret,
            DiagnosticIds.SecretNamedLiteral,
            DiagnosticIds.SecretInConfigurationFile,
            DiagnosticIds.ConfiguredSecretRead,
            DiagnosticIds.KeyBasedAuthentication,
            DiagnosticIds.DefaultAzureCredentialInProduction);

        private static readonly ImmutableDictionary<string, SuppressionDescriptor> Descriptors = SuppressibleRules.ToImmutableDictionary(
            id => id,
            id => new SuppressionDescriptor("SLB" + id.Substring(2), id, Justification));

        public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions { get; } = Descriptors.Values.OrderBy(d => d.Id).ToImmutableArray();

        public override void ReportSuppressions(SuppressionAnalysisContext context)
        {
            var baseline = BaselineFile.Find(context.Options, context.CancellationToken);
            if (baseline is null || !baseline.IsUsable || baseline.Fingerprints.IsEmpty)
            {
                return;
            }

            foreach (var diagnostic in context.ReportedDiagnostics)
            {
                if (diagnostic.Properties.TryGetValue(BaselineFingerprint.FingerprintProperty, out var fingerprint)
                    && fingerprint is not null
                    && baseline.Fingerprints.Contains(fingerprint)
                    && Descriptors.TryGetValue(diagnostic.Id, out var descriptor))
                {
                    context.ReportSuppression(Suppression.Create(descriptor, diagnostic));
                }
            }
        }
    }
}
