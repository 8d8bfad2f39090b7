using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using SecretlessAnalyzers.Reporting.Model;

namespace SecretlessAnalyzers.Reporting.Sarif
{
    /// <summary>The SL* results of a compiler SARIF log, version 1.0 (the compiler's default) or 2.1.</summary>
    public static class SarifReader
    {
        /// <summary>The baseline file the analyzers' BaselineSuppressor names in its justification.</summary>
        public const string BaselineFileName = "secretless.baseline.json";

        private static readonly JsonDocumentOptions Options = new JsonDocumentOptions { MaxDepth = 128 };

        /// <summary>
        /// The unsuppressed SL* findings sorted by place, how many SL* results the log marks suppressed in source or by
        /// a suppressor, and how many the baseline suppressor suppressed (counted apart, docs/baseline.md).
        /// </summary>
        /// <exception cref="FormatException">The log is not a JSON object.</exception>
        public static (List<Finding> Findings, int Suppressed, int Baselined) Read(string sarif, string projectDirectory)
        {
            var all = ReadAll(sarif, projectDirectory);
            var findings = all.Where(f => f.Suppression == FindingSuppression.None).ToList();
            findings.Sort((a, b) =>
            {
                var byFile = string.CompareOrdinal(a.File, b.File);
                return byFile != 0 ? byFile : a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column);
            });
            return (findings, all.Count(f => f.Suppression == FindingSuppression.Other), all.Count(f => f.Suppression == FindingSuppression.Baseline));
        }

