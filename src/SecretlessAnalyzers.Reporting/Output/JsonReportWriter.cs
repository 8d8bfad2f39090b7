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

            writer.WriteStartArray("findings");
            foreach (var finding in report.Findings)
            {
                writer.WriteStartObject();
                writer.WriteString("ruleId", finding.RuleId);
                writer.WriteString("level", finding.Level);
                writer.WriteString("title", finding.Title);
                writer.WriteString("message", finding.Message);
                writer.WriteString("file", finding.File);
                writer.WriteNumber("line", finding.Line);
                writer.WriteNumber("column", finding.Column);
                writer.WriteString("redactedSecret", finding.RedactedSecret);
                writer.WriteString("helpUri", finding.HelpUri);
                writer.WriteStartObject("properties");
                foreach (var property in finding.Properties)
                {
                    writer.WriteString(property.Key, property.Value);
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();

            writer.WriteStartArray("resources");
            foreach (var resource in report.Resources)
            {
                writer.WriteStartObject();
                writer.WriteString("service", resource.Service);
                writer.WriteString("serviceId", resource.Facts?.Id);
                writer.WriteString("grantKind", resource.GrantKind.ToString());
                writer.WriteString("resource", resource.Resource);
                writer.WriteString("kind", resource.Kind);
                Strings(writer, "roles", resource.Roles);
                Strings(writer, "roleNotes", resource.RoleNotes);
                writer.WriteString("scope", resource.Scope);
                writer.WriteStartArray("grants");
                foreach (var grant in resource.Grants)
                {
                    writer.WriteStartObject();
                    writer.WriteString("role", grant.Role);
                    writer.WriteString("scope", grant.Scope);
                    writer.WriteString("note", grant.Note);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteString("commandLanguage", resource.CommandLanguage);
                Strings(writer, "commands", resource.Commands);
                writer.WriteStartArray("cutover");
                foreach (var step in resource.Cutover)
                {
                    writer.WriteStartObject();
                    writer.WriteString("step", step.Name);
                    writer.WriteString("text", step.Text);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                Strings(writer, "foundAt", resource.FoundAt);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();

            writer.WriteStartArray("configurationKeys");
            foreach (var key in report.ConfigurationKeys)
            {
                writer.WriteStartObject();
                writer.WriteString("key", key.Key);
                Strings(writer, "files", key.Files);
                Strings(writer, "readAt", key.ReadAt);
                writer.WriteString("newSetting", key.NewSetting);
                writer.WriteString("newValue", key.NewValue);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
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
