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

        private static readonly AsyncLocal<DeferredFinish?> Deferred = new AsyncLocal<DeferredFinish?>();

        /// <summary>
        /// Inside <see cref="RunDeferredAsync"/>: what the rewrite left for the fix-all to finish once for the whole
        /// document (the clean-up, the compile check and the removal of constants left unused are skipped). Null otherwise.
        /// </summary>
        public static DeferredFinish? DeferredWork => Deferred.Value;

        /// <summary>True inside <see cref="RunDeferredAsync"/>.</summary>
        public static bool IsDeferred => Deferred.Value is not null;

        /// <summary>
        /// Runs <paramref name="rewrite"/> with its finishing deferred: every check that can turn the rewrite down runs,
        /// as in <see cref="IsApplicableAsync"/>, and the rewritten document is returned unfinished (no clean-up, no
        /// compile check, unused constants only recorded), so a fix-all can merge the rewrites of one document and
        /// finish them together.
        /// </summary>
        public static async Task<(Document? Document, DeferredFinish Finish)> RunDeferredAsync(Func<Task<Document?>> rewrite)
        {
            var finish = new DeferredFinish();
            Deferred.Value = finish;
            return (await rewrite().ConfigureAwait(false), finish);
        }

        /// <summary>Whether <paramref name="rewrite"/> finds a safe rewrite, without finishing it.</summary>
        public static async Task<bool> IsApplicableAsync(Func<Task<Document?>> rewrite)
        {
            // Set inside this async method, the value flows into the rewrite and not back to the caller.
            CheckOnly.Value = true;
            return await rewrite().ConfigureAwait(false) is not null;
        }
    }

    /// <summary>What a rewrite run by <see cref="RewritePass.RunDeferredAsync"/> left to finish.</summary>
    public sealed class DeferredFinish
    {
        /// <summary>The constants, readonly fields and locals the rewrite would have removed once unused.</summary>
        public List<ISymbol> UnusedCandidates { get; } = new List<ISymbol>();
    }
}
