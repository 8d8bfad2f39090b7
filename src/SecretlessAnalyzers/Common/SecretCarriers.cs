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
    }
}
