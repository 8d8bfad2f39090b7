namespace SecretlessAnalyzers.CodeFixes.Common
{
    /// <summary>
    /// Fix All that returns a solution: the documents as the wrapped provider fixes them
    /// (<see cref="SharedCredentialFixAllProvider"/>: shared credential fields, the preferred credential without an
    /// equivalence key, all unchanged), then one <see cref="SolutionFollowUp"/> over every diagnostic of the changed
    /// documents (SL2001: each configuration file edited once, for all the keys fixed).
    /// </summary>
    public sealed class FollowUpFixAllProvider : FixAllProvider
    {
        private readonly FixAllProvider _documents;
        private readonly SolutionFollowUp _followUp;

        public FollowUpFixAllProvider(FixAllProvider documents, SolutionFollowUp followUp)
        {
            _documents = documents;
            _followUp = followUp;
        }

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => _documents.GetSupportedFixAllScopes();

        public override IEnumerable<string> GetSupportedFixAllDiagnosticIds(CodeFixProvider originalCodeFixProvider) =>
            _documents.GetSupportedFixAllDiagnosticIds(originalCodeFixProvider);

        public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            var documents = await _documents.GetFixAsync(fixAllContext).ConfigureAwait(false);
            return documents is null
                ? null
                : CodeAction.Create(documents.Title, cancellationToken => FixAsync(fixAllContext, documents, cancellationToken), documents.EquivalenceKey);
        }

        private async Task<Solution> FixAsync(FixAllContext context, CodeAction documents, CancellationToken cancellationToken)
        {
            var operations = await documents.GetOperationsAsync(cancellationToken).ConfigureAwait(false);
            var fixedSolution = operations.OfType<ApplyChangesOperation>().FirstOrDefault()?.ChangedSolution ?? context.Solution;

            // The diagnostics of the documents the fix changed (a diagnostic whose rewrite was turned down leaves its read
            // in place, which keeps the configuration entry: see ConfigurationFileRewrite).
            var fixedDiagnostics = new List<(Document Document, Diagnostic Diagnostic)>();
            foreach (var projectChanges in fixedSolution.GetChanges(context.Solution).GetProjectChanges())
            {
                foreach (var id in projectChanges.GetChangedDocuments())
                {
                    if (context.Solution.GetDocument(id) is not { } document)
                    {
                        continue;
                    }

                    foreach (var diagnostic in await context.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false))
                    {
                        if (context.DiagnosticIds.Contains(diagnostic.Id))
                        {
                            fixedDiagnostics.Add((document, diagnostic));
                        }
                    }
                }
            }

            return await _followUp(fixedSolution, fixedDiagnostics, cancellationToken).ConfigureAwait(false);
        }
    }
}
