namespace SecretlessAnalyzers.Common
{
    /// <summary>
    /// The first filter of every rule: search the file's text for the words a secret needs (<c>AccountKey</c>,
    /// <c>sig=</c>, a credential type name...) and look at syntax only where a word occurs. Searching text is a
    /// vectorised scan; most files have no match and cost nothing more, with no callback per literal and no
    /// allocation. Each string value is visited once: a literal that is part of a concatenation is visited as the
    /// whole concatenation.
    /// </summary>
    public static class TextScan
    {
        /// <summary>
        /// Calls <paramref name="analyze"/> once for each string value whose literal text contains one of <paramref name="words"/>.
        /// With <paramref name="wordsEndKeys"/>, only occurrences that can end a connection-string key count: the word
        /// followed (after any white space) by '=', or by the end of its literal part ('"', an interpolation hole '{',
        /// an escape '\', the end of the text). A rule whose secrets sit after such a key (<c>Password=</c>,
        /// <c>AccessKey=</c>) still finds every value whose key name is written in its literal parts.
        /// </summary>
        public static void ForEachStringCandidate(
            SyntaxNode root,
            string text,
            IReadOnlyList<string> words,
            Action<ExpressionSyntax> analyze,
            CancellationToken cancellationToken,
            bool wordsEndKeys = false)
        {
            HashSet<SyntaxNode>? seen = null;

            // Spans of the values already handed out for earlier words: later matches inside them are skipped without
            // a FindToken, which costs the depth of the tree (large in a long concatenation). One word's matches come
            // in text order, so only the last span it found can hold its next match; its new spans are merged into
            // the sorted list once, after its search: no insertion into the middle of the list per value.
            List<TextSpan>? covered = null;
            List<TextSpan>? found = null;
            foreach (var word in words)
            {
                if (found is { Count: > 0 })
                {
                    covered = Merge(covered, found);
                    found.Clear();
                }

                var position = text.IndexOf(word, StringComparison.OrdinalIgnoreCase);
                while (position >= 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var next = position + 1;
                    if (wordsEndKeys && !MayEndKey(text, position + word.Length))
                    {
                        // "passwordPolicy", "Passwords need...", "apiKeyHeader": not the end of a key name.
                    }
                    else if ((found is { Count: > 0 } && found[found.Count - 1].Contains(position) ? found[found.Count - 1] : CoveringSpan(covered, position)) is { } done)
                    {
                        next = done.End;
                    }
                    else
                    {
                        var token = root.FindToken(position);
                        next = Math.Max(token.Span.End, next);
                        if (token.Span.Contains(position) && StringValueOf(token) is { } value)
                        {
                            seen ??= new HashSet<SyntaxNode>();
                            if (WholeValue(value, seen) is { } candidate)
                            {
                                (found ??= new List<TextSpan>()).Add(candidate.Span);
                                analyze(candidate);
                            }
                        }
                    }

                    position = next < text.Length ? text.IndexOf(word, next, StringComparison.OrdinalIgnoreCase) : -1;
                }
            }
        }

        /// <summary>
        /// Calls <paramref name="analyze"/> for each string literal whose value is one of <paramref name="values"/>
        /// (compared with the set's comparer). One walk over the file's quotes, whatever the number of values: the
        /// text between two consecutive quotes is looked up in the set only when its length can match, and the tree
        /// is asked only for a match or for text with an escape (whose value the tree decodes). Raw and verbatim
        /// literals hold their value between two of their quotes too.
        /// </summary>
        public static void ForEachStringLiteralIn(
            SyntaxNode root,
            string text,
            ISet<string> values,
            Action<LiteralExpressionSyntax> analyze,
            CancellationToken cancellationToken)
        {
            var lengths = new HashSet<int>();
            foreach (var value in values)
            {
                lengths.Add(value.Length);
            }

            LiteralExpressionSyntax? last = null;
            var quote = text.IndexOf('"');
            while (quote >= 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var next = quote + 1 < text.Length ? text.IndexOf('"', quote + 1) : -1;
                if (next < 0)
                {
                    break;
                }

                var length = next - quote - 1;
                var escaped = text.IndexOf('\\', quote + 1, length) >= 0;
                if ((escaped || lengths.Contains(length) && values.Contains(text.Substring(quote + 1, length)))
                    && root.FindToken(quote).Parent is LiteralExpressionSyntax literal
                    && literal.IsKind(SyntaxKind.StringLiteralExpression)
                    && literal != last
                    && values.Contains(literal.Token.ValueText))
                {
                    last = literal;
                    analyze(literal);
                }

                quote = next;
            }
        }

