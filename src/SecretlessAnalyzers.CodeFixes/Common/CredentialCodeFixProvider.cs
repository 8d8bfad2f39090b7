namespace SecretlessAnalyzers.CodeFixes.Common
{
    /// <summary>
    /// The shape every credential fix shares: one action per credential kind, in the order of
    /// <c>secretless.credential</c>, each registered only when its rewrite is known to succeed, and Fix All through
    /// <see cref="SharedCredentialFixAllProvider"/>.
    /// </summary>
    public abstract class CredentialCodeFixProvider : CodeFixProvider
    {
        private readonly SecretRewrite _rewrite;

        /// <param name="diagnosticId">The rule the provider fixes.</param>
        /// <param name="rewrite">Rewrites one secret; returns null when no safe rewrite exists.</param>
        protected CredentialCodeFixProvider(string diagnosticId, SecretRewrite rewrite)
        {
            FixableDiagnosticIds = ImmutableArray.Create(diagnosticId);
            _rewrite = rewrite;
        }

        public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

        /// <summary>The credential kinds offered, first the one dotnet format applies.</summary>
        protected virtual IEnumerable<CredentialKind> Kinds(CredentialOptions options) => CredentialActions.InPreferredOrder(options);

        public sealed override FixAllProvider GetFixAllProvider() => SharedCredentialFixAllProvider.Create(_rewrite);

        public sealed override Task RegisterCodeFixesAsync(CodeFixContext context) =>
            CredentialCodeFixes.RegisterAsync(context, _rewrite, kinds: Kinds);
    }
}
