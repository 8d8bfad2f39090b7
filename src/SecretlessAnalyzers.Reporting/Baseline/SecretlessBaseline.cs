using System;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace SecretlessAnalyzers.Reporting.Baseline
{
    /// <summary>
    /// The MSBuild task behind <c>secretless.baseline.json</c> (docs/baseline.md). <c>Write=true</c>: records every
    /// unsuppressed SL* finding of the compiler's SARIF log in the baseline file. Otherwise: lists the baseline entries
    /// that no longer match any finding, so the baseline can shrink. Never fails the build.
    /// </summary>
    public sealed class SecretlessBaseline : Task
    {
        /// <summary>The compiler's SARIF log (the <c>ErrorLog</c> property, without its <c>,version=</c> suffix).</summary>
        [Required]
        public string ErrorLog { get; set; } = string.Empty;

        [Required]
        public string BaselinePath { get; set; } = string.Empty;

        /// <summary>The salt the analyzers were given for this build (hex); written into the baseline.</summary>
        public string Salt { get; set; } = string.Empty;

        public bool Write { get; set; }

        [Output]
        public int StaleEntries { get; set; }

        public override bool Execute()
        {
            try
            {
                if (!File.Exists(ErrorLog))
                {
                    Log.LogWarning("Secretless baseline: the compiler log '{0}' was not written, so the baseline was not {1}.", ErrorLog, Write ? "written" : "checked");
                    return true;
                }

                var findings = BaselineLog.Read(File.ReadAllText(ErrorLog));
                var old = File.Exists(BaselinePath) ? BaselineDocument.TryRead(File.ReadAllText(BaselinePath)) : null;
                if (Write)
                {
                    var entries = BaselineLog.EntriesToRecord(findings);
                    File.WriteAllText(BaselinePath, BaselineDocument.Write(Salt, entries), new UTF8Encoding(false));
                    var kept = old is null ? 0 : entries.Count(e => old.Any(o => o.Fingerprint == e.Fingerprint));
                    Log.LogMessage(
                        MessageImportance.High,
                        "Secretless baseline: {0} finding(s) recorded in {1} ({2} new, {3} no longer found).",
                        entries.Count,
                        BaselinePath,
                        entries.Count - kept,
                        old is null ? 0 : old.Count - kept);
                    return true;
                }

                if (old is null)
                {
                    return true;
                }

                var stale = BaselineLog.Stale(old, findings);
                StaleEntries = stale.Count;
                foreach (var entry in stale)
                {
                    Log.LogMessage(MessageImportance.High, "Secretless baseline: {0} in {1} ({2}) no longer matches a finding.", entry.Rule, entry.File, entry.Member);
                }

                if (stale.Count > 0)
                {
                    Log.LogMessage(
                        MessageImportance.High,
                        "Secretless baseline: {0} of {1} entries of {2} no longer match; shrink it with 'dotnet build -p:SecretlessWriteBaseline=true'.",
                        stale.Count,
                        old.Count,
                        BaselinePath);
                }

                return true;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
            {
                // The baseline is an extra of the build: a broken log or file is a warning, never a failed build.
                Log.LogWarning("Secretless baseline: {0}", exception.Message);
                return true;
            }
        }
    }
}