        /// <summary>Whether the text after a word, past white space, is '=' or the end of the literal part the word may be in.</summary>
        internal static bool MayEndKey(string text, int end)
        {
            while (end < text.Length && char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            return end >= text.Length || text[end] is '=' or '"' or '{' or '\\';
        }

        // Values never overlap, so the spans are kept sorted by start and searched by bisection.
        private static TextSpan? CoveringSpan(List<TextSpan>? spans, int position)
        {
            if (spans is null)
            {
                return null;
            }

            int low = 0, high = spans.Count - 1;
            while (low <= high)
            {
                var middle = (low + high) / 2;
                var span = spans[middle];
                if (span.Contains(position))
                {
                    return span;
                }

                if (position < span.Start)
                {
                    high = middle - 1;
                }
                else
                {
                    low = middle + 1;
                }
            }

            return null;
        }

        // Both lists are sorted by start and their spans do not overlap: one linear merge.
        private static List<TextSpan> Merge(List<TextSpan>? covered, List<TextSpan> found)
        {
            if (covered is null || covered.Count == 0)
            {
                return new List<TextSpan>(found);
            }

            var merged = new List<TextSpan>(covered.Count + found.Count);
            int i = 0, j = 0;
            while (i < covered.Count || j < found.Count)
            {
                merged.Add(j >= found.Count || (i < covered.Count && covered[i].Start <= found[j].Start) ? covered[i++] : found[j++]);
            }

            return merged;
        }

        /// <summary>Calls <paramref name="onIdentifier"/> for each identifier token (not in a comment or string) equal to one of <paramref name="names"/>.</summary>
        public static void ForEachIdentifier(
            SyntaxNode root,
            string text,
            IReadOnlyList<string> names,
            Action<SyntaxToken> onIdentifier,
            CancellationToken cancellationToken)
        {
            foreach (var name in names)
            {
                var position = text.IndexOf(name, StringComparison.Ordinal);
                while (position >= 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();

                    // An identifier equal to the name starts and ends where the name does: "Passwords" or
                    // "dbPassword" cannot be one, so they cost no FindToken.
                    if (IsWholeWord(text, position, name.Length))
                    {
                        var token = root.FindToken(position);
                        if (token.IsKind(SyntaxKind.IdentifierToken) && token.SpanStart == position && token.ValueText == name)
                        {
                            onIdentifier(token);
                        }
                    }

                    var next = position + name.Length;
                    position = next < text.Length ? text.IndexOf(name, next, StringComparison.Ordinal) : -1;
                }
            }
        }

        /// <summary>
        /// Whether the text at <paramref name="start"/> can be the whole of an identifier token: no letter, digit or
        /// '_' touches it (the lexer would have made one longer identifier), nor the '@' of a verbatim identifier or
        /// the '\' of a Unicode escape. (Formatting characters, which an identifier may hold without them counting in
        /// its value, are not letters: the token is still looked up.)
        /// </summary>
        internal static bool IsWholeWord(string text, int start, int length)
        {
            var end = start + length;
            if (start > 0 && (IsWordCharacter(text[start - 1]) || text[start - 1] is '@' or '\\'))
            {
                return false;
            }

            return end >= text.Length || !(IsWordCharacter(text[end]) || text[end] == '\\');
        }

        private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c == '_';

        /// <summary>
        /// Calls <paramref name="onCreation"/> for each creation written with one of <paramref name="typeNames"/>:
        /// <c>new T(...)</c> (also qualified), and the target-typed <c>new(...)</c> of a declaration <c>T x = new(...)</c>.
        /// </summary>
        public static void ForEachCreation(
            SyntaxNode root,
            string text,
            IReadOnlyList<string> typeNames,
            Action<BaseObjectCreationExpressionSyntax> onCreation,
            CancellationToken cancellationToken) =>
            ForEachIdentifier(
                root,
                text,
                typeNames,
                name =>
                {
                    foreach (var creation in CreationsOfType(name))
                    {
                        onCreation(creation);
                    }
                },
                cancellationToken);

        /// <summary>
        /// Calls <paramref name="onIdentifier"/> for each identifier token (not in a comment or string) that contains
        /// <paramref name="word"/> and is one of <paramref name="names"/>: one text search for many names that share a
        /// word (<c>Client</c>), instead of one search per name.
        /// </summary>
        public static void ForEachIdentifierContaining(
            SyntaxNode root,
            string text,
            string word,
            ISet<string> names,
            Action<SyntaxToken> onIdentifier,
            CancellationToken cancellationToken)
        {
            var position = text.IndexOf(word, StringComparison.Ordinal);
            while (position >= 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var token = root.FindToken(position);
                var next = Math.Max(position + word.Length, token.Span.End);
                if (token.IsKind(SyntaxKind.IdentifierToken) && token.Span.Contains(position) && names.Contains(token.ValueText))
                {
                    onIdentifier(token);
                }

                position = next < text.Length ? text.IndexOf(word, next, StringComparison.Ordinal) : -1;
            }
        }

        /// <summary>
        /// The object creations a type name token stands for: <c>new Name(...)</c>, or the target-typed
        /// <c>new(...)</c> initializers of a declaration <c>Name x = new(...)</c>.
        /// </summary>
        public static IEnumerable<BaseObjectCreationExpressionSyntax> CreationsOfType(SyntaxToken name)
        {
            SyntaxNode? type = name.Parent;
            while (type?.Parent is QualifiedNameSyntax or AliasQualifiedNameSyntax)
            {
                type = type.Parent;
            }

            switch (type?.Parent)
            {
                case ObjectCreationExpressionSyntax creation when creation.Type == type:
                    yield return creation;
                    break;
                case VariableDeclarationSyntax declaration when declaration.Type == type:
                    foreach (var variable in declaration.Variables)
                    {
                        if (variable.Initializer?.Value is ImplicitObjectCreationExpressionSyntax implicitCreation)
                        {
                            yield return implicitCreation;
                        }
                    }

                    break;
            }
        }

        /// <summary>The string expression a token belongs to: a literal, or the interpolated string of a text part.</summary>
        private static ExpressionSyntax? StringValueOf(SyntaxToken token)
        {
            switch (token.Kind())
            {
                case SyntaxKind.StringLiteralToken:
                case SyntaxKind.Utf8StringLiteralToken:
                case SyntaxKind.SingleLineRawStringLiteralToken:
                case SyntaxKind.MultiLineRawStringLiteralToken:
                case SyntaxKind.Utf8SingleLineRawStringLiteralToken:
                case SyntaxKind.Utf8MultiLineRawStringLiteralToken:
                    return token.Parent as LiteralExpressionSyntax;
                case SyntaxKind.InterpolatedStringTextToken:
                    return token.Parent?.Parent as InterpolatedStringExpressionSyntax;
                default:
                    return null;
            }
        }

        /// <summary>
        /// The whole value a string expression is part of (the root of its concatenation), or null when that root was
        /// already visited. Climbing stops at the first visited node, so all parts of one concatenation together
        /// cost time linear in its size.
        /// </summary>
        private static ExpressionSyntax? WholeValue(ExpressionSyntax expression, HashSet<SyntaxNode> seen)
        {
            var current = expression;
            while (true)
            {
                if (!seen.Add(current))
                {
                    return null;
                }

                var parent = current.Parent;
                while (parent is ParenthesizedExpressionSyntax)
                {
                    parent = parent.Parent;
                }

                if (parent is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.AddExpression))
                {
                    current = binary;
                    continue;
                }

                // A part of string.Concat(...) / string.Format(...): the call is the value.
                if (parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } } && StringExpressions.StringMethod(call) is not null)
                {
                    current = call;
                    continue;
                }

                return current;
            }
        }
    }
}
