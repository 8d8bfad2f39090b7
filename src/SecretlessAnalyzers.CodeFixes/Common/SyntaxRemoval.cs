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
            var previous = node.GetFirstToken().GetPreviousToken();
            var next = node.GetLastToken().GetNextToken();
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
    }
}
