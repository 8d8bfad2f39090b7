using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using SecretlessAnalyzers.Reporting.Model;

namespace SecretlessAnalyzers.Reporting.Output
{
    /// <summary>
    /// The report of a solution build: each project leaves its report in <c>obj/secretless-report/</c> under the
    /// solution folder, and rewrites <c>secretless-report.md</c> / <c>.json</c> / <c>secretless-roles.bicep</c> there
    /// from all of them, under a lock because projects build in parallel. Reports of projects whose file no longer
    /// exists are left out.
    /// </summary>
    public static class SolutionReport
    {
        public static string Merge(string solutionDirectory, ProjectReport report)
        {
            var parts = Path.Combine(solutionDirectory, "obj", "secretless-report");
            Directory.CreateDirectory(parts);

            // Two projects of the same name in different folders keep separate parts.
            var name = PartName(report);
            using (Lock(Path.Combine(parts, ".lock")))
            {
                File.WriteAllText(Path.Combine(parts, name + ".json"), JsonReportWriter.Project(report), ReportFiles.Utf8);
                File.WriteAllText(Path.Combine(parts, name + ".md"), MarkdownWriter.Project(report, headingLevel: 2), ReportFiles.Utf8);
                File.WriteAllText(Path.Combine(parts, name + ".bicep"), BicepWriter.Project(report), ReportFiles.Utf8);

                var projects = new List<Part>();
                try
                {
                    foreach (var json in Directory.GetFiles(parts, "*.json").OrderBy(p => p, StringComparer.Ordinal))
                    {
                        var part = Part.Read(json);
                        if (part is not null && File.Exists(part.ProjectPath))
                        {
                            projects.Add(part);
                        }
                        else
                        {
                            part?.Dispose();
                        }
                    }

                    var markdownPath = Path.Combine(solutionDirectory, ReportFiles.MarkdownName);
                    File.WriteAllText(markdownPath, Markdown(projects), ReportFiles.Utf8);
                    File.WriteAllText(Path.Combine(solutionDirectory, ReportFiles.JsonName), Json(projects), ReportFiles.Utf8);
                    File.WriteAllText(Path.Combine(solutionDirectory, ReportFiles.BicepName), Bicep(projects), ReportFiles.Utf8);
                    return markdownPath;
                }
                finally
                {
                    foreach (var project in projects)
                    {
                        project.Dispose();
                    }
                }
            }
        }

        private static string PartName(ProjectReport report) =>
            report.Project + "-" + StableHash(Path.GetFullPath(report.ProjectPath)) + (report.TargetFramework.Length > 0 ? "." + report.TargetFramework : string.Empty);

        private static string Markdown(List<Part> projects)
        {
            var text = new StringBuilder("# Secretless migration report\n\n");
            text.Append("| Project | Findings | Secrets | Azure resources | Configuration keys |\n|---|---|---|---|---|\n");
            foreach (var project in projects)
            {
                var root = project.Document.RootElement;
                var findings = root.GetProperty("findings").EnumerateArray().ToList();
                var tfm = root.GetProperty("targetFramework").GetString();
                text.Append("| ").Append(root.GetProperty("project").GetString()).Append(string.IsNullOrEmpty(tfm) ? string.Empty : " (" + tfm + ")")
                    .Append(" | ").Append(findings.Count.ToString(CultureInfo.InvariantCulture))
                    .Append(" | ").Append(findings.Count(f => f.GetProperty("redactedSecret").ValueKind == JsonValueKind.String).ToString(CultureInfo.InvariantCulture))
                    .Append(" | ").Append(root.GetProperty("resources").GetArrayLength().ToString(CultureInfo.InvariantCulture))
                    .Append(" | ").Append(root.GetProperty("configurationKeys").GetArrayLength().ToString(CultureInfo.InvariantCulture)).Append(" |\n");
            }

            text.Append("\nThe grants of every project are in `").Append(ReportFiles.BicepName).Append("` next to this report.\n\n");
            foreach (var project in projects)
            {
                text.Append(project.Markdown).Append('\n');
            }

            return text.ToString();
        }

