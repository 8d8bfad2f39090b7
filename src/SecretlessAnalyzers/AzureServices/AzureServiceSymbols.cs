using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.AzureServices
{
    /// <summary>The API that receives a connection string: it decides whether a token-credential rewrite exists.</summary>
    public enum AzureServiceClient
    {
        Unknown,

        /// <summary><c>new ConfigurationClient(connectionString[, options])</c>.</summary>
        ConfigurationClient,

        /// <summary><c>configuration.AddAzureAppConfiguration(connectionString[, optional])</c>.</summary>
        AppConfigurationProvider,

        /// <summary><c>options.Connect(connectionString)</c> inside <c>AddAzureAppConfiguration(options =&gt; ...)</c>.</summary>
        AppConfigurationConnect,

        /// <summary><c>new WebPubSubServiceClient(connectionString, hub[, options])</c>.</summary>
        WebPubSubServiceClient,

        /// <summary><c>clients.AddWebPubSubServiceClient(connectionString, hub)</c> (Microsoft.Extensions.Azure).</summary>
        WebPubSubRegistration,

        /// <summary><c>ConnectionMultiplexer.Connect(configuration)</c> / <c>ConnectAsync(configuration)</c>.</summary>
        RedisConnect,

        /// <summary><c>ConfigurationOptions.Parse(configuration)</c>.</summary>
        RedisParse,

        /// <summary><c>options.Configuration = configuration</c> on the <c>RedisCacheOptions</c> of <c>AddStackExchangeRedisCache</c>:
        /// a string property, which cannot carry a token.</summary>
        RedisCacheOptions,
    }

    /// <summary>Where a connection string goes, to which client, and whether every use is one the fix can rewrite.</summary>
    /// <param name="Client">The client of the (first) use; <see cref="AzureServiceClient.Unknown"/> when one use is not a known client.</param>
    /// <param name="InAsyncCode">Every use can await (an async method, lambda or local function, or top-level statements).</param>
    public readonly record struct AzureServiceUse(string Sink, AzureServiceClient Client, bool InAsyncCode);

    /// <summary>The SDK types SL1007 knows, looked up once per compilation and only for candidate literals.</summary>
    public sealed class AzureServiceSymbols(Compilation compilation)
    {
        public INamedTypeSymbol? ConfigurationClient { get; } = compilation.GetTypeByMetadataName("Azure.Data.AppConfiguration.ConfigurationClient");

        public INamedTypeSymbol? AppConfigurationExtensions { get; } = compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.AzureAppConfigurationExtensions");

        public INamedTypeSymbol? AppConfigurationOptions { get; } = compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.AzureAppConfiguration.AzureAppConfigurationOptions");

        public INamedTypeSymbol? WebPubSubServiceClient { get; } = compilation.GetTypeByMetadataName("Azure.Messaging.WebPubSub.WebPubSubServiceClient");

        public INamedTypeSymbol? ConnectionMultiplexer { get; } = compilation.GetTypeByMetadataName("StackExchange.Redis.ConnectionMultiplexer");

        public INamedTypeSymbol? RedisConfigurationOptions { get; } = compilation.GetTypeByMetadataName("StackExchange.Redis.ConfigurationOptions");

        /// <summary>Microsoft.Azure.StackExchangeRedis: <c>ConfigureForAzureWithTokenCredentialAsync</c>.</summary>
        public INamedTypeSymbol? AzureCacheForRedis { get; } = compilation.GetTypeByMetadataName("StackExchange.Redis.AzureCacheForRedis");

        /// <summary>Microsoft.Extensions.Caching.StackExchangeRedis: the options of <c>AddStackExchangeRedisCache</c>.</summary>
        public INamedTypeSymbol? RedisCacheOptions { get; } = compilation.GetTypeByMetadataName("Microsoft.Extensions.Caching.StackExchangeRedis.RedisCacheOptions");

        public AzureIdentitySymbols Identity { get; } = new AzureIdentitySymbols(compilation);

        public AzureServiceUse Classify(ExpressionSyntax value, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            if (value.Parent is not EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator })
            {
                return ClassifyUse(value, semanticModel, cancellationToken);
            }

            AzureServiceClient? combined = null;
            var inAsyncCode = true;
            foreach (var reference in ValueReferences.InTree(declarator, semanticModel, cancellationToken))
            {
                var use = ClassifyUse(reference, semanticModel, cancellationToken);
                // Each use is rewritten on its own: any mix of known clients is fine, one unknown use is not.
                combined = combined == AzureServiceClient.Unknown || use.Client == AzureServiceClient.Unknown ? AzureServiceClient.Unknown : combined ?? use.Client;
                inAsyncCode &= use.InAsyncCode;
            }

            return new AzureServiceUse(SecretSinks.Declaration, combined ?? AzureServiceClient.Unknown, inAsyncCode);
        }

        public AzureServiceUse ClassifyUse(ExpressionSyntax value, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            if (value.Parent is AssignmentExpressionSyntax assignment && assignment.Right == value)
            {
                return semanticModel.GetSymbolInfo(assignment.Left, cancellationToken).Symbol is IPropertySymbol { Name: "Configuration" } property
                    && Is(property.ContainingType, RedisCacheOptions)
                    ? new AzureServiceUse(SecretSinks.ClientRegistration, AzureServiceClient.RedisCacheOptions, CanAwait(assignment))
                    : new AzureServiceUse(SecretSinks.Other, AzureServiceClient.Unknown, false);
            }

            if (value.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: ExpressionSyntax call } } argument
                || semanticModel.GetSymbolInfo(call, cancellationToken).Symbol is not IMethodSymbol method
                || argument.Parent is not ArgumentListSyntax list || list.Arguments.IndexOf(argument) != 0 || argument.NameColon is not null)
            {
                return new AzureServiceUse(SecretSinks.Other, AzureServiceClient.Unknown, false);
            }

            var type = (method.ReducedFrom ?? method).ContainingType;
            var client = AzureServiceClient.Unknown;
            if (method.MethodKind == MethodKind.Constructor)
            {
                client = Is(type, ConfigurationClient) ? AzureServiceClient.ConfigurationClient
                    : Is(type, WebPubSubServiceClient) ? AzureServiceClient.WebPubSubServiceClient
                    : AzureServiceClient.Unknown;
            }
            else
            {
                client = method.Name switch
                {
                    "Connect" or "ConnectAsync" when Is(type, ConnectionMultiplexer) => AzureServiceClient.RedisConnect,
                    "Parse" when Is(type, RedisConfigurationOptions) => AzureServiceClient.RedisParse,
                    "AddAzureAppConfiguration" when Is(type, AppConfigurationExtensions) => AzureServiceClient.AppConfigurationProvider,
                    "Connect" when Is(type, AppConfigurationOptions) => AzureServiceClient.AppConfigurationConnect,
                    "AddWebPubSubServiceClient" when type?.Name == "WebPubSubServiceClientBuilderExtensions" => AzureServiceClient.WebPubSubRegistration,
                    _ => AzureServiceClient.Unknown,
                };
            }

            var sink = client switch
            {
                AzureServiceClient.Unknown => SecretSinks.Other,
                AzureServiceClient.ConfigurationClient or AzureServiceClient.WebPubSubServiceClient => SecretSinks.ClientConstructor,
                _ => SecretSinks.ClientRegistration,
            };
            return new AzureServiceUse(sink, client, CanAwait(call));
        }

        /// <summary>Whether an <c>await</c> may be written at <paramref name="node"/>.</summary>
        public static bool CanAwait(SyntaxNode node)
        {
            foreach (var ancestor in node.Ancestors())
            {
                switch (ancestor)
                {
                    case LockStatementSyntax:
                    case QueryExpressionSyntax:
                        return false;
                    case AnonymousFunctionExpressionSyntax function:
                        return function.AsyncKeyword.IsKind(SyntaxKind.AsyncKeyword);
                    case LocalFunctionStatementSyntax local:
                        return local.Modifiers.Any(SyntaxKind.AsyncKeyword);
                    case MethodDeclarationSyntax method:
                        return method.Modifiers.Any(SyntaxKind.AsyncKeyword);
                    case GlobalStatementSyntax:
                        return true;
                    case MemberDeclarationSyntax:
                        return false;
                }
            }

            return false;
        }

        private static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected) =>
            type is not null && expected is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, expected);
    }
}
