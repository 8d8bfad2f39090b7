using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecretlessAnalyzers.Tokens
{
    /// <summary>
    /// How SL1010 and SL1011 find the string literals worth a look without a callback per literal: one pass over
    /// the file's text, and <c>FindToken</c> only where the text allows a finding. Each filter only rejects
    /// literals the rule would reject anyway, so the verdicts are those of looking at every literal.
    /// </summary>
    public static class LiteralScan
    {
        private static readonly char[] QuoteOrWhitespace = { '"', ' ', '\t', '\r', '\n' };

        /// <summary>
        /// Calls <paramref name="analyze"/> once for each string literal and each interpolated string whose source
        /// holds a signature of <see cref="KnownSecretSignatures"/>: the only ones where the detector can find a secret.
        /// </summary>
        public static void ForEachSignatureValue(SyntaxNode root, string text, Action<ExpressionSyntax> analyze, CancellationToken cancellationToken)
        {
            HashSet<SyntaxNode>? interpolations = null;
            var position = KnownSecretSignatures.IndexOf(text, 0);
            while (position >= 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var token = root.FindToken(position);
                var next = position + 1;
                if (token.Span.Contains(position))
                {
                    // Every later signature in this token belongs to the value just analyzed.
                    next = Math.Max(next, token.Span.End);
                    switch (token.Parent)
                    {
                        case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                            analyze(literal);
                            break;
                        case InterpolatedStringTextSyntax { Parent: InterpolatedStringExpressionSyntax interpolated }
                            when (interpolations ??= new HashSet<SyntaxNode>()).Add(interpolated):
                            // The detector looks at all text parts at once: the other parts need no second look.
                            analyze(interpolated);
                            break;
                    }
                }

                position = next < text.Length ? KnownSecretSignatures.IndexOf(text, next) : -1;
            }
        }

        /// <summary>
        /// Calls <paramref name="analyze"/> once for each string literal (regular, verbatim, raw; not UTF-8, not
        /// interpolated) whose value may have <paramref name="minLength"/> characters and no space: a value SL1011
        /// could call a secret. Most literals (messages, SQL, templates) are stopped by the text between their quotes
        /// without touching the syntax tree.
        /// </summary>
        public static void ForEachSecretLikeLiteral(SyntaxNode root, string text, int minLength, Action<LiteralExpressionSyntax> analyze, CancellationToken cancellationToken)
        {
            var done = 0;
            var quote = text.IndexOf('"');
            while (quote >= 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var stop = quote + 1 < text.Length ? text.IndexOfAny(QuoteOrWhitespace, quote + 1) : -1;
                if (quote >= done && MayOpenSecretLikeLiteral(text, quote, stop, minLength))
                {
                    var token = root.FindToken(quote);
                    if (token.Span.Contains(quote))
                    {
                        done = token.Span.End;
                        if (token.Parent is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
                        {
                            analyze(literal);
                        }
                    }
                }

                quote = stop < 0 ? -1 : text[stop] == '"' ? stop : stop + 1 < text.Length ? text.IndexOf('"', stop + 1) : -1;
            }
        }

        /// <summary>
        /// Whether a literal opened by the quote at <paramref name="quote"/> may hold a long enough value without a
        /// space. A regular or verbatim literal's value holds every character of its source up to the next quote
        /// (which closes it, or is an escaped quote that is in the value), and escapes only shorten it: a space or a
        /// tab before <paramref name="minLength"/> characters rules it out. A line end may close a literal being typed.
        /// A raw literal (<c>"""</c>) is always looked at: its value starts on the next line.
        /// </summary>
        private static bool MayOpenSecretLikeLiteral(string text, int quote, int stop, int minLength)
        {
            if (quote + 2 < text.Length && text[quote + 1] == '"' && text[quote + 2] == '"')
            {
                return true;
            }

            var end = stop < 0 ? text.Length : stop;
            if (end - quote - 1 < minLength)
            {
                return false;
            }

            return stop < 0 || text[stop] == '"' || text[stop] == '\r' || text[stop] == '\n';
        }
    }
}
