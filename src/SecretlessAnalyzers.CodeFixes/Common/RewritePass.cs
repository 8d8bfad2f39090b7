namespace SecretlessAnalyzers.CodeFixes.Common
{
    /// <summary>
    /// Lets a fix be registered without being computed. <see cref="IsApplicableAsync"/> runs a rewrite in check-only
    /// mode: everything that decides whether a safe rewrite exists (the reported expression, the uses of the secret,
    /// overload binding of every rewritten call) runs; the costly finishing that never turns a rewrite down
    /// (<see cref="FixCleanup"/>: imports, simplification, formatting) and the whole-document compile check
    /// (<see cref="FixVerification"/>) are skipped. The action computes the full rewrite when it is invoked.
    /// </summary>
    public static class RewritePass
    {
        private static readonly AsyncLocal<bool> CheckOnly = new AsyncLocal<bool>();

        /// <summary>True inside <see cref="IsApplicableAsync"/> (flows through awaits into the rewrite it runs).</summary>
        public static bool IsCheckOnly => CheckOnly.Value;

        /// <summary>Whether <paramref name="rewrite"/> finds a safe rewrite, without finishing it.</summary>
        public static async Task<bool> IsApplicableAsync(Func<Task<Document?>> rewrite)
        {
            // Set inside this async method, the value flows into the rewrite and not back to the caller.
            CheckOnly.Value = true;
            return await rewrite().ConfigureAwait(false) is not null;
        }
    }
}
