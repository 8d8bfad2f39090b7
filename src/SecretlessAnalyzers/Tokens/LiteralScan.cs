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
        /// interpolated) whose value may pass SL1011's value tests (<see cref="SecretNames.MayBeSecretLiteral"/>).
        /// Most literals (messages, SQL, URLs, names, GUIDs) are judged by the text between their quotes, without
        /// touching the syntax tree.
        /// </summary>
        public static void ForEachSecretLikeLiteral(SyntaxNode root, string text, Action<LiteralExpressionSyntax> analyze, CancellationToken cancellationToken)
        {
            var done = 0;
            var quote = text.IndexOf('"');
            while (quote >= 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var stop = quote + 1 < text.Length ? text.IndexOfAny(QuoteOrWhitespace, quote + 1) : -1;
                if (quote >= done && MayOpenSecretLikeLiteral(text, quote, stop))
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
        /// Whether a literal opened by the quote at <paramref name="quote"/> may hold a value SL1011 looks at; every
        /// quote of the file is asked, so each literal is asked about its opening quote. A regular or verbatim
        /// literal's value holds every character of its source up to the next quote (which closes it, or is an
        /// escaped quote that is in the value, which rules it out): a space or a tab there is in the value, and
        /// without a backslash those characters are the whole value. A line end may close a literal being typed; a
        /// raw literal (<c>"""</c>) has its value on the next lines: both are looked at.
        /// </summary>
        private static bool MayOpenSecretLikeLiteral(string text, int quote, int stop)
        {
            if (quote + 2 < text.Length && text[quote + 1] == '"' && text[quote + 2] == '"')
            {
                return true;
            }

            var start = quote + 1;
            var length = (stop < 0 ? text.Length : stop) - start;
            if (length < SecretNames.MinimumValueLength)
            {
                return false;
            }

            if (stop < 0 || text[stop] == '\r' || text[stop] == '\n')
            {
                return true;
            }

            if (text[stop] != '"')
            {
                return false;
            }

            var backslash = text.IndexOf('\\', start, length);
            return backslash < 0 ? SecretNames.MayBeSecretLiteral(text, start, length) : MayBeEscapedSecret(text, backslash, start + length);
        }

        /// <summary>
        /// A value written with escapes: a backslash before a quote, another backslash or a control character's letter
        /// leaves a quote, a backslash or a control character in the value (or the literal is verbatim and keeps the
        /// backslash), which SL1011 never calls a secret. Other escapes (<c>\u0041</c>, <c>\x41</c>, <c>\'</c>, and
        /// <c>\e</c>, valid only from C# 13) may spell anything: the value itself is judged.
        /// </summary>
        private static bool MayBeEscapedSecret(string text, int backslash, int end)
        {
            for (var i = backslash; i < end; i++)
            {
                if (text[i] == '\\' && (i + 1 == end || "\\nrt0abfv".IndexOf(text[i + 1]) >= 0))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
