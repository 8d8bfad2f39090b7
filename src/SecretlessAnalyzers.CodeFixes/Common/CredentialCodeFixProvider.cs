using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
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
        /// <param name="writesCredential">Whether the fix of a diagnostic writes a credential that a shared field can replace (null: all do).</param>
        /// <param name="followUp">What the fix changes beyond the rewritten documents (SL2001: configuration files), in a single fix and in Fix All.</param>
        protected CredentialCodeFixProvider(string diagnosticId, SecretRewrite rewrite, Func<Diagnostic, bool>? writesCredential = null, SolutionFollowUp? followUp = null)
        {
            FixableDiagnosticIds = ImmutableArray.Create(diagnosticId);
            _rewrite = rewrite;
            _writesCredential = writesCredential;
            _followUp = followUp;
        }

        private readonly Func<Diagnostic, bool>? _writesCredential;

        private readonly SolutionFollowUp? _followUp;

        public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

        /// <summary>The credential kinds offered, first the one dotnet format applies.</summary>
        protected virtual IEnumerable<CredentialKind> Kinds(CredentialOptions options) => CredentialActions.InPreferredOrder(options);

        public sealed override FixAllProvider GetFixAllProvider() => _followUp is null
            ? SharedCredentialFixAllProvider.Create(_rewrite, _writesCredential)
            : new FollowUpFixAllProvider(SharedCredentialFixAllProvider.Create(_rewrite, _writesCredential), _followUp);

        public sealed override Task RegisterCodeFixesAsync(CodeFixContext context) =>
            CredentialCodeFixes.RegisterAsync(context, _rewrite, kinds: Kinds, followUp: _followUp);
    }
}
