using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.Tokens
{
    /// <summary>
    /// The name a literal is given to: a variable, field, property, parameter default, named or positional argument,
    /// dictionary or configuration key, collection-initializer pair, comparison, or the variable/key of an
    /// <c>Environment.GetEnvironmentVariable("X") ?? "literal"</c> fallback. Syntax first; the semantic model only
    /// for positional arguments, and only once the value passed the cheap checks.
    /// </summary>
    public static class SecretTarget
    {
        /// <summary>The first candidate name that matches a secret word, with the word; null when none does.</summary>
        public static (string Name, string Word)? Find(LiteralExpressionSyntax literal, ImmutableArray<string> secretWords, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            foreach (var name in CandidateNames(literal, semanticModel, cancellationToken))
            {
                var word = MatchSecretWord(name, secretWords);
                if (word is not null)
                {
                    return (name, word);
                }
            }

            return null;
        }

        /// <summary>The secret word a candidate name matches (<see cref="SecretNames.MatchSecretWord"/>), or null.</summary>
        public static string? MatchSecretWord(string name, ImmutableArray<string> secretWords) =>
            MatchSecretWord(name, 0, name.Length, secretWords);

        /// <summary><see cref="MatchSecretWord(string, ImmutableArray{string})"/> on a name written in <paramref name="text"/>.</summary>
        public static string? MatchSecretWord(string text, int start, int length, ImmutableArray<string> secretWords)
        {
            // Splitting a name into words allocates: first check, without allocating, that some secret word's
            // first three letters occur in it at all ("v5", "text0", "log" stop here).
            if (!MayContainSecretWord(text, start, length, secretWords))
            {
                return null;
            }

            return SecretNames.MatchSecretWord(start == 0 && length == text.Length ? text : text.Substring(start, length), secretWords);
        }

        private static bool MayContainSecretWord(string text, int start, int length, ImmutableArray<string> secretWords)
        {
            // "StorageKey", "x-functions-key": a qualified key (SecretNames' key qualifiers) holds no secret word.
            for (var i = start; i + 3 <= start + length; i++)
            {
                if (string.Compare(text, i, "key", 0, 3, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return true;
                }
            }

            foreach (var word in secretWords)
            {
                var prefix = Math.Min(3, word.Length);
                for (var i = start; i + prefix <= start + length; i++)
                {
                    if (string.Compare(text, i, word, 0, prefix, StringComparison.OrdinalIgnoreCase) == 0)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static IEnumerable<string> CandidateNames(ExpressionSyntax literal, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            var value = CandidateSyntax.WalkUpParentheses(literal);

            // GetEnvironmentVariable("API_KEY") ?? "literal", configuration["Auth:Secret"] ?? "literal"
            if (value.Parent is BinaryExpressionSyntax coalesce && coalesce.IsKind(SyntaxKind.CoalesceExpression) && coalesce.Right == value)
            {
                var key = LookupKey(coalesce.Left);
                if (key is not null)
                {
                    yield return key;
                }

                value = CandidateSyntax.WalkUpParentheses(coalesce);
            }

            var name = NameOfTarget(value, semanticModel, cancellationToken);
            if (name is not null)
            {
                yield return name;
            }

            // new NetworkCredential("user", "..."), new StorageSettings("account", "..."): the first argument is not
            // always a key naming the second; the parameter may name it instead.
            if (value.Parent is ArgumentSyntax { NameColon: null, Parent: ArgumentListSyntax { Parent: ExpressionSyntax call } list } argument
                && list.Arguments.IndexOf(argument) == 1
                && StringConstant(list.Arguments[0].Expression) is not null
                && (call is BaseObjectCreationExpressionSyntax || CallNameMayTakeSecret(call))
                && semanticModel.GetSymbolInfo(call, cancellationToken).Symbol is IMethodSymbol method
                && !IsAzureSdkType(method.ContainingType)
                && ArgumentBinding.ParameterOf(argument, list, method)?.Name is { } parameter)
            {
                yield return parameter;
            }
        }

        private static string? NameOfTarget(ExpressionSyntax value, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            switch (value.Parent)
            {
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax variable }:
                    return variable.Identifier.ValueText;
                case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property }:
                    return property.Identifier.ValueText;
                case EqualsValueClauseSyntax { Parent: ParameterSyntax parameter }:
                    return parameter.Identifier.ValueText;
                case ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax property }:
                    return property.Identifier.ValueText;
                case AssignmentExpressionSyntax assignment when assignment.Right == value && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression):
                    return NameOf(assignment.Left);
                case BinaryExpressionSyntax comparison when comparison.IsKind(SyntaxKind.EqualsExpression) || comparison.IsKind(SyntaxKind.NotEqualsExpression):
                    return NameOf(comparison.Left == value ? comparison.Right : comparison.Left);
                case InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ComplexElementInitializerExpression, Expressions: { Count: 2 } pair } when pair[1] == value:
                    // new Dictionary<string, string> { { "ApiKey", "..." } }
                    return StringConstant(pair[0]);
                case ArgumentSyntax argument:
                    return NameOfArgument(argument, semanticModel, cancellationToken);
                case AttributeArgumentSyntax attributeArgument:
                    return NameOfAttributeArgument(attributeArgument, semanticModel, cancellationToken);
                default:
                    return null;
            }
        }

        private static string? NameOfArgument(ArgumentSyntax argument, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            if (argument.NameColon is { } nameColon)
            {
                return nameColon.Name.Identifier.ValueText;
            }

            if (argument.Parent is not ArgumentListSyntax list || list.Parent is not ExpressionSyntax call)
            {
                return null;
            }

            // Key/value APIs: dictionary.Add("ApiKey", "..."), new KeyValuePair<string, string>("ApiKey", "..."),
            // Environment.SetEnvironmentVariable("API_KEY", "...").
            var index = list.Arguments.IndexOf(argument);
            if (index == 1 && StringConstant(list.Arguments[0].Expression) is { } key)
            {
                // new AuthenticationHeaderValue("Bearer", "..."): the second argument is the token.
                return key.Equals("Bearer", StringComparison.OrdinalIgnoreCase) || key.Equals("Basic", StringComparison.OrdinalIgnoreCase) ? "token" : key;
            }

            // A parameter name needs binding, which costs the whole method body. Bind only calls whose member or type
            // name already hints at a secret (new NetworkCredential(...), SetPassword(...), WithApiKey(...)), and
            // constructors past their first argument (positional records: new StorageSettings("account", "...")):
            // for every other call (Convert.FromBase64String, logging...) the parameter is not a secret.
            if (!CallNameMayTakeSecret(call) && !(call is BaseObjectCreationExpressionSyntax && index > 0))
            {
                return null;
            }

            return semanticModel.GetSymbolInfo(call, cancellationToken).Symbol is IMethodSymbol method
                && (CallNameMayTakeSecret(call) || !IsAzureSdkType(method.ContainingType))
                ? ArgumentBinding.ParameterOf(argument, list, method)?.Name
                : null;
        }

        // Azure SDK clients (CosmosClient, BlobServiceClient...): their key parameters belong to the family rules.
        private static bool IsAzureSdkType(INamedTypeSymbol? type)
        {
            var ns = type?.ContainingNamespace?.ToDisplayString();
            return ns is not null && (ns == "Azure" || ns.StartsWith("Azure.", StringComparison.Ordinal) || ns.StartsWith("Microsoft.Azure", StringComparison.Ordinal));
        }

        /// <summary><c>[Auth(Secret = "...")]</c>, <c>[Auth(secret: "...")]</c>, or the parameter of the attribute constructor.</summary>
        private static string? NameOfAttributeArgument(AttributeArgumentSyntax argument, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            if (argument.NameEquals is { } nameEquals)
            {
                return nameEquals.Name.Identifier.ValueText;
            }

            if (argument.NameColon is { } nameColon)
            {
                return nameColon.Name.Identifier.ValueText;
            }

            if (argument.Parent is not AttributeArgumentListSyntax { Parent: AttributeSyntax attribute } list)
            {
                return null;
            }

            // As for calls: the first argument only when the attribute's name hints at a secret ([ApiKey("...")]).
            var index = list.Arguments.IndexOf(argument);
            var name = attribute.Name switch
            {
                QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                SimpleNameSyntax simple => simple.Identifier.ValueText,
                _ => string.Empty,
            };
            if ((index == 0 && !CallNameMayTakeSecret(name, 0, name.Length))
                || semanticModel.GetSymbolInfo(attribute, cancellationToken).Symbol is not IMethodSymbol constructor)
            {
                return null;
            }

            return index < constructor.Parameters.Length ? constructor.Parameters[index].Name : null;
        }

        private static readonly string[] SecretHints = { "credential", "password", "passwd", "pwd", "secret", "key", "token", "auth", "login", "connect", "sign" };

        private static bool CallNameMayTakeSecret(ExpressionSyntax call)
        {
            var name = call switch
            {
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } => access.Name.Identifier.ValueText,
                InvocationExpressionSyntax { Expression: SimpleNameSyntax simple } => simple.Identifier.ValueText,
                ObjectCreationExpressionSyntax { Type: QualifiedNameSyntax qualified } => qualified.Right.Identifier.ValueText,
                ObjectCreationExpressionSyntax { Type: SimpleNameSyntax simple } => simple.Identifier.ValueText,
                ImplicitObjectCreationExpressionSyntax => null,
                _ => string.Empty,
            };
            // new(...): the type is only known to the binder.
            return name is null || CallNameMayTakeSecret(name, 0, name.Length);
        }

        /// <summary>
        /// Whether a method or type name (the <paramref name="length"/> characters of <paramref name="text"/> at
        /// <paramref name="start"/>) hints at a secret parameter: only then is a positional argument's parameter bound.
        /// </summary>
        public static bool CallNameMayTakeSecret(string text, int start, int length)
        {
            foreach (var hint in SecretHints)
            {
                for (var i = start; i + hint.Length <= start + length; i++)
                {
                    if (string.Compare(text, i, hint, 0, hint.Length, StringComparison.OrdinalIgnoreCase) == 0)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>The name an assignment target or comparison operand carries.</summary>
        private static string? NameOf(ExpressionSyntax target) => target switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            ElementAccessExpressionSyntax { ArgumentList.Arguments: { Count: 1 } arguments } => StringConstant(arguments[0].Expression),
            ImplicitElementAccessSyntax { ArgumentList.Arguments: { Count: 1 } arguments } => StringConstant(arguments[0].Expression),
            _ => null,
        };

        /// <summary>The key of <c>GetEnvironmentVariable("X")</c>, <c>configuration["X"]</c>, <c>GetValue&lt;string&gt;("X")</c>.</summary>
        private static string? LookupKey(ExpressionSyntax lookup) => lookup switch
        {
            InvocationExpressionSyntax { ArgumentList.Arguments.Count: >= 1 } invocation => StringConstant(invocation.ArgumentList.Arguments[0].Expression),
            ElementAccessExpressionSyntax { ArgumentList.Arguments.Count: 1 } access => StringConstant(access.ArgumentList.Arguments[0].Expression),
            _ => null,
        };

        private static string? StringConstant(ExpressionSyntax expression) =>
            expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) ? literal.Token.ValueText : null;
    }
}
