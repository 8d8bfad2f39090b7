using System;
using System.IO;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using SecretlessAnalyzers.Reporting.Model;
using SecretlessAnalyzers.Reporting.Output;
using SecretlessAnalyzers.Reporting.Pipeline;

namespace SecretlessAnalyzers.Reporting.MSBuild
{
    /// <summary>
    /// The MSBuild task: the compiler's SARIF log in; <c>secretless-report.md</c>, <c>secretless-report.json</c> and
    /// <c>secretless-roles.bicep</c> out. Never fails the build.
    /// </summary>
    public sealed class WriteSecretlessMigrationReport : Task
    {
        /// <summary>The compiler's SARIF log (the <c>ErrorLog</c> property, without its <c>,version=</c> suffix).</summary>
        [Required]
        public string ErrorLog { get; set; } = string.Empty;

        [Required]
        public string ProjectPath { get; set; } = string.Empty;

        [Required]
        public string OutputDirectory { get; set; } = string.Empty;

        public string TargetFramework { get; set; } = string.Empty;

        /// <summary>When set (a solution build), the project's report is also merged into a report for the solution there.</summary>
        public string SolutionDirectory { get; set; } = string.Empty;

        [Output]
        public string MarkdownPath { get; set; } = string.Empty;

        public override bool Execute()
        {
            try
            {
                if (!File.Exists(ErrorLog))
                {
                    Log.LogWarning("Secretless migration report: the compiler log '{0}' was not written, so no report was made. Is the project compiled with Roslyn (C#)?", ErrorLog);
                    return true;
                }

                var report = ReportBuilder.Build(File.ReadAllText(ErrorLog), ProjectPath, TargetFramework);
                Directory.CreateDirectory(OutputDirectory);
                MarkdownPath = Path.Combine(OutputDirectory, ReportFiles.MarkdownName);
                var jsonPath = Path.Combine(OutputDirectory, ReportFiles.JsonName);
                var bicepPath = Path.Combine(OutputDirectory, ReportFiles.BicepName);
                File.WriteAllText(MarkdownPath, report.ToMarkdown(), ReportFiles.Utf8);
                File.WriteAllText(jsonPath, report.ToJson(), ReportFiles.Utf8);
                File.WriteAllText(bicepPath, report.ToBicep(), ReportFiles.Utf8);
                Log.LogMessage(MessageImportance.High, "Secretless migration report ({0}): {1}", report.Summary(), MarkdownPath);
                Log.LogMessage(MessageImportance.High, "Secretless migration report (JSON): {0}", jsonPath);
                Log.LogMessage(MessageImportance.High, "Secretless role assignments (Bicep): {0}", bicepPath);

                if (!string.IsNullOrEmpty(SolutionDirectory) && SolutionDirectory != "*Undefined*")
                {
                    var combined = SolutionReport.Merge(SolutionDirectory, report);
                    Log.LogMessage(MessageImportance.High, "Secretless migration report for the solution: {0}", combined);
                }

                return true;
            }
            catch (Exception exception)
            {
                // The report is an extra of the build: whatever goes wrong here must not fail the user's build.
                Log.LogWarning("Secretless migration report: {0}", exception.Message);
                return true;
            }
        }
    }
}
