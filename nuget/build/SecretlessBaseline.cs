// SecretlessAnalyzers baseline writer and checker: compiled by MSBuild's RoslynCodeTaskFactory from this file (see
// SecretlessAnalyzers.targets, docs/baseline.md). Kept apart from the migration report on purpose, so it can move
// into a compiled task project as it is. It reads the compiler's SARIF log (1.0 or 2.1) through the JSON reader of
// netstandard (JsonReaderWriterFactory maps JSON to XML), so it carries no JSON parser of its own.
// The log holds no secret: each SL* result carries only the salted fingerprint the analyzers computed, and the
// project-relative file and member it covers. So does the baseline this writes.
// The tests compile this file with SECRETLESS_BASELINE_LOGIC_ONLY: everything but the MSBuild task class.
#nullable enable
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.Serialization.Json;
using System.Text;
using System.Xml;
using System.Xml.Linq;
#if !SECRETLESS_BASELINE_LOGIC_ONLY
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
#endif

namespace SecretlessAnalyzers.BaselineTasks
{
#if !SECRETLESS_BASELINE_LOGIC_ONLY
    /// <summary>
    /// <c>Write=true</c>: records every unsuppressed SL* finding of the log in the baseline file.
    /// Otherwise: lists the baseline entries that no longer match any finding, so the baseline can shrink.
    /// </summary>
    public sealed class SecretlessBaseline : Task
    {
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
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or XmlException or FormatException)
            {
                Log.LogWarning("Secretless baseline: {0}", exception.Message);
                return true;
            }
        }
    }
#endif

    /// <summary>One baseline entry: rule, file and member say where; the fingerprint is what matches.</summary>
    public sealed class BaselineEntry
    {
        public BaselineEntry(string rule, string file, string member, string fingerprint)
        {
            Rule = rule;
            File = file;
            Member = member;
            Fingerprint = fingerprint;
        }

        public string Rule { get; }

        public string File { get; }

        public string Member { get; }

        public string Fingerprint { get; }
    }

    /// <summary>An SL* result of the log that carries a fingerprint.</summary>
    public sealed class LoggedFinding
    {
        public LoggedFinding(BaselineEntry entry, bool suppressed)
        {
            Entry = entry;
            Suppressed = suppressed;
        }

        public BaselineEntry Entry { get; }

        /// <summary>Suppressed in source (<c>#pragma</c>, <c>[SuppressMessage]</c>) or by a suppressor.</summary>
        public bool Suppressed { get; }
    }

    public static class BaselineLog
    {
        /// <summary>The SL* results of a SARIF 1.0 or 2.1 log that carry a fingerprint.</summary>
        public static List<LoggedFinding> Read(string sarif)
        {
            var findings = new List<LoggedFinding>();
            var root = JsonXml.Parse(sarif);
            foreach (var run in JsonXml.Items(JsonXml.Child(root, "runs")))
            {
                foreach (var result in JsonXml.Items(JsonXml.Child(run, "results")))
                {
                    var rule = JsonXml.Text(JsonXml.Child(result, "ruleId"));
                    var properties = JsonXml.Child(JsonXml.Child(result, "properties"), "customProperties");
                    var fingerprint = JsonXml.Text(JsonXml.Child(properties, "Fingerprint"));
                    if (rule is null || !rule.StartsWith("SL", StringComparison.Ordinal) || fingerprint is null)
                    {
                        continue;
                    }

                    var suppressed = JsonXml.Items(JsonXml.Child(result, "suppressions")).Any()
                        || JsonXml.Items(JsonXml.Child(result, "suppressionStates")).Any();
                    var entry = new BaselineEntry(
                        rule,
                        JsonXml.Text(JsonXml.Child(properties, "FingerprintFile")) ?? string.Empty,
                        JsonXml.Text(JsonXml.Child(properties, "FingerprintMember")) ?? string.Empty,
                        fingerprint);
                    findings.Add(new LoggedFinding(entry, suppressed));
                }
            }

            return findings;
        }

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

    /// <summary>The file format (docs/baseline.md). The analyzers validate it again before trusting it (SL1090).</summary>
    public static class BaselineDocument
    {
        public const string Tool = "SecretlessAnalyzers";
        public const string Version = "1";

        public static string Write(string salt, IReadOnlyList<BaselineEntry> entries)
        {
            var text = new StringBuilder();
            text.Append("{\n");
            text.Append("  \"tool\": ").Append(Quote(Tool)).Append(",\n");
            text.Append("  \"version\": ").Append(Quote(Version)).Append(",\n");
            text.Append("  \"algorithm\": ").Append(Quote("HMAC-SHA256(salt, rule \\n file \\n member \\n PBKDF2-HMAC-SHA1(value, salt, 10000))")).Append(",\n");
            text.Append("  \"salt\": ").Append(Quote(salt)).Append(",\n");
            text.Append("  \"entries\": [");
            for (var i = 0; i < entries.Count; i++)
            {
                var entry = entries[i];
                text.Append(i == 0 ? "\n" : ",\n");
                text.Append("    { \"rule\": ").Append(Quote(entry.Rule))
                    .Append(", \"file\": ").Append(Quote(entry.File))
                    .Append(", \"member\": ").Append(Quote(entry.Member))
                    .Append(", \"fingerprint\": ").Append(Quote(entry.Fingerprint))
                    .Append(" }");
            }

            text.Append(entries.Count == 0 ? "]\n" : "\n  ]\n");
            text.Append("}\n");
            return text.ToString();
        }

        /// <summary>The entries of a baseline of this tool, or null for anything else.</summary>
        public static List<BaselineEntry>? TryRead(string json)
        {
            XElement root;
            try
            {
                root = JsonXml.Parse(json);
            }
            catch (XmlException)
            {
                return null;
            }

            if (JsonXml.Text(JsonXml.Child(root, "tool")) != Tool)
            {
                return null;
            }

            return JsonXml.Items(JsonXml.Child(root, "entries"))
                .Select(e => new BaselineEntry(
                    JsonXml.Text(JsonXml.Child(e, "rule")) ?? string.Empty,
                    JsonXml.Text(JsonXml.Child(e, "file")) ?? string.Empty,
                    JsonXml.Text(JsonXml.Child(e, "member")) ?? string.Empty,
                    JsonXml.Text(JsonXml.Child(e, "fingerprint")) ?? string.Empty))
                .ToList();
        }

        // netstandard's JSON string escaping (quotes, backslashes, control characters; also <, >, &, ' as \u escapes).
        private static string Quote(string value) => System.Web.HttpUtility.JavaScriptStringEncode(value, addDoubleQuotes: true);
    }

    /// <summary>JSON read through netstandard's JSON-to-XML mapping: objects and arrays become elements.</summary>
    internal static class JsonXml
    {
        public static XElement Parse(string json)
        {
            using var reader = JsonReaderWriterFactory.CreateJsonReader(Encoding.UTF8.GetBytes(json), XmlDictionaryReaderQuotas.Max);
            return XElement.Load(reader);
        }

        // A JSON name that is no XML name is mapped to <item item="name">.
        public static XElement? Child(XElement? element, string name) =>
            element?.Elements().FirstOrDefault(e => (e.Attribute("item")?.Value ?? e.Name.LocalName) == name);

        public static IEnumerable<XElement> Items(XElement? array) =>
            array is not null && (string?)array.Attribute("type") == "array" ? array.Elements() : Enumerable.Empty<XElement>();

        public static string? Text(XElement? element) =>
            element is not null && (string?)element.Attribute("type") is null or "string" ? element.Value : null;
    }
}
