namespace SecretlessAnalyzers.Reporting.Baseline
{
    /// <summary>One baseline entry: rule, file and member say where; the fingerprint is what matches.</summary>
    public sealed record BaselineEntry(string Rule, string File, string Member, string Fingerprint);

    /// <summary>An SL* result of the log that carries a fingerprint.</summary>
    /// <param name="Entry">The result as a baseline entry.</param>
    /// <param name="Suppressed">Suppressed in source (<c>#pragma</c>, <c>[SuppressMessage]</c>) or by a suppressor.</param>
    public sealed record LoggedFinding(BaselineEntry Entry, bool Suppressed);
}
