using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.Usage
{
    /// <summary>Where a key given to a client comes from: a configuration key, an environment variable, or elsewhere at run time.</summary>
    public readonly struct SecretSource
    {
        private const int MaxSteps = 6;
        private const string RunTime = "run time";

        private SecretSource(string description, string? configurationKey, ExpressionSyntax value)
        {
            Description = description;
            ConfigurationKey = configurationKey;
            Value = value;
        }

        /// <summary>For the message: <c>configuration key 'ConnectionStrings:Storage'</c>, <c>environment variable 'X'</c>, <c>run time</c>.</summary>
        public string Description { get; }

        /// <summary>The configuration key read (<c>ConnectionStrings:Storage</c>), when the secret is read from configuration.</summary>
        public string? ConfigurationKey { get; }

        /// <summary>True when the secret is read from configuration or an environment variable (not some other run-time value).</summary>
        public bool IsRead => Description != RunTime;

        /// <summary>The expression that holds the secret itself (inside a credential creation, behind a local...).</summary>
        public ExpressionSyntax Value { get; }

        /// <summary>Follows the argument through parentheses, <c>!</c>, <c>??</c>, casts, credential creations and initialisers (bounded).</summary>
        public static SecretSource Of(ExpressionSyntax argument, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            var current = argument;
            for (var step = 0; step < MaxSteps; step++)
            {
                switch (current)
                {
                    case ParenthesizedExpressionSyntax parenthesized:
                        current = parenthesized.Expression;
                        continue;
                    case PostfixUnaryExpressionSyntax suppressed when suppressed.IsKind(SyntaxKind.SuppressNullableWarningExpression):
                        current = suppressed.Operand;
                        continue;
                    case BinaryExpressionSyntax coalesce when coalesce.IsKind(SyntaxKind.CoalesceExpression):
                        current = coalesce.Left;
                        continue;
                    case CastExpressionSyntax cast:
                        current = cast.Expression;
                        continue;
                    case BaseObjectCreationExpressionSyntax { ArgumentList.Arguments: { Count: > 0 } arguments }:
                        // new AzureKeyCredential(key), new AzureNamedKeyCredential(name, key), new StorageSharedKeyCredential(account, key): the key is last.
                        current = arguments[arguments.Count - 1].Expression;
                        continue;
                    case InvocationExpressionSyntax invocation when FromInvocation(invocation, semanticModel, cancellationToken) is { } read:
                        return new SecretSource(read.Description, read.Key, current);
                    case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Value", Expression: InvocationExpressionSyntax section }
                        when MethodName(section) is "GetSection" or "GetRequiredSection" && FirstConstantArgument(section.ArgumentList, semanticModel, cancellationToken) is { } sectionKey:
                        return Configuration(sectionKey, current);
                    case ElementAccessExpressionSyntax access
                        when FirstConstantArgument(access.ArgumentList, semanticModel, cancellationToken) is { } indexKey && IsConfiguration(semanticModel.GetTypeInfo(access.Expression, cancellationToken).Type):
                        return Configuration(indexKey, current);
                }

                if (StringExpressions.TryGetInitializer(current, semanticModel, cancellationToken, out var initializer))
                {
                    current = initializer;
                    continue;
                }

                break;
            }

            return new SecretSource(RunTime, null, current);
        }

        private static SecretSource Configuration(string key, ExpressionSyntax value) => new SecretSource($"configuration key '{key}'", key, value);

        private static (string Description, string? Key)? FromInvocation(InvocationExpressionSyntax invocation, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            var method = MethodName(invocation);
            if (method is not ("GetConnectionString" or "GetValue" or "GetRequiredValue" or "GetEnvironmentVariable")
                || FirstConstantArgument(invocation.ArgumentList, semanticModel, cancellationToken) is not { } name)
            {
                return null;
            }

            if (method == "GetEnvironmentVariable")
            {
                return ($"environment variable '{name}'", null);
            }

            var key = method == "GetConnectionString" ? "ConnectionStrings:" + name : name;
            return ($"configuration key '{key}'", key);
        }

        private static string? MethodName(InvocationExpressionSyntax invocation) => invocation.Expression switch
        {
            MemberAccessExpressionSyntax { Name: var name } => name.Identifier.ValueText,
            SimpleNameSyntax name => name.Identifier.ValueText,
            _ => null,
        };

        private static string? FirstConstantArgument(BaseArgumentListSyntax arguments, SemanticModel semanticModel, CancellationToken cancellationToken) =>
            arguments.Arguments.Count == 1 && semanticModel.GetConstantValue(arguments.Arguments[0].Expression, cancellationToken).Value is string text
                ? text
                : null;

        private static bool IsConfiguration(ITypeSymbol? type)
        {
            var ns = type?.ContainingNamespace?.ToDisplayString();
            return ns is not null && ns.StartsWith("Microsoft.Extensions.Configuration", StringComparison.Ordinal);
        }
    }
}
