using System;
using System.Collections.Generic;
using System.Linq;
using SecretlessAnalyzers.Reporting.Model;
using SecretlessAnalyzers.Reporting.Sarif;

namespace SecretlessAnalyzers.Reporting.Baseline
{
    /// <summary>
    /// The baseline's view of the compiler's SARIF log, read by <see cref="SarifReader"/>. The log holds no secret:
    /// each SL* result carries only the salted fingerprint the analyzers computed and the project-relative file and
    /// member it covers.
    /// </summary>
    public static class BaselineLog
    {
        // The custom properties the analyzers' BaselineFingerprint adds to a finding when the build gives a salt.
        public const string FingerprintProperty = "Fingerprint";
        public const string FileProperty = "FingerprintFile";
        public const string MemberProperty = "FingerprintMember";

        /// <summary>The SL* results of a SARIF 1.0 or 2.1 log that carry a fingerprint, in log order.</summary>
        /// <exception cref="FormatException">The log is not a JSON object.</exception>
        public static List<LoggedFinding> Read(string sarif) =>
            SarifReader.ReadAll(sarif, projectDirectory: string.Empty)
                .Where(f => f.Property(FingerprintProperty) is not null)
                .Select(f => new LoggedFinding(
                    new BaselineEntry(f.RuleId, f.Property(FileProperty) ?? string.Empty, f.Property(MemberProperty) ?? string.Empty, f.Property(FingerprintProperty)!),
                    f.Suppression != FindingSuppression.None))
                .ToList();

        /// <summary>
        /// What a new baseline records: the findings that are reported now (a finding suppressed in source is already
        /// reviewed), once per fingerprint, in a stable order so that the file diffs well.
        /// </summary>
        public static List<BaselineEntry> EntriesToRecord(IEnumerable<LoggedFinding> findings) =>
            findings
                .Where(f => !f.Suppressed)
                .Select(f => f.Entry)
                .GroupBy(e => e.Fingerprint, StringComparer.Ordinal)
                .Select(g => g.First())
                .OrderBy(e => e.File, StringComparer.Ordinal)
                .ThenBy(e => e.Member, StringComparer.Ordinal)
                .ThenBy(e => e.Rule, StringComparer.Ordinal)
                .ThenBy(e => e.Fingerprint, StringComparer.Ordinal)
                .ToList();

        /// <summary>The entries no finding of the log has (reported or suppressed by the baseline): fixed or changed.</summary>
        public static List<BaselineEntry> Stale(IEnumerable<BaselineEntry> baseline, IEnumerable<LoggedFinding> findings)
        {
            var seen = new HashSet<string>(findings.Select(f => f.Entry.Fingerprint), StringComparer.Ordinal);
            return baseline.Where(e => !seen.Contains(e.Fingerprint)).ToList();
        }
    }
}
