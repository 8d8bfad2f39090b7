namespace SecretlessAnalyzers.Common
{
    /// <summary>
    /// Where a secret sits when no rewrite of its own is safe, whatever the client: the default value of a parameter
    /// (callers elsewhere, even in other assemblies, may rely on it) or of a record's positional parameter. Every
    /// family asks this first; the reason goes to <see cref="DiagnosticProperties.FixBlocker"/> and the message
    /// (<see cref="FixBlockers.SharedNote"/>).
    /// </summary>
    public static class SecretCarriers
    {
        /// <summary>The shared fix blocker of the expression that holds a secret, or null. Syntax only.</summary>
        public static string? FixBlockerOf(ExpressionSyntax secret)
        {
            if (CandidateSyntax.WalkUpParentheses(secret).Parent is not EqualsValueClauseSyntax { Parent: ParameterSyntax parameter })
            {
                return null;
            }

            return parameter.Parent is ParameterListSyntax { Parent: RecordDeclarationSyntax }
                ? FixBlockers.RecordParameter
                : FixBlockers.DefaultParameterValue;
        }

        /// <summary>
        /// <see cref="FixBlockerOf"/>, or <see cref="FixBlockers.OptionsObject"/> when the secret is set inside an object
        /// initializer (<c>new WebProxy(...) { Credentials = new NetworkCredential("user", "...") }</c>,
        /// <c>new ServiceBusClientOptions { WebProxy = ... }</c>). For the rules that never rewrite (SL1011): the family
        /// rules rewrite clients created inside initializers, so they do not ask this.
        /// </summary>
        public static string? FixBlockerOfNamedLiteral(ExpressionSyntax secret)
        {
            if (FixBlockerOf(secret) is { } blocker)
            {
                return blocker;
            }

            // Up through the expression that holds the secret only (arguments, creations, assignments), never past a statement.
            for (SyntaxNode? node = secret.Parent; node is ExpressionSyntax or ArgumentSyntax or ArgumentListSyntax or InitializerExpressionSyntax; node = node.Parent)
            {
                if (node.IsKind(SyntaxKind.ObjectInitializerExpression))
                {
                    return FixBlockers.OptionsObject;
                }
            }

            return null;
        }
    }
}
