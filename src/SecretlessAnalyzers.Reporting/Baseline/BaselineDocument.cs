using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace SecretlessAnalyzers.Reporting.Baseline
{
    /// <summary>
    /// The file format (docs/baseline.md): one entry a line, so the file diffs well. The analyzers validate it again
    /// before trusting it (SL1090).
    /// </summary>
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
            try
            {
                using var document = JsonDocument.Parse(json);
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object || String(root, "tool") != Tool)
                {
                    return null;
                }

                if (!root.TryGetProperty("entries", out var entries) || entries.ValueKind != JsonValueKind.Array)
                {
                    return new List<BaselineEntry>();
                }

                return entries.EnumerateArray()
                    .Where(e => e.ValueKind == JsonValueKind.Object)
                    .Select(e => new BaselineEntry(String(e, "rule") ?? string.Empty, String(e, "file") ?? string.Empty, String(e, "member") ?? string.Empty, String(e, "fingerprint") ?? string.Empty))
                    .ToList();
            }
            catch (JsonException)
            {
                return null;
            }
        }

        private static string? String(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        // System.Text.Json's string escaping (quotes, backslashes, control characters, and HTML-sensitive and non-ASCII characters as \u escapes).
        private static string Quote(string value) => "\"" + JsonEncodedText.Encode(value).ToString() + "\"";
    }
}
