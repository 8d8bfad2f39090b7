using System;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretlessAnalyzers.Common
{
    /// <summary>
    /// The text pre-filter of the string rules: decides, without the semantic model, whether a literal or interpolated
    /// string is where a rule analyzes (and reports) a value, so a concatenation is analyzed once, at its first part
    /// that mentions the secret.
    /// </summary>
    public static class CandidateStrings
    {
        /// <summary>
        /// The whole expression (through concatenation and parentheses) to fold and analyze, or null when
        /// <paramref name="expression"/> is not the place. <paramref name="mentionsSecret"/> is the cheap keyword test
        /// for any part; a literal standing alone must also be <paramref name="minimumLength"/> long.
        /// </summary>
        public static ExpressionSyntax? WholeToAnalyze(ExpressionSyntax expression, Func<string, bool> mentionsSecret, int minimumLength)
        {
            if (!HasTrigger(expression, mentionsSecret, minimumLength))
            {
                return null;
            }

            var whole = StringExpressions.GetOutermost(expression);
            return whole == expression || IsFirstTriggerLeaf(whole, expression, mentionsSecret, minimumLength) ? whole : null;
        }

        /// <summary>
        /// For a literal or interpolated-string node action: the whole expression to analyze and its folded value, when
        /// the node passes the pre-filter and is the place to report (see <see cref="WholeToAnalyze"/>).
        /// </summary>
        public static bool TryFold(SyntaxNodeAnalysisContext context, Func<string, bool> mentionsSecret, int minimumLength, out ExpressionSyntax whole, out string value)
        {
            whole = WholeToAnalyze((ExpressionSyntax)context.Node, mentionsSecret, minimumLength)!;
            value = whole is null ? null! : StringExpressions.Fold(whole, context.SemanticModel, context.CancellationToken)!;
            return value is not null;
        }

        private static bool HasTrigger(ExpressionSyntax expression, Func<string, bool> mentionsSecret, int minimumLength)
        {
            if (expression is LiteralExpressionSyntax literal)
            {
                // A part of a concatenation may be as short as ";Password=": only the whole has to be long.
                var text = literal.Token.ValueText;
                var isPart = expression.Parent is BinaryExpressionSyntax or ParenthesizedExpressionSyntax;
                return (isPart || text.Length >= minimumLength) && mentionsSecret(text);
            }

            if (expression is InterpolatedStringExpressionSyntax interpolated)
            {
                foreach (var content in interpolated.Contents)
                {
                    if (content is InterpolatedStringTextSyntax text && mentionsSecret(text.TextToken.ValueText))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool IsFirstTriggerLeaf(ExpressionSyntax whole, ExpressionSyntax expression, Func<string, bool> mentionsSecret, int minimumLength)
        {
            foreach (var leaf in StringExpressions.GetConcatenationLeaves(whole))
            {
                if (leaf is LiteralExpressionSyntax literal ? mentionsSecret(literal.Token.ValueText) : HasTrigger(leaf, mentionsSecret, minimumLength))
                {
                    return leaf == expression;
                }
            }

            return false;
        }
    }
}
