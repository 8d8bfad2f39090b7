namespace SecretlessAnalyzers.Common
{
    /// <summary>Endpoints written as <c>new Uri("https://...")</c> (or target-typed <c>new("...")</c>) with a constant string.</summary>
    public static class UriArguments
    {
        public static Uri? ConstantUri(ExpressionSyntax expression, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            // A readonly field initialized in this file: private static readonly Uri Endpoint = new("https://...").
            if (expression is IdentifierNameSyntax or MemberAccessExpressionSyntax
                && semanticModel.GetSymbolInfo(expression, cancellationToken).Symbol is IFieldSymbol { IsReadOnly: true, DeclaringSyntaxReferences: { Length: 1 } references }
                && references[0].SyntaxTree == semanticModel.SyntaxTree
                && references[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: var initializer })
            {
                expression = initializer;
            }

            if (expression is not BaseObjectCreationExpressionSyntax { ArgumentList.Arguments: { Count: 1 } arguments } creation
                || CandidateSyntax.CreatedTypeName(creation) is not (null or "Uri")
                || semanticModel.GetConstantValue(arguments[0].Expression, cancellationToken) is not { HasValue: true, Value: string text }
                || !Uri.TryCreate(text, UriKind.Absolute, out var uri))
            {
                return null;
            }

            return semanticModel.GetTypeInfo(creation, cancellationToken).Type is { Name: "Uri", ContainingNamespace.Name: "System" } ? uri : null;
        }

        /// <summary>The first path segment (a container, queue, table or share name), or null.</summary>
        public static string? FirstSegment(Uri uri)
        {
            var path = uri.AbsolutePath.Trim('/');
            var slash = path.IndexOf('/');
            var segment = slash < 0 ? path : path.Substring(0, slash);
            return segment.Length == 0 ? null : Uri.UnescapeDataString(segment);
        }
    }
}
