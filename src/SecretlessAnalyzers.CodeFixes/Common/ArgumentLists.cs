using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.CodeFixes.Common
{
    /// <summary>Replaces the arguments of a call while keeping the layout the user chose (one line or one per line).</summary>
    public static class ArgumentLists
    {
        public static ArgumentListSyntax Replace(ArgumentListSyntax original, IReadOnlyList<ExpressionSyntax> expressions)
        {
            var originalArguments = original.Arguments;
            var multiLine = originalArguments.Count > 1
                && originalArguments.GetSeparators().Any(s => s.TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia));
            var nodes = new List<ArgumentSyntax>();
            var separators = new List<SyntaxToken>();
            for (var i = 0; i < expressions.Count; i++)
            {
                var leading = i < originalArguments.Count
                    ? originalArguments[i].GetLeadingTrivia()
                    : multiLine ? originalArguments[originalArguments.Count - 1].GetLeadingTrivia() : default;
                // The last argument keeps what followed the old last one (a comment, the line break before ')'), even when the list grew.
                var trailing = i == expressions.Count - 1 && originalArguments.Count > 0
                    ? originalArguments[originalArguments.Count - 1].GetTrailingTrivia()
                    : default;
                nodes.Add(SyntaxFactory.Argument(expressions[i].WithoutTrivia()).WithLeadingTrivia(leading).WithTrailingTrivia(trailing));
                if (i < expressions.Count - 1)
                {
                    separators.Add(i < originalArguments.SeparatorCount
                        ? originalArguments.GetSeparator(i)
                        : multiLine
                            ? originalArguments.GetSeparator(originalArguments.SeparatorCount - 1)
                            : SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space));
                }
            }

            return original.WithArguments(SyntaxFactory.SeparatedList(nodes, separators));
        }

        /// <summary>Maps each argument to its parameter, following names; null when an argument has no parameter.</summary>
        public static Dictionary<ArgumentSyntax, IParameterSymbol>? ByParameter(ArgumentListSyntax list, IMethodSymbol method)
        {
            var map = new Dictionary<ArgumentSyntax, IParameterSymbol>();
            for (var i = 0; i < list.Arguments.Count; i++)
            {
                if (ArgumentBinding.ParameterAt(list, i, method) is not { } parameter)
                {
                    return null;
                }

                map[list.Arguments[i]] = parameter;
            }

            return map;
        }
    }
}
