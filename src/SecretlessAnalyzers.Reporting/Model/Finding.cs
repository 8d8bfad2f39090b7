using System;
using System.Collections.Generic;
using System.Globalization;

namespace SecretlessAnalyzers.Reporting.Model
{
    /// <summary>One SL* result of the compiler's log. Messages already show secrets redacted; properties never hold one.</summary>
    public sealed class Finding
    {
        public string RuleId { get; set; } = string.Empty;
        public string Level { get; set; } = string.Empty;
        public string Message { get; set; } = string.Empty;
        public string Title { get; set; } = string.Empty;
        public string HelpUri { get; set; } = string.Empty;
        public string File { get; set; } = string.Empty;
        public int Line { get; set; }
        public int Column { get; set; }
        public string? RedactedSecret { get; set; }
        public FindingSuppression Suppression { get; set; }
        public SortedDictionary<string, string> Properties { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal);

        public string? Property(string key) => Properties.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

        public string Where => Line > 0 ? File + ":" + Line.ToString(CultureInfo.InvariantCulture) + ":" + Column.ToString(CultureInfo.InvariantCulture) : File;

        public bool InSourceCode => File.EndsWith(".cs", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether the log marks a result suppressed, and by what.</summary>
    public enum FindingSuppression
    {
        None,

        /// <summary>In source (<c>#pragma</c>, <c>[SuppressMessage]</c>), by a suppressor other than the baseline's, or externally.</summary>
        Other,

        /// <summary>By the baseline suppressor: recorded in <c>secretless.baseline.json</c>.</summary>
        Baseline,
    }
}
