using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecretlessAnalyzers.Usage;

namespace SecretlessAnalyzers.CodeFixes.Common
{
    /// <summary>
    /// A literal connection string as the fallback of a configuration read (<c>config["Bus"] ?? "Endpoint=..."</c>):
    /// the read stays and becomes the endpoint setting SL2001's fix reads (<c>config["Bus:FullyQualifiedNamespace"]</c>),
    /// the secret goes. When SL2001's rewrite does not apply (an environment variable, a client it does not know), the
    /// family's own rewrite runs: it treats the whole <c>read ?? literal</c> as the secret (see <see cref="FallbackReads"/>).
    /// </summary>
    public static class ConfigurationFallbackRewrite
    {
        public static SecretRewrite Around(SecretRewrite familyRewrite) =>
            async (document, span, properties, kind, cancellationToken) =>
            {
                if (await ReportedSecret.FindAsync(document, span, properties, cancellationToken).ConfigureAwait(false) is { } reported
                    && FallbackReads.CoalesceAround(reported.Expression, reported.SemanticModel, cancellationToken) is { } fallback
                    && fallback.ConfigurationKey is { } key
                    && reported.SemanticModel.GetConstantValue(reported.Expression, cancellationToken).Value is string text
                    && text.IndexOf('=') > 0)
                {
                    var marker = new SyntaxAnnotation();
                    var read = fallback.Coalesce.Left.WithTriviaFrom(fallback.Coalesce).WithAdditionalAnnotations(marker);
                    var credential = reported.Credential(document, kind);
                    var withoutSecret = document.WithSyntaxRoot(reported.Root.ReplaceNode(fallback.Coalesce, read));
                    var root = await withoutSecret.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                    var semanticModel = await withoutSecret.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                    if (root is not null && semanticModel is not null
                        && root.GetAnnotatedNodes(marker).FirstOrDefault() is ExpressionSyntax readNode
                        && await KeyBasedClientRewriter.RewriteReadAsync(withoutSecret, root, semanticModel, readNode, KeyBasedClients.ConnectionStringKind, key, credential, cancellationToken).ConfigureAwait(false) is { } rewritten)
                    {
                        return rewritten;
                    }
                }

                return await familyRewrite(document, span, properties, kind, cancellationToken).ConfigureAwait(false);
            };
    }
}
