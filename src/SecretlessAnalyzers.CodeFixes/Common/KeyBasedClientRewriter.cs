using SecretlessAnalyzers.Catalog;
using SecretlessAnalyzers.Common;
using SecretlessAnalyzers.Configuration;
using SecretlessAnalyzers.Credentials;
using SecretlessAnalyzers.Usage;

namespace SecretlessAnalyzers.CodeFixes.Common
{
    /// <summary>
    /// Rewrites a client built or registered from a connection-string setting to its token overload, with the endpoint
    /// read from a new setting beside it: <c>new BlobServiceClient(config.GetConnectionString("Storage"))</c> becomes
    /// <c>new BlobServiceClient(new Uri(config["Storage:BlobServiceUri"] ?? throw ...), credential)</c> (the setting named after
    /// the part of the account, so a queue client of the same key reads <c>Storage:QueueServiceUri</c>),
    /// <c>clients.AddServiceBusClient(config["Bus"])</c> becomes
    /// <c>clients.AddServiceBusClientWithNamespace(config["Bus:FullyQualifiedNamespace"] ?? throw ...).WithCredential(credential)</c>.
    /// Only straight configuration reads, and only the clients of <see cref="Constructors"/> and <see cref="Registrations"/>.
    /// </summary>
    public static class KeyBasedClientRewriter
    {
        private const string ConnectionStringsPrefix = "ConnectionStrings:";
        private const string EventHubNameSetting = EndpointSettings.EventHubName;

        /// <summary>A storage client's endpoint setting: the one of the part of the account it works on (blob, queue...).</summary>
        private const string? StorageServiceUri = null;

        /// <summary>How a client's token overload wants its endpoint.</summary>
        private sealed class Target
        {
            public Target(string? endpointKind, bool isUri, bool needsEventHub, string? registration = null)
            {
                EndpointKind = endpointKind;
                IsUri = isUri;
                NeedsEventHub = needsEventHub;
                Registration = registration;
            }

            /// <summary>
            /// The last part of the new setting: <c>FullyQualifiedNamespace</c>...; null for storage, whose setting is
            /// that of the part of the account the client works on (<see cref="EndpointSettings.StorageServiceUri"/>).
            /// </summary>
            public string? EndpointKind { get; }

            /// <summary>The token overload takes a <c>Uri</c> (else a string).</summary>
            public bool IsUri { get; }

            /// <summary>The token overload also takes the event hub name, which the connection string may hold (EntityPath).</summary>
            public bool NeedsEventHub { get; }

            /// <summary>For a registration: the name of the token registration.</summary>
            public string? Registration { get; }
        }

        // Client constructors, by full type name. File shares also need a token intent in their options; container,
        // blob, queue and table clients' token overloads take the resource URI, a second setting: both left out.
        private static readonly ImmutableDictionary<string, Target> Constructors = new Dictionary<string, Target>(StringComparer.Ordinal)
        {
            ["Azure.Storage.Blobs.BlobServiceClient"] = new Target(StorageServiceUri, isUri: true, needsEventHub: false),
            ["Azure.Storage.Queues.QueueServiceClient"] = new Target(StorageServiceUri, isUri: true, needsEventHub: false),
            ["Azure.Data.Tables.TableServiceClient"] = new Target(StorageServiceUri, isUri: true, needsEventHub: false),
            ["Azure.Storage.Files.DataLake.DataLakeServiceClient"] = new Target(StorageServiceUri, isUri: true, needsEventHub: false),
            ["Azure.Messaging.ServiceBus.ServiceBusClient"] = new Target(EndpointSettings.FullyQualifiedNamespace, isUri: false, needsEventHub: false),
            ["Azure.Messaging.ServiceBus.Administration.ServiceBusAdministrationClient"] = new Target(EndpointSettings.FullyQualifiedNamespace, isUri: false, needsEventHub: false),
            ["Azure.Messaging.EventHubs.Producer.EventHubProducerClient"] = new Target(EndpointSettings.FullyQualifiedNamespace, isUri: false, needsEventHub: true),
            ["Azure.Messaging.EventHubs.Producer.EventHubBufferedProducerClient"] = new Target(EndpointSettings.FullyQualifiedNamespace, isUri: false, needsEventHub: true),
            ["Azure.Messaging.EventHubs.Consumer.EventHubConsumerClient"] = new Target(EndpointSettings.FullyQualifiedNamespace, isUri: false, needsEventHub: true),
            ["Azure.Messaging.EventHubs.EventProcessorClient"] = new Target(EndpointSettings.FullyQualifiedNamespace, isUri: false, needsEventHub: true),
            ["Microsoft.Azure.Cosmos.CosmosClient"] = new Target(EndpointSettings.AccountEndpoint, isUri: false, needsEventHub: false),
            ["Azure.Data.AppConfiguration.ConfigurationClient"] = new Target(EndpointSettings.Endpoint, isUri: true, needsEventHub: false),
        }.ToImmutableDictionary();

