namespace SecretlessAnalyzers.Common
{
    /// <summary>
    /// What a rule family looks for before any semantic work: the words its secrets cannot be written without (searched
    /// for in each file's text), the filter a standalone literal must pass (length, '=', keyword), and the type names
    /// whose object creations can carry a key. Plus small syntactic helpers shared by the families.
    /// </summary>
    public sealed class CandidateSyntax
    {
        private readonly Func<string, bool> _mightContainSecret;

        /// <param name="mightContainSecret">The filter for a whole standalone literal (length, '=', keyword).</param>
        /// <param name="triggerWords">Words searched for, case-insensitively, in the file text; a string value is examined only when one of its literal parts contains one.</param>
        /// <param name="creationTypeNames">Identifiers the family examines: type names of object creations (credential types, clients with key overloads), or property names such as <c>Password</c>.</param>
        /// <param name="minimumLiteralLength">The shortest standalone literal that can hold the family's secret.</param>
        /// <param name="triggerWordsEndKeys">The trigger words end the connection-string keys the family's secrets follow (<c>Password=</c>): an occurrence counts only where it can end a key (<see cref="TextScan.MayEndKey"/>).</param>
        public CandidateSyntax(Func<string, bool> mightContainSecret, string[] triggerWords, string[] creationTypeNames, int minimumLiteralLength = 0, bool triggerWordsEndKeys = false)
        {
            TriggerWordsEndKeys = triggerWordsEndKeys;
            _mightContainSecret = mightContainSecret;
            MinimumLiteralLength = minimumLiteralLength;
            TriggerWords = triggerWords;
            CreationTypeNames = creationTypeNames;
        }

        public IReadOnlyList<string> TriggerWords { get; }

        public IReadOnlyList<string> CreationTypeNames { get; }

        /// <summary>Whether a trigger word counts only where it can end a connection-string key.</summary>
        public bool TriggerWordsEndKeys { get; }

        /// <summary>A standalone literal must pass the whole-value filter; concatenations and interpolations are folded first.</summary>
        public bool PassesLiteralFilter(ExpressionSyntax whole) =>
            whole is not LiteralExpressionSyntax literal || (literal.Token.ValueText.Length >= MinimumLiteralLength && _mightContainSecret(literal.Token.ValueText));

        /// <summary>The shortest standalone literal that can hold the family's secret.</summary>
        public int MinimumLiteralLength { get; }

        /// <summary>
        /// The argument that binds to a <c>string</c> parameter named one of <paramref name="names"/>, following
        /// named arguments; null when there is none.
        /// </summary>
        public static ArgumentSyntax? FindStringArgument(ArgumentListSyntax arguments, IMethodSymbol method, params string[] names)
        {
            for (var i = 0; i < arguments.Arguments.Count; i++)
            {
                var parameter = ArgumentBinding.ParameterAt(arguments, i, method);
                if (parameter is not null && Array.IndexOf(names, parameter.Name) >= 0 && parameter.Type.SpecialType == SpecialType.System_String)
                {
                    return arguments.Arguments[i];
                }
            }

            return null;
        }

        /// <summary>The outermost of the parentheses around <paramref name="expression"/> (itself when there are none).</summary>
        public static ExpressionSyntax WalkUpParentheses(ExpressionSyntax expression)
        {
            while (expression.Parent is ParenthesizedExpressionSyntax parenthesized)
            {
                expression = parenthesized;
            }

            return expression;
        }

        /// <summary>The simple name of the type an object creation names (<c>new A.B.C()</c>: <c>C</c>); null for <c>new(...)</c>.</summary>
        public static string? CreatedTypeName(BaseObjectCreationExpressionSyntax creation) =>
            creation is ObjectCreationExpressionSyntax { Type: var type }
                ? type switch
                {
                    QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                    SimpleNameSyntax simple => simple.Identifier.ValueText,
                    AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
                    _ => string.Empty,
                }
                : null;
    }
}
