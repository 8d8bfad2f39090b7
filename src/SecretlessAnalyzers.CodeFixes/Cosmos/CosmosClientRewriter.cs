using SecretlessAnalyzers.CodeFixes.Common;
using SecretlessAnalyzers.Common;
using SecretlessAnalyzers.Cosmos;

namespace SecretlessAnalyzers.CodeFixes.Cosmos
{
    /// <summary>
    /// Rewrites <c>CosmosClient</c> and <c>CosmosClientBuilder</c> to their <c>(accountEndpoint, TokenCredential[, options])</c>
    /// overload: a connection string becomes its <c>AccountEndpoint</c> and the credential, a key argument or
    /// <c>AzureKeyCredential</c> becomes the credential. Every rewritten call is bound speculatively first; when one would
    /// not bind (two strings can mean a connection string and options, or an endpoint and a key), no fix is produced.
    /// </summary>
    public sealed class CosmosClientRewriter : SecretClientRewriter
    {
        private const string TokenParameterName = "tokenCredential";

        private readonly CosmosSymbols _symbols;

        private CosmosClientRewriter(Document document, SemanticModel semanticModel, ImmutableDictionary<string, string?> properties, ExpressionSyntax credential)
            : base(document, semanticModel, properties, credential)
        {
            _symbols = new CosmosSymbols(semanticModel.Compilation);
        }

        /// <summary>The fixed document, or null when no safe rewrite exists.</summary>
        public static readonly SecretRewrite Rewrite = RewriteWith((d, m, p, c) => new CosmosClientRewriter(d, m, p, c));

        protected override bool IsWrapper(ITypeSymbol type) => SymbolEqualityComparer.Default.Equals(type, _symbols.AzureKeyCredential);

        protected override ExpressionSyntax? RewriteUse(ExpressionSyntax call, ArgumentSyntax use, ExpressionSyntax carrier, ExpressionSyntax reported, CancellationToken cancellationToken)
        {
            if (call is not BaseObjectCreationExpressionSyntax { ArgumentList: { } argumentList } creation
                || SemanticModel.GetSymbolInfo(creation, cancellationToken).Symbol is not IMethodSymbol constructor
                || !_symbols.IsClient(constructor.ContainingType)
                || ArgumentsByParameter(argumentList, constructor) is not { } arguments
                || !arguments.TryGetValue(use, out var parameter))
            {
                return null;
            }

            var rewritten = parameter.Name == "connectionString"
                ? RewriteConnectionString(creation, arguments)
                : creation.ReplaceNode(use, WithTokenCredential(use));
            return rewritten is not null && BindsToTokenOverload(creation, rewritten) ? rewritten : null;
        }

        /// <summary><c>new CosmosClient("AccountEndpoint=...;AccountKey=...", options)</c> becomes <c>new CosmosClient("https://...", credential, options)</c>.</summary>
        private ExpressionSyntax? RewriteConnectionString(BaseObjectCreationExpressionSyntax creation, Dictionary<ArgumentSyntax, IParameterSymbol> arguments)
        {
            if (!Properties.TryGetValue(DiagnosticProperties.EndpointPrefix + "cosmos", out var endpoint) || endpoint is null)
            {
                return null;
            }

            var newArguments = new List<ExpressionSyntax> { CredentialSyntax.StringLiteral(endpoint), Credential };
            foreach (var pair in arguments)
            {
                if (pair.Value.Name == "clientOptions")
                {
                    newArguments.Add(pair.Key.Expression);
                }
                else if (pair.Value.Name != "connectionString")
                {
                    return null;
                }
            }

            return creation.WithArgumentList(ArgumentLists.Replace(creation.ArgumentList!, newArguments));
        }

        // The key (or AzureKeyCredential) argument becomes the credential; a named argument takes the token overload's name.
        private ArgumentSyntax WithTokenCredential(ArgumentSyntax use)
        {
            var argument = use.WithExpression(Credential.WithTriviaFrom(use.Expression));
            return use.NameColon is { } nameColon
                ? argument.WithNameColon(nameColon.WithName(SyntaxFactory.IdentifierName(TokenParameterName).WithTriviaFrom(nameColon.Name)))
                : argument;
        }
    }
}
