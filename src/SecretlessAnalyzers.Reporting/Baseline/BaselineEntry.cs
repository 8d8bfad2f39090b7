namespace SecretlessAnalyzers.Reporting.Baseline
{
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
}
