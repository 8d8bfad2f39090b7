using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.CodeFixes.Common
{
    /// <summary>
    /// The fix every secret rule offers: two actions, DefaultAzureCredential and ManagedIdentityCredential, in the order
    /// <c>secretless.credential</c> asks for (IDEs show the first on top and <c>dotnet format</c> applies it), each
    /// registered only when its rewrite exists; Fix All through <see cref="SharedCredentialFixAllProvider"/>.
    /// </summary>
    public abstract class SecretCodeFixProvider : CodeFixProvider
    {
        private readonly SecretRewrite _rewrite;

        protected SecretCodeFixProvider(string diagnosticId, SecretRewrite rewrite)
        {
            FixableDiagnosticIds = ImmutableArray.Create(diagnosticId);
            _rewrite = rewrite;
        }

        public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

        public sealed override FixAllProvider GetFixAllProvider() => SharedCredentialFixAllProvider.Create(_rewrite);

        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var document = context.Document;
            var tree = await document.GetSyntaxTreeAsync(context.CancellationToken).ConfigureAwait(false);
            if (tree is null)
            {
                return;
            }

            var options = CredentialOptions.For(document, tree);
            foreach (var diagnostic in context.Diagnostics)
            {
                diagnostic.Properties.TryGetValue(DiagnosticProperties.Role, out var role);
                foreach (var kind in CredentialActions.InPreferredOrder(options))
                {
                    // Offer an action only when the rewrite is known to succeed: a fix never breaks the build.
                    var fixedDocument = await _rewrite(document, diagnostic.Location.SourceSpan, diagnostic.Properties, kind, context.CancellationToken).ConfigureAwait(false);
                    if (fixedDocument is null)
                    {
                        break;
                    }

                    context.RegisterCodeFix(
                        CodeAction.Create(
                            CredentialActions.Title(kind, role),
                            _ => Task.FromResult(fixedDocument),
                            CredentialActions.EquivalenceKey(kind)),
                        diagnostic);
                }
            }
        }
    }
}
