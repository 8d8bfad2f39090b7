using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SecretlessAnalyzers.Reporting.Model;

namespace SecretlessAnalyzers.Reporting.Output
{
    /// <summary>The report for tools (schema <c>secretless-migration-report/1</c>).</summary>
    public static class JsonReportWriter
    {
        /// <summary>Indented, and text as it is ('…', '&lt;principal-id&gt;'): the file is read by people too, never put into HTML.</summary>
        internal static readonly JsonWriterOptions Options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        public static string Project(ProjectReport report) => Write(writer => WriteProject(writer, report));

        internal static string Write(System.Action<Utf8JsonWriter> write)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, Options))
            {
                write(writer);
            }

            return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
        }

        private static void WriteProject(Utf8JsonWriter writer, ProjectReport report)
        {
            writer.WriteStartObject();
            writer.WriteString("schema", ReportFiles.SchemaName);
            writer.WriteString("project", report.Project);
            writer.WriteString("projectPath", report.ProjectPath.Replace('\\', '/'));
            writer.WriteString("targetFramework", report.TargetFramework);
            writer.WriteNumber("suppressed", report.Suppressed);
            writer.WriteNumber("baselined", report.Baselined);

            Objects(writer, "findings", report.Findings, (w, finding) =>
            {
                w.WriteString("ruleId", finding.RuleId);
                w.WriteString("level", finding.Level);
                w.WriteString("title", finding.Title);
                w.WriteString("message", finding.Message);
                w.WriteString("file", finding.File);
                w.WriteNumber("line", finding.Line);
                w.WriteNumber("column", finding.Column);
                w.WriteString("redactedSecret", finding.RedactedSecret);
                w.WriteString("helpUri", finding.HelpUri);
                w.WriteStartObject("properties");
                foreach (var property in finding.Properties)
                {
                    w.WriteString(property.Key, property.Value);
                }

                w.WriteEndObject();
            });

            Objects(writer, "resources", report.Resources, (w, resource) =>
            {
                w.WriteString("service", resource.Service);
                w.WriteString("serviceId", resource.Facts?.Id);
                w.WriteString("grantKind", resource.GrantKind.ToString());
                w.WriteString("resource", resource.Resource);
                w.WriteString("kind", resource.Kind);
                Strings(w, "roles", resource.Roles);
                Strings(w, "roleNotes", resource.RoleNotes);
                w.WriteString("scope", resource.Scope);
                Objects(w, "grants", resource.Grants, (g, grant) =>
                {
                    g.WriteString("role", grant.Role);
                    g.WriteString("scope", grant.Scope);
                    g.WriteString("note", grant.Note);
                });
                w.WriteString("commandLanguage", resource.CommandLanguage);
                Strings(w, "commands", resource.Commands);
                Objects(w, "cutover", resource.Cutover, (c, step) =>
                {
                    c.WriteString("step", step.Name);
                    c.WriteString("text", step.Text);
                });
                Strings(w, "foundAt", resource.FoundAt);
            });

            Objects(writer, "configurationKeys", report.ConfigurationKeys, (w, key) =>
            {
                w.WriteString("key", key.Key);
                Strings(w, "files", key.Files);
                Strings(w, "readAt", key.ReadAt);
                w.WriteString("newSetting", key.NewSetting);
                w.WriteString("newValue", key.NewValue);
                Objects(w, "newSettings", key.NewSettings, (n, setting) =>
                {
                    n.WriteString("setting", setting.Setting);
                    n.WriteString("value", setting.Value);
                });
            });
            writer.WriteEndObject();
        }

        /// <summary>An array of objects, one per item, whose members <paramref name="write"/> writes.</summary>
        private static void Objects<T>(Utf8JsonWriter writer, string name, IEnumerable<T> items, System.Action<Utf8JsonWriter, T> write)
        {
            writer.WriteStartArray(name);
            foreach (var item in items)
            {
                writer.WriteStartObject();
                write(writer, item);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        private static void Strings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
        {
            writer.WriteStartArray(name);
            foreach (var value in values)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        }
    }
}
