namespace SecretlessAnalyzers.CodeFixes.Common
{
    /// <summary>
    /// Removes a declaration without leaving a blank line at the top of the block or type it was in, nor two blank
    /// lines where a member inserted before it (the shared credential field) already ends with one.
    /// </summary>
    public static class SyntaxRemoval
    {
        public static SyntaxNode Remove(SyntaxNode root, SyntaxNode node)
        {
            var marker = new SyntaxAnnotation();
            var previous = PreviousToken(root, node);
            var next = NextToken(root, node);
            root = root.ReplaceNode(node, node.WithAdditionalAnnotations(marker));
            var blankLineBefore = previous.IsKind(SyntaxKind.OpenBraceToken)
                || previous.TrailingTrivia.Count(t => t.IsKind(SyntaxKind.EndOfLineTrivia)) >= 2;
            if (blankLineBefore && next.LeadingTrivia.FirstOrDefault().IsKind(SyntaxKind.EndOfLineTrivia))
            {
                var nextInRoot = root.FindToken(root.GetAnnotatedNodes(marker).First().FullSpan.End);
                if (nextInRoot.RawKind == next.RawKind)
                {
                    root = root.ReplaceToken(nextInRoot, nextInRoot.WithLeadingTrivia(nextInRoot.LeadingTrivia.Skip(1)));
                }
            }

            return root.RemoveNode(root.GetAnnotatedNodes(marker).First(), SyntaxRemoveOptions.KeepNoTrivia) ?? root;
        }

        // The tokens either side of the node, found by position: one path down the tree. GetPreviousToken and
        // GetNextToken enumerate the node's siblings, which for a member of a type of N members costs N (more on a tree
        // just rewritten, whose nodes are not yet built), and a fix-all removes one declaration per finding.
        private static SyntaxToken PreviousToken(SyntaxNode root, SyntaxNode node)
        {
            var start = node.FullSpan.Start;
            var token = start > root.FullSpan.Start ? root.FindToken(start - 1) : default;
            return token.Span.Length > 0 && token.FullSpan.End == start ? token : node.GetFirstToken().GetPreviousToken();
        }

        private static SyntaxToken NextToken(SyntaxNode root, SyntaxNode node)
        {
            var end = node.FullSpan.End;
            var token = end < root.FullSpan.End ? root.FindToken(end) : default;
            return token.Span.Length > 0 && token.FullSpan.Start == end ? token : node.GetLastToken().GetNextToken();
        }
    }
}
