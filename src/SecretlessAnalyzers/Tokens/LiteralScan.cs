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
        public static void ForEachSecretLikeLiteral(SyntaxNode root, string text, Action<LiteralExpressionSyntax> analyze, CancellationToken cancellationToken) =>
            ForEachSecretLikeLiteral(root, text, default, analyze, cancellationToken);

        /// <summary>
        /// As above, and with <paramref name="secretWords"/> (not default) also skips the literals whose source shows
        /// for certain that SL1011's target name (<see cref="SecretTarget"/>) matches none of the words
        /// (<see cref="TargetTextRulesOut"/>): <c>v3 = "..."</c>, <c>Convert.FromBase64String("...")</c>.
        /// </summary>
        public static void ForEachSecretLikeLiteral(SyntaxNode root, string text, ImmutableArray<string> secretWords, Action<LiteralExpressionSyntax> analyze, CancellationToken cancellationToken)
        {
            var done = 0;
            var quote = text.IndexOf('"');
            while (quote >= 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var stop = quote + 1 < text.Length ? text.IndexOfAny(QuoteOrWhitespace, quote + 1) : -1;
                if (quote >= done && MayOpenSecretLikeLiteral(text, quote, stop)
                    && (secretWords.IsDefault || !TargetTextRulesOut(text, quote, stop, secretWords)))
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

        /// <summary>
        /// Whether the text around the literal opened at <paramref name="quote"/> and closed at <paramref name="stop"/>
        /// shows for certain that <see cref="SecretTarget.Find"/> finds no secret-named target, so the tree need not be
        /// asked. Only simple shapes on the literal's own line count, the literal followed by <c>; , ) }</c>:
        /// <c>name = "..."</c> (declaration, assignment, initializer, parameter default), <c>["key"] = "..."</c>,
        /// <c>name: "..."</c> (named argument; a conditional's branch has no target), <c>Call("..."</c> (first
        /// positional argument of a call whose name hints at no secret parameter, which is never bound) and
        /// <c>return "...";</c>. Anything else (comments, line breaks, casts, operators, other arguments, <c>new(</c>,
        /// non-ASCII or escaped names) is left to the tree. A quote that opens no literal is safe to skip: the tree
        /// finds nothing there, or a literal whose opening quote was already judged.
        /// </summary>
        internal static bool TargetTextRulesOut(string text, int quote, int stop, ImmutableArray<string> secretWords)
        {
            // Regular or verbatim literals closed on their line; a doubled quote ("" in a verbatim literal) is not the end.
            if (stop < 0 || text[stop] != '"' || (stop + 1 < text.Length && text[stop + 1] == '"'))
            {
                return false;
            }

            var after = SkipBlanksRight(text, stop + 1);
            var next = after < text.Length ? text[after] : '\0';
            if (next != ';' && next != ',' && next != ')' && next != '}')
            {
                return false;
            }

            var left = quote - 1;
            if (left >= 0 && text[left] == '@')
            {
                left--;
            }

            left = SkipBlanksLeft(text, left);
            if (left < 0)
            {
                return false;
            }

            switch (text[left])
            {
                case '=':
                    return IsSimpleAssignmentTarget(text, left, secretWords);
                case ':':
                    // A named argument gives its name; a conditional's branch (c ? a : "...") has no target at all.
                    return IdentifierBefore(text, left, out var start, out var length)
                        && SecretTarget.MatchSecretWord(text, start, length, secretWords) is null;
                case '(':
                    // The first positional argument: the parameter is bound only for call names hinting at a secret;
                    // after a keyword (if, return, await...) or in an attribute or base(...) call there is no target.
                    return (next == ',' || next == ')')
                        && IdentifierBefore(text, left, out start, out length)
                        && !(length == 3 && string.CompareOrdinal(text, start, "new", 0, 3) == 0)
                        && !SecretTarget.CallNameMayTakeSecret(text, start, length);
                default:
                    // return "...";
                    return next == ';' && IdentifierBefore(text, left + 1, out start, out length)
                        && length == 6 && string.CompareOrdinal(text, start, "return", 0, 6) == 0;
            }
        }

        /// <summary><c>name = "..."</c> or <c>["key"] = "..."</c>, the <c>=</c> at <paramref name="equals"/> not part of another operator.</summary>
        private static bool IsSimpleAssignmentTarget(string text, int equals, ImmutableArray<string> secretWords)
        {
            var end = SkipBlanksLeft(text, equals - 1);
            if (end < 0)
            {
                return false;
            }

            if (text[end] != ']')
            {
                return IdentifierBefore(text, equals, out var start, out var length)
                    && SecretTarget.MatchSecretWord(text, start, length, secretWords) is null;
            }

            // ["key"] = "...": the key is a regular literal without escapes, alone between the brackets.
            var close = end - 1;
            if (close < 1 || text[close] != '"')
            {
                return false;
            }

            var open = close - 1;
            while (open >= 0 && text[open] != '"')
            {
                if (text[open] == '\\' || text[open] == '\n' || text[open] == '\r')
                {
                    return false;
                }

                open--;
            }

            return open >= 1 && text[open - 1] == '['
                && SecretTarget.MatchSecretWord(text, open + 1, close - open - 1, secretWords) is null;
        }

        /// <summary>
        /// The ASCII identifier that ends, past blanks, right before <paramref name="position"/> (a leading <c>@</c>
        /// left out, as in its value); false when none does or when it may continue to the left (a non-ASCII letter,
        /// a unicode escape).
        /// </summary>
        private static bool IdentifierBefore(string text, int position, out int start, out int length)
        {
            var end = SkipBlanksLeft(text, position - 1) + 1;
            start = end;
            while (start > 0 && IsAsciiIdentifierPart(text[start - 1]))
            {
                start--;
            }

            length = end - start;
            if (length == 0 || char.IsDigit(text[start]))
            {
                return false;
            }

            var before = start - 1;
            if (before >= 0 && text[before] == '@')
            {
                before--;
            }

            return before < 0 || (text[before] < 128 && !IsAsciiIdentifierPart(text[before]) && text[before] != '\\' && text[before] != '@');
        }

        private static bool IsAsciiIdentifierPart(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';

        private static int SkipBlanksLeft(string text, int i)
        {
            while (i >= 0 && (text[i] == ' ' || text[i] == '\t'))
            {
                i--;
            }

            return i;
        }

        private static int SkipBlanksRight(string text, int i)
        {
            while (i < text.Length && (text[i] == ' ' || text[i] == '\t'))
            {
                i++;
            }

            return i;
        }
    }
}