        /// <summary>Every SL* result of the log in log order, suppressed ones included (the baseline writer needs those too).</summary>
        /// <exception cref="FormatException">The log is not a JSON object.</exception>
        public static List<Finding> ReadAll(string sarif, string projectDirectory)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(sarif, Options);
            }
            catch (JsonException exception)
            {
                throw new FormatException("The SARIF log is not valid JSON: " + exception.Message, exception);
            }

            using (document)
            {
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    throw new FormatException("The SARIF log is not a JSON object.");
                }

                var findings = new List<Finding>();
                foreach (var run in Array(document.RootElement, "runs"))
                {
                    var rules = RulesOf(run);
                    foreach (var result in Array(run, "results"))
                    {
                        var ruleId = String(result, "ruleId") ?? string.Empty;
                        if (IsSecretlessRule(ruleId))
                        {
                            var finding = ToFinding(result, ruleId, rules, projectDirectory);
                            finding.Suppression = SuppressionOf(result);
                            findings.Add(finding);
                        }
                    }
                }

                return findings;
            }
        }

        public static bool IsSecretlessRule(string ruleId) =>
            ruleId.Length == 6 && ruleId.StartsWith("SL", StringComparison.Ordinal) && ruleId.Skip(2).All(char.IsDigit);

        /// <summary>The redacted form <c>SecretRedaction</c> writes into messages: <c>'abcd…' (88 characters)</c>.</summary>
        public static string? RedactedSecretIn(string message)
        {
            var end = message.IndexOf(" characters)", StringComparison.Ordinal);
            if (end < 0)
            {
                return null;
            }

            var open = message.LastIndexOf("' (", end, StringComparison.Ordinal);
            var quote = open < 1 ? -1 : message.LastIndexOf('\'', open - 1);
            return quote < 0 ? null : message.Substring(quote, end + " characters)".Length - quote);
        }

        private static Dictionary<string, (string Title, string HelpUri)> RulesOf(JsonElement run)
        {
            var rules = new Dictionary<string, (string, string)>(StringComparer.Ordinal);

            // SARIF 2.1: tool.driver.rules[] with shortDescription.text; 1.0: rules{} keyed by id with a plain shortDescription.
            foreach (var rule in Array(Object(Object(run, "tool"), "driver"), "rules"))
            {
                rules[String(rule, "id") ?? string.Empty] = (String(Object(rule, "shortDescription"), "text") ?? string.Empty, String(rule, "helpUri") ?? string.Empty);
            }

            if (Object(run, "rules") is { } byId)
            {
                foreach (var entry in byId.EnumerateObject().Where(e => e.Value.ValueKind == JsonValueKind.Object))
                {
                    rules[entry.Name] = (String(entry.Value, "shortDescription") ?? string.Empty, String(entry.Value, "helpUri") ?? string.Empty);
                }
            }

            return rules;
        }

        /// <summary>
        /// 2.1 <c>suppressions</c> (in source, by a suppressor, or a baseline's external suppressions), 1.0
        /// <c>suppressionStates</c>. The baseline suppressor's justification names <see cref="BaselineFileName"/>; the
        /// compiler writes it as <c>justification</c> or inside <c>properties.suppressionType</c> (SARIF 1.0 carries neither).
        /// </summary>
        private static FindingSuppression SuppressionOf(JsonElement result)
        {
            if (Length(result, "suppressions") == 0 && Length(result, "suppressionStates") == 0)
            {
                return FindingSuppression.None;
            }

            var baselined = Array(result, "suppressions").Any(s =>
                (String(s, "justification") ?? string.Empty).Contains(BaselineFileName)
                || (String(Object(s, "properties"), "suppressionType") ?? string.Empty).Contains(BaselineFileName));
            return baselined ? FindingSuppression.Baseline : FindingSuppression.Other;
        }

        private static int Length(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? value.GetArrayLength() : 0;

        private static Finding ToFinding(JsonElement result, string ruleId, Dictionary<string, (string Title, string HelpUri)> rules, string projectDirectory)
        {
            var message = String(Object(result, "message"), "text") ?? String(result, "message") ?? string.Empty;
            rules.TryGetValue(ruleId, out var rule);
            var finding = new Finding
            {
                RuleId = ruleId,
                Level = String(result, "level") ?? "warning",
                Message = message,
                Title = rule.Title ?? string.Empty,
                HelpUri = rule.HelpUri ?? string.Empty,
                RedactedSecret = RedactedSecretIn(message),
            };

            var location = Array(result, "locations").FirstOrDefault();
            var physical = Object(location, "physicalLocation");
            var file = Object(physical, "artifactLocation") ?? Object(location, "resultFile");
            var region = Object(physical, "region") ?? Object(Object(location, "resultFile"), "region");
            finding.File = RelativePath(String(file, "uri"), projectDirectory);
            finding.Line = Int(region, "startLine") ?? 0;
            finding.Column = Int(region, "startColumn") ?? 0;

            if (Object(Object(result, "properties"), "customProperties") is { } properties)
            {
                foreach (var property in properties.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String))
                {
                    finding.Properties[property.Name] = property.Value.GetString()!;
                }
            }

            return finding;
        }

        private static string RelativePath(string? uri, string projectDirectory)
        {
            if (string.IsNullOrEmpty(uri))
            {
                return "(no location)";
            }

            var path = Uri.TryCreate(uri, UriKind.Absolute, out var absolute) && absolute.IsFile ? absolute.LocalPath : Uri.UnescapeDataString(uri!);
            if (!Path.IsPathRooted(path))
            {
                return path.Replace('\\', '/');
            }

            var directory = projectDirectory.TrimEnd('/', '\\') + Path.DirectorySeparatorChar;
            return (path.StartsWith(directory, StringComparison.OrdinalIgnoreCase) ? path.Substring(directory.Length) : path).Replace('\\', '/');
        }

        private static JsonElement? Object(JsonElement? element, string name) =>
            element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

        private static string? String(JsonElement? element, string name) =>
            element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        private static int? Int(JsonElement? element, string name) =>
            element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;

        private static IEnumerable<JsonElement> Array(JsonElement? element, string name) =>
            element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
                ? value.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.Object)
                : Enumerable.Empty<JsonElement>();
    }
}
