using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.CodeFixes.Common
{
    /// <summary>Registers the two credential actions of a secret fix, in the order <c>secretless.credential</c> asks for.</summary>
    public static class CredentialCodeFixes
    {
        /// <summary>
        /// Computes each rewrite up front and registers an action only when it exists: a fix never breaks the build.
        /// <paramref name="title"/> may replace the default title (for a fix that writes no credential object).
        /// </summary>
        /// <param name="kinds">The credential kinds to offer, first the one dotnet format applies; default: the two of <see cref="CredentialActions.InPreferredOrder"/>.</param>
        public static async Task RegisterAsync(
            CodeFixContext context,
            SecretRewrite rewrite,
            System.Func<CredentialKind, string?, string>? title = null,
            System.Func<CredentialOptions, System.Collections.Generic.IEnumerable<CredentialKind>>? kinds = null)
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
                foreach (var kind in kinds?.Invoke(options) ?? CredentialActions.InPreferredOrder(options))
                {
                    var fixedDocument = await rewrite(document, diagnostic.Location.SourceSpan, diagnostic.Properties, kind, context.CancellationToken).ConfigureAwait(false);
                    if (fixedDocument is null)
                    {
                        break;
                    }

                    context.RegisterCodeFix(
                        CodeAction.Create(
                            title?.Invoke(kind, role) ?? CredentialActions.Title(kind, role),
                            _ => Task.FromResult(fixedDocument),
                            CredentialActions.EquivalenceKey(kind)),
                        diagnostic);
                }
            }
        }
    }
}