        // Microsoft.Extensions.Azure registrations with a connection string, by method name, and their token form.
        private static readonly ImmutableDictionary<string, Target> Registrations = new Dictionary<string, Target>(StringComparer.Ordinal)
        {
            ["AddBlobServiceClient"] = new Target(StorageServiceUri, isUri: true, needsEventHub: false, "AddBlobServiceClient"),
            ["AddQueueServiceClient"] = new Target(StorageServiceUri, isUri: true, needsEventHub: false, "AddQueueServiceClient"),
            ["AddTableServiceClient"] = new Target(StorageServiceUri, isUri: true, needsEventHub: false, "AddTableServiceClient"),
            ["AddServiceBusClient"] = new Target(EndpointSettings.FullyQualifiedNamespace, isUri: false, needsEventHub: false, "AddServiceBusClientWithNamespace"),
            ["AddServiceBusAdministrationClient"] = new Target(EndpointSettings.FullyQualifiedNamespace, isUri: false, needsEventHub: false, "AddServiceBusAdministrationClientWithNamespace"),
            ["AddEventHubProducerClient"] = new Target(EndpointSettings.FullyQualifiedNamespace, isUri: false, needsEventHub: true, "AddEventHubProducerClientWithNamespace"),
            ["AddEventHubConsumerClient"] = new Target(EndpointSettings.FullyQualifiedNamespace, isUri: false, needsEventHub: true, "AddEventHubConsumerClientWithNamespace"),
            ["AddConfigurationClient"] = new Target(EndpointSettings.Endpoint, isUri: true, needsEventHub: false, "AddConfigurationClient"),
        }.ToImmutableDictionary();

        /// <summary>
        /// Storage clients of one container, queue or table (or one blob) built from a connection string and names: the
        /// service client of the account, with the token overload, and the getters that lead to the same client, one per
        /// name in parameter order. Their own token overloads take the resource URI, which no setting holds.
        /// </summary>
        private static readonly ImmutableDictionary<string, (string Service, string[] Getters)> ResourceClients =
            new Dictionary<string, (string, string[])>(StringComparer.Ordinal)
            {
                ["Azure.Storage.Blobs.BlobContainerClient"] = ("Azure.Storage.Blobs.BlobServiceClient", new[] { "GetBlobContainerClient" }),
                ["Azure.Storage.Blobs.BlobClient"] = ("Azure.Storage.Blobs.BlobServiceClient", new[] { "GetBlobContainerClient", "GetBlobClient" }),
                ["Azure.Storage.Queues.QueueClient"] = ("Azure.Storage.Queues.QueueServiceClient", new[] { "GetQueueClient" }),
                ["Azure.Data.Tables.TableClient"] = ("Azure.Data.Tables.TableServiceClient", new[] { "GetTableClient" }),
            }.ToImmutableDictionary();

        /// <summary>The name a connection-string key stands for: <c>Storage</c> for <c>ConnectionStrings:Storage</c> or <c>Storage</c>.</summary>
        private static string SettingName(string configurationKey) =>
            configurationKey.StartsWith(ConnectionStringsPrefix, StringComparison.OrdinalIgnoreCase)
                ? configurationKey.Substring(ConnectionStringsPrefix.Length)
                : configurationKey;

