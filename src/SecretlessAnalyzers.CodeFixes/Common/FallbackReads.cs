using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecretlessAnalyzers.Common;
using SecretlessAnalyzers.Credentials;
using SecretlessAnalyzers.Usage;

namespace SecretlessAnalyzers.CodeFixes.Common
{
    /// <summary>A secret literal given as the fallback of a configuration or environment read: <c>read ?? "secret"</c>.</summary>
    public sealed class FallbackRead
    {
        public FallbackRead(BinaryExpressionSyntax coalesce, string? configurationKey)
        {
            Coalesce = coalesce;
            ConfigurationKey = configurationKey;
        }

        /// <summary>The whole <c>read ?? "secret"</c>: what carries the secret to the client.</summary>
        public BinaryExpressionSyntax Coalesce { get; }

        /// <summary>The configuration key read on the left, null for an environment variable.</summary>
        public string? ConfigurationKey { get; }
    }

    public static class FallbackReads
    {
        /// <summary>The <c>read ?? secret</c> around <paramref name="secret"/>, when its left side reads configuration or the environment.</summary>
        public static FallbackRead? CoalesceAround(ExpressionSyntax secret, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            var outer = CandidateSyntax.WalkUpParentheses(secret);
            if (outer.Parent is not BinaryExpressionSyntax coalesce
                || !coalesce.IsKind(SyntaxKind.CoalesceExpression)
                || coalesce.Right != outer)
            {
                return null;
            }

            var source = SecretSource.Of(coalesce.Left, semanticModel, cancellationToken);
            return source.IsRead ? new FallbackRead(coalesce, source.ConfigurationKey) : null;
        }
    }
}
