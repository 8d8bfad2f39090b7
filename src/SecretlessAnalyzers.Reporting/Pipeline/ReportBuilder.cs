using System.IO;
using SecretlessAnalyzers.Reporting.Cutover;
using SecretlessAnalyzers.Reporting.Grants;
using SecretlessAnalyzers.Reporting.Model;
using SecretlessAnalyzers.Reporting.Output;
using SecretlessAnalyzers.Reporting.Merging;
using SecretlessAnalyzers.Reporting.Sarif;
using SecretlessAnalyzers.Reporting.Settings;

namespace SecretlessAnalyzers.Reporting.Pipeline
{
    /// <summary>SARIF 1.0 / 2.1 → <see cref="ProjectReport"/>, and the report's files.</summary>
    public static class ReportBuilder
    {
        public static ProjectReport Build(string sarif, string projectPath, string targetFramework)
        {
            var report = new ProjectReport
            {
                Project = Path.GetFileNameWithoutExtension(projectPath),
                ProjectPath = projectPath,
                TargetFramework = targetFramework,
            };
            var projectDirectory = Path.GetDirectoryName(Path.GetFullPath(projectPath)) ?? string.Empty;
            var (findings, suppressed, baselined) = SarifReader.Read(sarif, projectDirectory);
            report.Findings.AddRange(findings);
            report.Suppressed = suppressed;
            report.Baselined = baselined;
            foreach (var resource in RoleMerger.Merge(report.Findings))
            {
                GrantWriters.Write(resource);
                CutoverChecklist.Write(resource);
                report.Resources.Add(resource);
            }

            report.ConfigurationKeys.AddRange(ConfigurationKeys.Of(report.Findings));
            return report;
        }

        public static string ToMarkdown(this ProjectReport report) => MarkdownWriter.Project(report, headingLevel: 1);

        public static string ToJson(this ProjectReport report) => JsonReportWriter.Project(report);

        public static string ToBicep(this ProjectReport report) => BicepWriter.Project(report);
    }
}
