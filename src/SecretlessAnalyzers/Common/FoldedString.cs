namespace SecretlessAnalyzers.Common
{
    /// <summary>
    /// A string value computed from source at analysis time. Parts only known at run time (a configuration lookup,
    /// a method call) are replaced by <see cref="Hole"/>, so a detector can tell a literal secret from one that is
    /// read at run time.
    /// </summary>
    public static class FoldedString
    {
        /// <summary>A non-character that stands for a run-time value inside a folded string.</summary>
        public const char Hole = '\uFFFF';

        public static bool HasHole(string value) => value.IndexOf(Hole) >= 0;
    }
}