        public static async Task<Document?> TryRewriteAsync(
            Document document,
            TextSpan span,
            ImmutableDictionary<string, string?> properties,
            CredentialKind kind,
            CancellationToken cancellationToken)
        {
            if (properties.TryGetValue(DiagnosticProperties.SecretKind, out var credentialKind) && credentialKind is not null && KeyBasedClients.IsCredentialKind(credentialKind))
            {
                return await SwapCredentialAsync(document, span, properties, kind, cancellationToken).ConfigureAwait(false);
            }

            if (!properties.TryGetValue(DiagnosticProperties.SecretKind, out var secretKind) || secretKind is not (KeyBasedClients.ConnectionStringKind or KeyBasedClients.AccountKeyKind)
                || !properties.TryGetValue(DiagnosticProperties.ConfigurationKey, out var key) || string.IsNullOrEmpty(key)
                || await ReportedSecret.FindAsync(document, span, properties, cancellationToken).ConfigureAwait(false) is not { } reported)
            {
                return null;
            }

            return await RewriteReadAsync(document, reported.Root, reported.SemanticModel, reported.Expression, secretKind, key!, reported.Credential(document, kind), cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// The client or registration that receives <paramref name="read"/>, a read of the connection string (or key) at
        /// configuration key <paramref name="key"/>, rewritten to its token overload with the endpoint from the new
        /// setting; null when no safe rewrite exists. Also used for a literal fallback after such a read
        /// (<c>config["X"] ?? "Endpoint=..."</c>): the read stays, as the endpoint setting, and the secret goes.
        /// </summary>
        public static async Task<Document?> RewriteReadAsync(
            Document document,
            SyntaxNode root,
            SemanticModel semanticModel,
            ExpressionSyntax read,
            string secretKind,
            string key,
            ExpressionSyntax credential,
            CancellationToken cancellationToken)
        {
            var rewrite = BuildReadRewrite(semanticModel, read, secretKind, key, credential, cancellationToken);
            return rewrite is null ? null : await FinishAsync(document, root, rewrite.Value.Original, rewrite.Value.Rewritten, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// The configuration key an SL2001 diagnostic's fix stops reading, the name of the settings it reads instead and
        /// which ones (<c>Invoices</c>, <c>FullyQualifiedNamespace</c>...), for the configuration-file edit; null when the
        /// fix rewrites no connection-string read (a credential swap, a Cosmos DB key read, no safe rewrite).
        /// </summary>
        public static async Task<(string Key, string Name, IReadOnlyList<EndpointSetting> Settings)?> NewSettingsAsync(
            Document document,
            TextSpan span,
            ImmutableDictionary<string, string?> properties,
            CancellationToken cancellationToken)
        {
            if (!properties.TryGetValue(DiagnosticProperties.SecretKind, out var secretKind) || secretKind != KeyBasedClients.ConnectionStringKind
                || !properties.TryGetValue(DiagnosticProperties.ConfigurationKey, out var key) || string.IsNullOrEmpty(key)
                || await ReportedSecret.FindAsync(document, span, properties, cancellationToken).ConfigureAwait(false) is not { } reported)
            {
                return null;
            }

            var credential = reported.Credential(document, CredentialKind.DefaultAzureCredential);
            var rewrite = BuildReadRewrite(reported.SemanticModel, reported.Expression, secretKind, key!, credential, cancellationToken);
            return rewrite is { Settings.Written.Count: > 0 } planned ? (key!, SettingName(key!), planned.Settings.Written) : null;
        }

        /// <summary>The call that receives the read and its token form (not yet cleaned up or compiled), with the settings it reads.</summary>
        private static (ExpressionSyntax Original, ExpressionSyntax Rewritten, Settings Settings)? BuildReadRewrite(
            SemanticModel semanticModel,
            ExpressionSyntax read,
            string secretKind,
            string key,
            ExpressionSyntax credential,
            CancellationToken cancellationToken)
        {
            if (read.Parent is not ArgumentSyntax argument
                || argument.Parent is not ArgumentListSyntax list
                || ConfigurationOf(read) is not { } configuration
                || semanticModel.GetSymbolInfo(list.Parent!, cancellationToken).Symbol is not IMethodSymbol method)
            {
                return null;
            }

            ExpressionSyntax? original = list.Parent as ExpressionSyntax;
            if (list.Parent is BaseObjectCreationExpressionSyntax resource && secretKind == KeyBasedClients.ConnectionStringKind
                && ResourceClients.TryGetValue(method.ContainingType.ToDisplayString(), out var service))
            {
                var throughService = new Settings(configuration, SettingName(key), service.Service);
                var chain = ThroughServiceClient(resource, list, argument, method, service, throughService, credential, semanticModel);
                return chain is null ? null : (resource, chain, throughService);
            }

            var settings = new Settings(configuration, SettingName(key), ClientTypeOf(method));
            ExpressionSyntax? rewritten = list.Parent switch
            {
                BaseObjectCreationExpressionSyntax creation when secretKind == KeyBasedClients.ConnectionStringKind
                    && Constructors.TryGetValue(method.ContainingType.ToDisplayString(), out var target) =>
                    creation.WithArgumentList(TokenArguments(list, argument, method, target, settings, credential)),

                // Cosmos DB (accountEndpoint, authKeyOrResourceToken): the endpoint is already there, the key becomes the credential.
                BaseObjectCreationExpressionSyntax creation when secretKind == "AccountKey" =>
                    creation.WithArgumentList(TokenArguments(list, argument, method, target: null, settings, credential)),

                InvocationExpressionSyntax invocation when secretKind == KeyBasedClients.ConnectionStringKind =>
                    RewriteRegistration(invocation, list, argument, method, settings, credential, semanticModel),

                _ => null,
            };

            if (original is null || rewritten is null || !SecretDeclarations.BindsToTokenOverload(semanticModel, original, rewritten))
            {
                return null;
            }

            return (original, rewritten, settings);
        }

        /// <summary>The client type a constructor builds, or a Microsoft.Extensions.Azure registration registers (<c>IAzureClientBuilder&lt;TClient, TOptions&gt;</c>).</summary>
        private static string ClientTypeOf(IMethodSymbol method) =>
            method.MethodKind == MethodKind.Constructor
                ? method.ContainingType.ToDisplayString()
                : method.ReturnType is INamedTypeSymbol { TypeArguments.Length: > 0 } builder ? builder.TypeArguments[0].ToDisplayString() : string.Empty;

        private static async Task<Document?> FinishAsync(Document document, SyntaxNode root, ExpressionSyntax original, ExpressionSyntax? rewritten, CancellationToken cancellationToken)
        {
            if (rewritten is null)
            {
                return null;
            }

            var fixedDocument = await FixCleanup.RunAsync(document.WithSyntaxRoot(root.ReplaceNode(original, rewritten)), cancellationToken).ConfigureAwait(false);
            return await FixVerification.KeepIfItCompilesAsync(document, fixedDocument, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// <c>new SearchClient(endpoint, "products", new AzureKeyCredential(config["Search:Key"]))</c> →
        /// <c>new SearchClient(endpoint, "products", credential)</c>: the endpoint is already an argument, so only the
        /// credential changes, when overload resolution finds a token constructor in that position. Constants the key
        /// credential alone used (an account name) are removed.
        /// </summary>
        private static async Task<Document?> SwapCredentialAsync(
            Document document,
            TextSpan span,
            ImmutableDictionary<string, string?> properties,
            CredentialKind kind,
            CancellationToken cancellationToken)
        {
            if (await ReportedSecret.FindAsync(document, span, properties, cancellationToken).ConfigureAwait(false) is not { } reported
                || CandidateSyntax.WalkUpParentheses(reported.Expression).Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: ExpressionSyntax call } list } argument
                || reported.SemanticModel.Compilation.GetTypeByMetadataName("Azure.Core.TokenCredential") is not { } tokenCredential)
            {
                return null;
            }

            var semanticModel = reported.SemanticModel;
            var credential = reported.Credential(document, kind);
            SyntaxNode original = argument.Expression;
            SyntaxNode? replacement = null;
            if (call is BaseObjectCreationExpressionSyntax client)
            {
                replacement = KeyCredentialUses.BindsToTokenOverload(client, argument, credential, semanticModel, tokenCredential, cancellationToken)
                    ? credential.WithTriviaFrom(argument.Expression)
                    : null;
            }
            else if (call is InvocationExpressionSyntax invocation)
            {
                // clients.AddBlobServiceClient(uri, new StorageSharedKeyCredential(...)) → clients.AddBlobServiceClient(uri).WithCredential(credential)
                var registration = invocation.WithArgumentList(list.WithArguments(list.Arguments.Remove(argument)));
                var bound = semanticModel.GetSpeculativeSymbolInfo(invocation.SpanStart, registration, SpeculativeBindingOption.BindAsExpression).Symbol as IMethodSymbol;
                original = invocation;
                replacement = bound is not null && bound.Name == ((IMethodSymbol?)semanticModel.GetSymbolInfo(invocation, cancellationToken).Symbol)?.Name
                    && bound.ContainingNamespace?.ToDisplayString() == "Microsoft.Extensions.Azure"
                    && !bound.Parameters.Any(p => p.Type.Name.EndsWith("Credential", StringComparison.Ordinal))
                    ? SecretClientRewriter.WithCredential(semanticModel, invocation, registration, credential)
                    : null;
            }

            if (replacement is null)
            {
                return null;
            }

            var unused = UnusedDeclarations.ReferencedBy(argument.Expression, semanticModel, cancellationToken);
            var rewritten = document.WithSyntaxRoot(reported.Root.ReplaceNode(original, replacement));
            rewritten = await UnusedDeclarations.RemoveAsync(rewritten, unused, cancellationToken).ConfigureAwait(false);
            rewritten = await FixCleanup.RunAsync(rewritten, cancellationToken).ConfigureAwait(false);
            return await FixVerification.KeepIfItCompilesAsync(document, rewritten, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// <c>new BlobClient(cs, "orders", "a.json", options)</c> →
        /// <c>new BlobServiceClient(new Uri(config["X:BlobServiceUri"] ?? throw ...), credential, options).GetBlobContainerClient("orders").GetBlobClient("a.json")</c>:
        /// the same client type (a target-typed <c>new(...)</c> keeps its declared type), reached from the account.
        /// Null when an argument is neither the secret, a name nor the options, or the result does not bind.
        /// </summary>
        private static ExpressionSyntax? ThroughServiceClient(
            BaseObjectCreationExpressionSyntax original,
            ArgumentListSyntax list,
            ArgumentSyntax secret,
            IMethodSymbol constructor,
            (string Service, string[] Getters) target,
            Settings settings,
            ExpressionSyntax credential,
            SemanticModel semanticModel)
        {
            if (original.Initializer is not null || ArgumentLists.ByParameter(list, constructor) is not { } parameters)
            {
                return null;
            }

            var names = new List<(int Ordinal, ExpressionSyntax Name)>();
            ExpressionSyntax? options = null;
            foreach (var argument in list.Arguments)
            {
                var parameter = parameters[argument];
                if (argument == secret)
                {
                    continue;
                }

                if (parameter.Type.Name.EndsWith("Options", StringComparison.Ordinal))
                {
                    options = argument.Expression;
                }
                else if (parameter.Type.SpecialType == SpecialType.System_String)
                {
                    names.Add((parameter.Ordinal, argument.Expression));
                }
                else
                {
                    return null;
                }
            }

            if (names.Count != target.Getters.Length)
            {
                return null;
            }

            if (settings.ReadEndpoint(StorageServiceUri) is not { } endpoint)
            {
                return null;
            }

            var serviceArguments = new List<ExpressionSyntax> { CredentialSyntax.NewUri(endpoint), credential };
            if (options is not null)
            {
                serviceArguments.Add(options);
            }

            var service = CredentialSyntax.Annotate(SyntaxFactory.ObjectCreationExpression(
                SyntaxFactory.Token(SyntaxKind.NewKeyword).WithTrailingTrivia(SyntaxFactory.Space),
                SyntaxFactory.ParseTypeName(target.Service),
                ArgumentLists.Replace(list, serviceArguments),
                initializer: null));
            if (!SecretDeclarations.BindsToTokenOverload(semanticModel, original, service))
            {
                return null;
            }

            ExpressionSyntax rewritten = service;
            var index = 0;
            foreach (var (_, name) in names.OrderBy(n => n.Ordinal))
            {
                rewritten = SyntaxFactory.InvocationExpression(
                    SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, rewritten, SyntaxFactory.IdentifierName(target.Getters[index++])),
                    SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(name.WithoutTrivia()))));
            }

            // The chain must give the client type the code had.
            var before = semanticModel.GetTypeInfo(original).Type;
            var after = SpeculativeBinding.TypeInfo(semanticModel, original, rewritten).Type;
            return before is not null && SymbolEqualityComparer.Default.Equals(before, after) ? rewritten.WithTriviaFrom(original) : null;
        }

        /// <summary>
        /// <c>receiver.AddX(cs)</c> → <c>receiver.AddXWithNamespace(ns).WithCredential(credential)</c>. The credential is
        /// given to the registration itself: without it the builder's credential applies, DefaultAzureCredential when
        /// nothing calls <c>UseCredential</c>, whatever action the user chose.
        /// </summary>
        private static ExpressionSyntax? RewriteRegistration(
            InvocationExpressionSyntax invocation,
            ArgumentListSyntax list,
            ArgumentSyntax argument,
            IMethodSymbol method,
            Settings settings,
            ExpressionSyntax credential,
            SemanticModel semanticModel)
        {
            if (invocation.Expression is not MemberAccessExpressionSyntax { Name: IdentifierNameSyntax name } access
                || method.ReducedFrom is null
                || method.ContainingNamespace?.ToDisplayString() != "Microsoft.Extensions.Azure"
                || !Registrations.TryGetValue(name.Identifier.ValueText, out var target))
            {
                return null;
            }

            var arguments = TokenArguments(list, argument, method, target, settings, credential: null);
            if (arguments is null)
            {
                return null;
            }

            var registration = invocation
                .WithExpression(access.WithName(SyntaxFactory.IdentifierName(target.Registration!).WithTriviaFrom(name)))
                .WithArgumentList(arguments);

            // The token registration must bind, and to an overload without a connection string.
            var bound = semanticModel.GetSpeculativeSymbolInfo(invocation.SpanStart, registration, SpeculativeBindingOption.BindAsExpression).Symbol as IMethodSymbol;
            if (bound is null || bound.Name != target.Registration || bound.Parameters.Any(p => p.Name == "connectionString"))
            {
                return null;
            }

            return SecretClientRewriter.WithCredential(semanticModel, invocation, registration, credential);
        }

        /// <summary>
        /// The token overload's arguments, positional: those before the secret (consumer group, checkpoint store, Cosmos
        /// endpoint) as they are, the endpoint setting (none when <paramref name="target"/> is null), the event hub name
        /// (the given one, else the <c>&lt;Name&gt;:EventHubName</c> setting), the credential (none for a registration),
        /// then the options. Null when an argument has another role.
        /// </summary>
        private static ArgumentListSyntax? TokenArguments(
            ArgumentListSyntax list,
            ArgumentSyntax secret,
            IMethodSymbol method,
            Target? target,
            Settings settings,
            ExpressionSyntax? credential)
        {
            if (ArgumentLists.ByParameter(list, method) is not { } parameters)
            {
                return null;
            }

            var expressions = new List<ExpressionSyntax>();
            ExpressionSyntax? eventHub = null;
            ExpressionSyntax? options = null;
            var afterSecret = false;
            foreach (var argument in list.Arguments)
            {
                var parameter = parameters[argument];
                if (argument == secret)
                {
                    afterSecret = true;
                }
                else if (parameter.Name == "eventHubName")
                {
                    eventHub = argument.Expression;
                }
                else if (parameter.Type.Name.EndsWith("Options", StringComparison.Ordinal))
                {
                    options = argument.Expression;
                }
                else if (!afterSecret && parameter.Ordinal < parameters[secret].Ordinal)
                {
                    expressions.Add(argument.Expression);
                }
                else
                {
                    return null;
                }
            }

            if (target is not null)
            {
                if (settings.ReadEndpoint(target.EndpointKind) is not { } endpoint)
                {
                    return null;
                }

                expressions.Add(target.IsUri ? CredentialSyntax.NewUri(endpoint) : endpoint);
                if (target.NeedsEventHub)
                {
                    expressions.Add(eventHub ?? settings.Read(EventHubNameSetting));
                }
            }

            if (eventHub is not null && target is not { NeedsEventHub: true })
            {
                return null;
            }

            if (credential is not null)
            {
                expressions.Add(credential);
            }

            if (options is not null)
            {
                expressions.Add(options);
            }

            return ArgumentLists.Replace(list, expressions);
        }

        /// <summary>The configuration object of <c>c.GetConnectionString("X")</c> or <c>c["X"]</c> (a trailing <c>!</c> allowed).</summary>
        private static ExpressionSyntax? ConfigurationOf(ExpressionSyntax read)
        {
            if (read is PostfixUnaryExpressionSyntax suppressed && suppressed.IsKind(SyntaxKind.SuppressNullableWarningExpression))
            {
                read = suppressed.Operand;
            }

            return read switch
            {
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetConnectionString", Expression: var receiver }, ArgumentList.Arguments.Count: 1 } => receiver,
                ElementAccessExpressionSyntax { ArgumentList.Arguments.Count: 1 } access => access.Expression,
                _ => null,
            };
        }

        /// <summary>Reads of the new settings <c>&lt;Name&gt;:&lt;Kind&gt;</c> from the configuration object the secret was read from.</summary>
        private sealed class Settings
        {
            private readonly ExpressionSyntax _configuration;
            private readonly string _name;
            private readonly string? _part;

            /// <param name="clientType">The client that reads the settings: for storage, the part of the account (catalog) names the setting.</param>
            public Settings(ExpressionSyntax configuration, string name, string clientType)
            {
                _configuration = configuration;
                _name = name;
                _part = AzureCatalog.ServiceOfClientType(clientType)?.Client.Part;
            }

            /// <summary>The settings read so far, in the order the rewrite reads them.</summary>
            public List<EndpointSetting> Written { get; } = new List<EndpointSetting>();

            /// <summary>
            /// The read of the endpoint setting <paramref name="kind"/>; for null (storage), the setting of the client's
            /// part of the account (<c>Name:BlobServiceUri</c>, <c>Name:QueueServiceUri</c>...).
            /// </summary>
            public ExpressionSyntax? ReadEndpoint(string? kind) =>
                (kind ?? EndpointSettings.StorageServiceUri(_part)) is { } setting ? Read(setting) : null;

            /// <summary><c>config["Name:Kind"] ?? throw new InvalidOperationException("Missing setting Name:Kind")</c>: a missing setting fails at start-up, clearly.</summary>
            public ExpressionSyntax Read(string kind)
            {
                Written.Add(new EndpointSetting(kind));
                var setting = _name + ":" + kind;
                var literal = SymbolDisplay.FormatLiteral(setting, quote: true);
                var message = SymbolDisplay.FormatLiteral("Missing setting " + setting, quote: true);
                return CredentialSyntax.Annotate(SyntaxFactory.ParseExpression(
                    $"{_configuration.WithoutTrivia().ToFullString()}[{literal}] ?? throw new System.InvalidOperationException({message})"));
            }
        }
    }
}
