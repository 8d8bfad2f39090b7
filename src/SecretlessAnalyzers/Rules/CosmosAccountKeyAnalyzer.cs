using SecretlessAnalyzers.Catalog;
using SecretlessAnalyzers.Common;
using SecretlessAnalyzers.Cosmos;
using SecretlessAnalyzers.Usage;

namespace SecretlessAnalyzers.Rules
{
    /// <summary>
    /// SL1004: a Cosmos DB account key written in code: in an <c>AccountEndpoint=...;AccountKey=...</c> connection
    /// string, as the key argument of <c>CosmosClient</c> / <c>CosmosClientBuilder</c> / the retired <c>DocumentClient</c>,
    /// or in an <c>AzureKeyCredential</c> given to Cosmos. Reported once per secret, at the expression that holds it.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CosmosAccountKeyAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            DiagnosticIds.CosmosAccountKey,
            title: "Cosmos DB account key embedded in code",
            messageFormat: "Account key for Cosmos DB account '{0}' is embedded in code as {1}; authenticate with a managed identity granted '{2}'{3} "
                + "with 'az cosmosdb sql role assignment create': Cosmos DB data-plane roles are not Azure role assignments{4}",
            category: DiagnosticCategories.Security,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A Cosmos DB account key grants full control of every database and container of the account to anyone who reads the code, "
                + "its history or its build logs. Use Azure.Identity token credentials with a managed identity instead.",
            helpLinkUri: HelpLinks.ForRule(DiagnosticIds.CosmosAccountKey),
            customTags: new[] { "Security", "Secret" });

        private const string UnknownAccount = "(unknown)";

        // When the client's uses are unknown, the message offers the reader role too.
        private static readonly string ReaderAlternative = " (or '" + Roles.CosmosDataReader.Name + "' for read-only code)";

        private static readonly KnownClient Client = new KnownClient(Services.CosmosDb.DisplayName, CosmosSymbols.ContributorRole, null);

        // Management-plane operations that the data-plane roles do not allow.
        private static readonly string[] ResourceCreationMethods =
        {
            "CreateDatabaseAsync", "CreateDatabaseIfNotExistsAsync", "CreateDatabaseStreamAsync",
            "CreateContainerAsync", "CreateContainerIfNotExistsAsync", "CreateContainerStreamAsync", "DefineContainer",
        };

        private static readonly CandidateSyntax Candidates = new CandidateSyntax(
            CosmosSecretDetector.MightContainSecret,
            new[] { "AccountEndpoint", "AccountKey" },
            new[] { "CosmosClient", "CosmosClientBuilder", "DocumentClient", "AzureKeyCredential" });

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();

            // A key pasted into generated code (settings designers, scaffolding) is still a key.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            SecretAnalysis.RegisterActions(context, compilation => new CosmosSymbols(compilation), Candidates, AnalyzeValue, AnalyzeCreation);
        }

        private static void AnalyzeValue(SecretContext context, ExpressionSyntax whole, string value, Lazy<CosmosSymbols> symbols)
        {
            var secret = CosmosSecretDetector.Detect(value);
            if (secret is null)
            {
                return;
            }

            // A connection string given to a client is replaced by the endpoint it holds.
            var sink = Classify(whole, context.SemanticModel, symbols.Value, context.CancellationToken);
            var usage = sink.Kind == SecretSinks.ClientConstructor && IsCosmosClient(whole, context.SemanticModel, symbols.Value, context.CancellationToken)
                ? UsageRoles.UsageOfSecretArgument(whole, context.SemanticModel, context.CancellationToken)
                : null;
            Report(context, whole, secret, sink, symbols.Value, needsEndpoint: sink.Kind == SecretSinks.ClientConstructor, usage);
        }

        /// <summary>
        /// <c>new CosmosClient(endpoint, "key")</c>, <c>new CosmosClientBuilder(endpoint, "key")</c>,
        /// <c>new DocumentClient(uri, "key")</c> and <c>new AzureKeyCredential("key")</c> given to Cosmos.
        /// </summary>
        private static void AnalyzeCreation(SecretContext context, BaseObjectCreationExpressionSyntax creation, Lazy<CosmosSymbols> symbols)
        {
            if (creation.ArgumentList is not { Arguments.Count: >= 1 } arguments
                || CandidateSyntax.CreatedTypeName(creation) is not (null or "CosmosClient" or "CosmosClientBuilder" or "DocumentClient" or "AzureKeyCredential")
                || context.SemanticModel.GetSymbolInfo(creation, context.CancellationToken).Symbol is not IMethodSymbol constructor)
            {
                return;
            }

            var type = constructor.ContainingType;
            var isCredential = SymbolEqualityComparer.Default.Equals(type, symbols.Value.AzureKeyCredential);
            var isLegacy = !isCredential && CosmosSymbols.IsLegacy(type);
            if (!isCredential && !isLegacy && !symbols.Value.IsClient(type))
            {
                return;
            }

            var keyArgument = CandidateSyntax.FindStringArgument(arguments, constructor, isCredential ? "key" : "authKeyOrResourceToken");
            var key = keyArgument is null ? null : StringExpressions.Fold(keyArgument.Expression, context.SemanticModel, context.CancellationToken);
            if (key is null || !CosmosSecretDetector.IsAccountKey(key))
            {
                return;
            }

            SecretSink sink;
            BaseObjectCreationExpressionSyntax? client = creation;
            if (isCredential)
            {
                // The credential type serves other SDKs too: this rule speaks only for Cosmos.
                client = CosmosClientReceiving(creation, context.SemanticModel, symbols.Value, context.CancellationToken);
                if (client is null)
                {
                    return;
                }

                sink = new SecretSink(SecretSinks.Credential, "cosmos");
            }
            else
            {
                sink = new SecretSink(isLegacy ? SecretSinks.LegacySdk : SecretSinks.ClientConstructor, "cosmos");
            }

            var secret = new CosmosSecret(key, EndpointArgument(client, context.SemanticModel, context.CancellationToken));
            // A builder's fluent calls are not followed: only a CosmosClient has known uses.
            var usage = !isLegacy && SymbolEqualityComparer.Default.Equals(context.SemanticModel.GetTypeInfo(client, context.CancellationToken).Type, symbols.Value.CosmosClient)
                ? ClientUsage.Of(client, context.SemanticModel, context.CancellationToken)
                : null;
            Report(context, keyArgument!.Expression, secret, sink, symbols.Value, needsEndpoint: false, usage);
        }

        private static SecretSink Classify(ExpressionSyntax value, SemanticModel semanticModel, CosmosSymbols symbols, CancellationToken cancellationToken)
        {
            if (value.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax })
            {
                return new SecretSink(SecretSinks.Declaration, null);
            }

            if (value.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax call } }
                && semanticModel.GetSymbolInfo(call, cancellationToken).Symbol is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor)
            {
                if (CosmosSymbols.IsLegacy(constructor.ContainingType))
                {
                    return new SecretSink(SecretSinks.LegacySdk, "cosmos");
                }

                if (symbols.IsClient(constructor.ContainingType))
                {
                    return new SecretSink(SecretSinks.ClientConstructor, "cosmos");
                }
            }

            return SecretSink.Other;
        }

        /// <summary>The Cosmos client a credential object is given to, directly or through a variable.</summary>
        private static BaseObjectCreationExpressionSyntax? CosmosClientReceiving(ExpressionSyntax created, SemanticModel semanticModel, CosmosSymbols symbols, CancellationToken cancellationToken)
        {
            var uses = created.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }
                ? VariableUses.ArgumentReferences(declarator, semanticModel, cancellationToken)
                : new[] { created };
            foreach (var use in uses)
            {
                if (use.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax client } }
                    && semanticModel.GetSymbolInfo(client, cancellationToken).Symbol is IMethodSymbol constructor
                    && symbols.IsClient(constructor.ContainingType))
                {
                    return client;
                }
            }

            return null;
        }

        /// <summary>The account endpoint argument of a Cosmos client, when known at analysis time (<c>new Uri("...")</c> included).</summary>
        private static string? EndpointArgument(BaseObjectCreationExpressionSyntax client, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            if (client.ArgumentList is not { Arguments.Count: > 0 } arguments)
            {
                return null;
            }

            var endpoint = arguments.Arguments[0].Expression;
            if (endpoint is BaseObjectCreationExpressionSyntax { ArgumentList.Arguments: { Count: 1 } uriArguments })
            {
                endpoint = uriArguments[0].Expression;
            }

            var value = StringExpressions.Fold(endpoint, semanticModel, cancellationToken);
            return CosmosSecretDetector.NormalizeEndpoint(value);
        }

        // The connection string is an argument of new CosmosClient(...), not of a builder.
        private static bool IsCosmosClient(ExpressionSyntax value, SemanticModel semanticModel, CosmosSymbols symbols, CancellationToken cancellationToken) =>
            value.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax creation } }
            && SymbolEqualityComparer.Default.Equals(semanticModel.GetTypeInfo(creation, cancellationToken).Type, symbols.CosmosClient);

        private static void Report(SecretContext context, ExpressionSyntax location, CosmosSecret secret, SecretSink sink, CosmosSymbols symbols, bool needsEndpoint, ClientUsage? usage)
        {
            var role = UsageRoles.ForCreation(Client, usage);
            var blocker = SecretCarriers.FixBlockerOf(location) ?? FixBlockerFor(secret, sink, symbols, needsEndpoint);
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[DiagnosticProperties.SecretKind] = "CosmosAccountKey";
            DiagnosticProperties.AddService(properties, Services.CosmosDb.DisplayName);
            properties[DiagnosticProperties.Resource] = secret.AccountName;
            UsageRoles.AddProperties(properties, role);
            properties[DiagnosticProperties.Sink] = sink.Kind;
            properties[DiagnosticProperties.EndpointPrefix + "cosmos"] = secret.AccountEndpoint;
            if (blocker is not null)
            {
                properties[DiagnosticProperties.FixBlocker] = blocker;
            }

            DiagnosticProperties.AddFixCredential(properties, blocker, sink.Kind, context.PreferredCredential);

            // Known uses name the creation calls; else a syntax-only scan of the file.
            var creations = UsageRoles.CosmosControlPlaneCalls(usage);
            var warning = creations.Count > 0
                ? ". The code creates databases or containers (" + string.Join(", ", creations) + "), which data-plane roles cannot do: create the database and containers in deployment (Bicep, ARM or the az CLI)"
                : (usage is null || usage.EscapeReason is not null) && CreatesDatabasesOrContainers(location.SyntaxTree, context.CancellationToken)
                    ? ". This file creates databases or containers, which the data-plane roles cannot do: create them with Bicep, ARM or the az CLI"
                    : string.Empty;
            var known = usage is not null && usage.EscapeReason is null && role.Reason.Length > 0;
            context.ReportDiagnostic(Diagnostic.Create(
                Rule,
                location.GetLocation(),
                BaselineFingerprint.With(properties.ToImmutable(), context.Options, Rule.Id, location.GetLocation(), secret.Key, member: null, context.CancellationToken),
                secret.AccountName ?? UnknownAccount,
                SecretRedaction.Redact(secret.Key),
                role.Role,
                known ? string.Empty : ReaderAlternative,
                role.Reason + warning + FixNote(blocker)));
        }

        private static string? FixBlockerFor(CosmosSecret secret, SecretSink sink, CosmosSymbols symbols, bool needsEndpoint)
        {
            if (sink.Kind == SecretSinks.LegacySdk)
            {
                return FixBlockers.LegacySdk;
            }

            if (sink.Kind == SecretSinks.Other)
            {
                return null;
            }

            if (!symbols.Identity.IsAvailable)
            {
                return FixBlockers.AzureIdentityMissing;
            }

            // A key argument or credential object keeps the endpoint argument the client already has.
            return needsEndpoint && secret.AccountEndpoint is null ? FixBlockers.EndpointUnknown : null;
        }

        private static string FixNote(string? blocker) => blocker switch
        {
            FixBlockers.LegacySdk => ". DocumentClient (Microsoft.Azure.DocumentDB, retired) cannot use token credentials: move to Microsoft.Azure.Cosmos 3 and its CosmosClient (no automatic fix)",
            FixBlockers.EndpointUnknown => ". No automatic fix: the account endpoint cannot be derived from the connection string",
            _ => FixBlockers.SharedNote(blocker),
        };

        /// <summary>Whether the file calls a database or container creation method (by name: a syntax-only scan).</summary>
        private static bool CreatesDatabasesOrContainers(SyntaxTree tree, CancellationToken cancellationToken)
        {
            // A look-up per method name in the tree's identifier index, not a walk of the tree per finding.
            var index = IdentifierIndex.Of(tree, cancellationToken);
            foreach (var method in ResourceCreationMethods)
            {
                foreach (var name in index.Named(method))
                {
                    if (name.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax } access && access.Name == name)
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
