using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

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
        /// <summary>Calls <paramref name="analyze"/> once for each string value whose literal text contains one of <paramref name="words"/>.</summary>
        public static void ForEachStringCandidate(
            SyntaxNode root,
            string text,
            IReadOnlyList<string> words,
            Action<ExpressionSyntax> analyze,
            CancellationToken cancellationToken)
        {
            HashSet<SyntaxNode>? seen = null;
            foreach (var word in words)
            {
                var position = text.IndexOf(word, StringComparison.OrdinalIgnoreCase);
                while (position >= 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var token = root.FindToken(position);
                    var next = Math.Max(token.Span.End, position + 1);
                    if (token.Span.Contains(position) && StringValueOf(token) is { } value)
                    {
                        seen ??= new HashSet<SyntaxNode>();
                        if (WholeValue(value, seen) is { } candidate)
                        {
                            analyze(candidate);
                        }
                    }

                    position = next < text.Length ? text.IndexOf(word, next, StringComparison.OrdinalIgnoreCase) : -1;
                }
            }
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
                    var token = root.FindToken(position);
                    if (token.IsKind(SyntaxKind.IdentifierToken) && token.SpanStart == position && token.ValueText == name)
                    {
                        onIdentifier(token);
                    }

                    var next = position + name.Length;
                    position = next < text.Length ? text.IndexOf(name, next, StringComparison.Ordinal) : -1;
                }
            }
        }

        /// <summary>
        /// Calls <paramref name="onCreation"/> for each creation written with one of <paramref name="typeNames"/>:
        /// <c>new T(...)</c> (also qualified), and the target-typed <c>new(...)</c> of a declaration <c>T x = new(...)</c>.
        /// </summary>
        public static void ForEachCreation(
            SyntaxNode root,
            string text,
            IReadOnlyList<string> typeNames,
            Action<BaseObjectCreationExpressionSyntax> onCreation,
            CancellationToken cancellationToken)
        {
            ForEachIdentifier(root, text, typeNames, name =>
            {
                SyntaxNode? type = name.Parent;
                while (type?.Parent is QualifiedNameSyntax or AliasQualifiedNameSyntax)
                {
                    type = type.Parent;
                }

                switch (type?.Parent)
                {
                    case ObjectCreationExpressionSyntax creation when creation.Type == type:
                        onCreation(creation);
                        break;
                    case VariableDeclarationSyntax declaration when declaration.Type == type:
                        foreach (var variable in declaration.Variables)
                        {
                            if (variable.Initializer?.Value is ImplicitObjectCreationExpressionSyntax implicitCreation)
                            {
                                onCreation(implicitCreation);
                            }
                        }

                        break;
                }
            }, cancellationToken);
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

                return current;
            }
        }
    }
}
