namespace SecretlessAnalyzers.CodeFixes.Common
{
    /// <summary>
    /// The last guard of a fix: the rewritten document has no compiler error the original did not have (a changed
    /// variable type, a member the new credential lacks...). Speculative binding checks the rewritten call; this
    /// checks everything around it.
    /// </summary>
    public static class FixVerification
    {
        public static async Task<Document?> KeepIfItCompilesAsync(Document original, Document rewritten, CancellationToken cancellationToken)
        {
            // Deferred: the fix-all checks the whole merged document once.
            if (RewritePass.IsCheckOnly || RewritePass.IsDeferred)
            {
                return rewritten;
            }

            var before = await ErrorCountAsync(original, cancellationToken).ConfigureAwait(false);
            var after = await ErrorCountAsync(rewritten, cancellationToken).ConfigureAwait(false);
            return after <= before ? rewritten : null;
        }

        private static async Task<int> ErrorCountAsync(Document document, CancellationToken cancellationToken)
        {
            var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            return semanticModel is null
                ? int.MaxValue
                : semanticModel.GetDiagnostics(cancellationToken: cancellationToken).Count(d => d.Severity == DiagnosticSeverity.Error);
        }
    }
}