        private static string Json(List<Part> projects) => JsonReportWriter.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("schema", ReportFiles.SchemaName);
            writer.WriteStartArray("projects");
            foreach (var project in projects)
            {
                project.Document.RootElement.WriteTo(writer);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });

        /// <summary>One module per project part; each part declares the same principal parameters.</summary>
        private static string Bicep(List<Part> projects)
        {
            var text = new StringBuilder();
            text.Append("// ").Append(ReportFiles.BicepName).Append(": the grants of every project of the solution (one module each, in obj/secretless-report/).\n")
                .Append("//   az deployment group create --resource-group <resource-group> --template-file ").Append(ReportFiles.BicepName).Append(" --parameters principalId=<principal-id>\n\n")
                .Append("@description('Object (principal) id of the managed identity the services run as.')\nparam principalId string\n\n")
                .Append("@description('The kind of principal: ServicePrincipal for a managed identity.')\n@allowed([\n  'ServicePrincipal'\n  'User'\n  'Group'\n])\nparam principalType string = 'ServicePrincipal'\n");
            var withName = projects.Where(p => p.Bicep.Contains("param principalName ")).ToList();
            if (withName.Count > 0)
            {
                text.Append("\n@description('The name Azure Cache for Redis shows for the identity (its object id alias).')\nparam principalName string = 'secretless-identity'\n");
            }

            var index = 0;
            foreach (var project in projects.Where(p => p.Bicep.Length > 0))
            {
                index++;
                var file = Path.GetFileName(project.BicepPath);
                text.Append("\nmodule project").Append(index.ToString(CultureInfo.InvariantCulture)).Append(" 'obj/secretless-report/").Append(file).Append("' = {\n")
                    .Append("  name: 'secretless-").Append(StableHash(file)).Append("'\n")
                    .Append("  params: {\n    principalId: principalId\n    principalType: principalType\n")
                    .Append(withName.Contains(project) ? "    principalName: principalName\n" : string.Empty)
                    .Append("  }\n}\n");
            }

            return text.ToString();
        }

        /// <summary>FNV-1a of the text: the same name for the same project in every build.</summary>
        private static string StableHash(string text)
        {
            var hash = 2166136261u;
            foreach (var c in text)
            {
                hash = unchecked((hash ^ c) * 16777619u);
            }

            return hash.ToString("x8", CultureInfo.InvariantCulture);
        }

        private static IDisposable Lock(string path)
        {
            // Another project's build may hold it for the few milliseconds of its own merge.
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                }
                catch (IOException) when (attempt < 200)
                {
                    Thread.Sleep(50);
                }
            }
        }

        /// <summary>One project's part: its JSON (kept open to copy into the solution's), Markdown and Bicep.</summary>
        private sealed record Part(JsonDocument Document, string Markdown, string BicepPath, string Bicep) : IDisposable
        {
            public string ProjectPath => Document.RootElement.TryGetProperty("projectPath", out var path) ? path.GetString() ?? string.Empty : string.Empty;

            public static Part? Read(string jsonPath)
            {
                var markdownPath = Path.ChangeExtension(jsonPath, ".md");
                var bicepPath = Path.ChangeExtension(jsonPath, ".bicep");
                if (!File.Exists(markdownPath))
                {
                    return null;
                }

                JsonDocument document;
                try
                {
                    document = JsonDocument.Parse(File.ReadAllText(jsonPath));
                }
                catch (JsonException)
                {
                    // A part from another version of the package: the next build of its project rewrites it.
                    return null;
                }

                if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("findings", out _))
                {
                    document.Dispose();
                    return null;
                }

                return new Part(document, File.ReadAllText(markdownPath), bicepPath, File.Exists(bicepPath) ? File.ReadAllText(bicepPath) : string.Empty);
            }

            public void Dispose() => Document.Dispose();
        }
    }
}
