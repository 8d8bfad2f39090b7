using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecretlessAnalyzers.Common
{
    /// <summary>
    /// Visits each string value written in code exactly once: a standalone literal or interpolated string, or a whole
    /// concatenation (whose parts are not visited on their own). A concatenation of 50,000 parts is then examined
    /// once, in linear time, instead of once per part.
    /// </summary>
    public static class StringCandidates
    {
        /// <summary>The syntax kinds a string-scanning analyzer registers for.</summary>
        public static readonly SyntaxKind[] Kinds =
        {
            SyntaxKind.StringLiteralExpression,
            SyntaxKind.Utf8StringLiteralExpression,
            SyntaxKind.InterpolatedStringExpression,
            SyntaxKind.AddExpression,
        };

        /// <summary>
        /// The expression to examine for <paramref name="node"/>, or null when the node is part of a larger
        /// concatenation (the root of that concatenation is visited instead).
        /// </summary>
        public static ExpressionSyntax? GetCandidate(SyntaxNode node)
        {
            var parent = node.Parent;
            while (parent is ParenthesizedExpressionSyntax)
            {
                parent = parent.Parent;
            }

            return parent is not null && parent.IsKind(SyntaxKind.AddExpression) ? null : node as ExpressionSyntax;
        }

        /// <summary>
        /// True when some literal text of the candidate satisfies <paramref name="predicate"/>: the literals of a
        /// concatenation and the text parts of interpolated strings. Walks the left spine of a concatenation without
        /// allocating; only a parenthesized or nested right operand uses a stack.
        /// </summary>
        public static bool AnyText(ExpressionSyntax candidate, Func<string, bool> predicate)
        {
            Stack<ExpressionSyntax>? pending = null;
            ExpressionSyntax? current = candidate;
            while (current is not null)
            {
                switch (current)
                {
                    case ParenthesizedExpressionSyntax parenthesized:
                        current = parenthesized.Expression;
                        continue;
                    case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                        if (IsLeaf(binary.Right))
                        {
                            if (LeafMatches(binary.Right, predicate))
                            {
                                return true;
                            }
                        }
                        else
                        {
                            (pending ??= new Stack<ExpressionSyntax>()).Push(binary.Right);
                        }

                        current = binary.Left;
                        continue;
                    default:
                        if (LeafMatches(current, predicate))
                        {
                            return true;
                        }

                        current = pending is { Count: > 0 } ? pending.Pop() : null;
                        continue;
                }
            }

            return false;
        }

        private static bool IsLeaf(ExpressionSyntax expression) =>
            expression is not (ParenthesizedExpressionSyntax or BinaryExpressionSyntax);

        private static bool LeafMatches(ExpressionSyntax leaf, Func<string, bool> predicate)
        {
            switch (leaf)
            {
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.IsKind(SyntaxKind.Utf8StringLiteralExpression):
                    return predicate(literal.Token.ValueText);
                case InterpolatedStringExpressionSyntax interpolated:
                    foreach (var content in interpolated.Contents)
                    {
                        if (content is InterpolatedStringTextSyntax text && predicate(text.TextToken.ValueText))
                        {
                            return true;
                        }
                    }

                    return false;
                default:
                    return false;
            }
        }
    }
}
