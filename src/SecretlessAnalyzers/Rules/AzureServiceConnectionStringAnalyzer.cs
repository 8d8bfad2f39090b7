using SecretlessAnalyzers.AzureServices;
using SecretlessAnalyzers.Catalog;
using SecretlessAnalyzers.Common;
using SecretlessAnalyzers.Usage;

namespace SecretlessAnalyzers.Rules
{
    /// <summary>Values of <see cref="DiagnosticProperties.FixBlocker"/> specific to SL1007.</summary>
    public static class AzureServiceFixBlockers
    {
        public const string NoTokenOverload = "NoTokenOverload";
        public const string ClientUnknown = "ClientUnknown";
        public const string NotAsync = "NotAsync";
        public const string RedisExtensionMissing = "RedisExtensionMissing";
        public const string RunTimeParts = "RunTimeParts";
        public const string RedisCacheOptions = "RedisCacheOptions";
    }

    /// <summary>
    /// SL1007: a connection string with a secret for Azure Cache for Redis, App Configuration, SignalR, Web PubSub or
    /// Event Grid. Reported once per secret, at the expression that holds it.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class AzureServiceConnectionStringAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Property: the <see cref="AzureServiceKind"/> name.</summary>
        public const string KindProperty = "AzureService";

        /// <summary>Property: the <see cref="AzureServiceClient"/> name.</summary>
        public const string ClientProperty = "AzureServiceClient";

        /// <summary>Property: the endpoint the token-credential overload takes.</summary>
        public const string EndpointProperty = DiagnosticProperties.EndpointPrefix + "service";

        public static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            DiagnosticIds.AzureServiceConnectionString,
            title: "Azure service connection string with a secret embedded in code",
            messageFormat: "{0} for {1} '{2}' is embedded in code as {3}; authenticate with a managed identity granted '{4}'{5}",
            category: DiagnosticCategories.Security,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "An access key of Azure Cache for Redis, App Configuration, SignalR, Web PubSub or Event Grid grants full data access "
                + "to anyone who reads the code, its history or its build logs. These services accept Microsoft Entra tokens from a managed identity instead.",
            helpLinkUri: HelpLinks.ForRule(DiagnosticIds.AzureServiceConnectionString),
            customTags: new[] { "Security", "Secret" });

        private const int MinimumLength = 24;

        private static readonly Func<string, bool> MentionsSecret = AzureServiceConnectionStrings.MightContainSecret;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();

            // A key pasted into generated code is still a key.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            SecretAnalysis.RegisterActions(context, compilation => new AzureServiceSymbols(compilation), Candidates, AnalyzeValue, analyzeCreation: null);
        }

        // Words these connection strings cannot be written without (Redis password=, App Configuration Secret=, AccessKey=,
        // Event Grid's *Key=), counted where they end the key ("AccessKey=", not "apiKeyHeader").
        private static readonly CandidateSyntax Candidates = new CandidateSyntax(MentionsSecret, new[] { "password", "secret", "key" }, Array.Empty<string>(), MinimumLength, triggerWordsEndKeys: true);

        private static void AnalyzeValue(SecretContext context, ExpressionSyntax whole, string value, Lazy<AzureServiceSymbols> symbols)
        {
            var secret = AzureServiceConnectionStrings.Detect(value);
            if (secret is null)
            {
                return;
            }

            var use = symbols.Value.Classify(whole, context.SemanticModel, context.CancellationToken);
            var blocker = SecretCarriers.FixBlockerOf(whole) ?? FixBlockerFor(secret, use, FoldedString.HasHole(value), symbols.Value);

            // new ConfigurationClient(connectionString): reads only need the reader role, writes the owner role.
            var role = use.Client == AzureServiceClient.ConfigurationClient && use.Sink == SecretSinks.ClientConstructor
                ? UsageRoles.ForCreation(new KnownClient(Services.AppConfiguration.DisplayName, secret.Role, null), UsageRoles.UsageOfSecretArgument(whole, context.SemanticModel, context.CancellationToken))
                : new UsageRole((secret.Service?.DisplayName ?? "Azure"), secret.Role, string.Empty);
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[DiagnosticProperties.SecretKind] = secret.Kind + "AccessKey";
            DiagnosticProperties.AddService(properties, (secret.Service?.DisplayName ?? "Azure"));
            properties[DiagnosticProperties.Resource] = secret.Host;
            UsageRoles.AddProperties(properties, role);
            properties[DiagnosticProperties.Sink] = use.Sink;
            properties[KindProperty] = secret.Kind.ToString();
            properties[ClientProperty] = use.Client.ToString();
            if (secret.Endpoint is not null)
            {
                properties[EndpointProperty] = secret.Endpoint;
            }

            if (blocker is not null)
            {
                properties[DiagnosticProperties.FixBlocker] = blocker;
            }

            DiagnosticProperties.AddFixCredential(properties, blocker, use.Sink, context.PreferredCredential);

            context.ReportDiagnostic(Diagnostic.Create(
                Rule,
                whole.GetLocation(),
                BaselineFingerprint.With(properties.ToImmutable(), context.Options, Rule.Id, whole.GetLocation(), secret.Secret, member: null, context.CancellationToken),
                secret.SecretDisplayName,
                secret.ServiceDisplayName,
                secret.ResourceName,
                SecretRedaction.Redact(secret.Secret),
                role.Role,
                role.Reason + FixNote(blocker, secret.Kind)));
        }

        private static string? FixBlockerFor(AzureServiceSecret secret, AzureServiceUse use, bool hasRunTimeParts, AzureServiceSymbols symbols)
        {
            if (secret.Kind is AzureServiceKind.SignalR or AzureServiceKind.EventGrid or AzureServiceKind.Communication or AzureServiceKind.OtherAzureService)
            {
                return AzureServiceFixBlockers.NoTokenOverload;
            }

            if (use.Client == AzureServiceClient.Unknown)
            {
                return AzureServiceFixBlockers.ClientUnknown;
            }


            if (!symbols.Identity.IsAvailable)
            {
                return FixBlockers.AzureIdentityMissing;
            }

            if (secret.Kind != AzureServiceKind.Redis)
            {
                return null;
            }

            // RedisCacheOptions: the fix writes an async connection factory, so the code around it need not await.
            return symbols.AzureCacheForRedis is null ? (use.Client == AzureServiceClient.RedisCacheOptions ? AzureServiceFixBlockers.RedisCacheOptions : AzureServiceFixBlockers.RedisExtensionMissing)
                : !use.InAsyncCode && use.Client != AzureServiceClient.RedisCacheOptions ? AzureServiceFixBlockers.NotAsync
                : hasRunTimeParts ? AzureServiceFixBlockers.RunTimeParts
                : null;
        }

        /// <summary>The package that gives StackExchange.Redis its Microsoft Entra authentication.</summary>
        private const string RedisEntraPackage = "Microsoft.Azure.StackExchangeRedis";

        private static string FixNote(string? blocker, AzureServiceKind kind) => blocker switch
        {
            AzureServiceFixBlockers.NoTokenOverload when kind == AzureServiceKind.SignalR =>
                ". No automatic fix: configure the SignalR endpoint with a token credential (new ServiceEndpoint(new Uri(endpoint), credential))",
            AzureServiceFixBlockers.NoTokenOverload when kind is AzureServiceKind.Communication or AzureServiceKind.OtherAzureService =>
                ". No automatic fix: create the client with the endpoint and a token credential (managed identity)",
            AzureServiceFixBlockers.NoTokenOverload =>
                ". No automatic fix: publish with new EventGridPublisherClient(new Uri(topicEndpoint), credential)",
            AzureServiceFixBlockers.ClientUnknown => ". No automatic fix: the connection string does not go straight to a client with a token-credential overload",
            AzureServiceFixBlockers.NotAsync =>
                ". No automatic fix: Entra authentication (ConfigureForAzureWithTokenCredentialAsync, " + RedisEntraPackage + ") must be awaited "
                + "and this code cannot await; connect with ConnectionMultiplexer.ConnectAsync in async code",
            AzureServiceFixBlockers.RedisExtensionMissing => ". Add the " + RedisEntraPackage + " package to enable the automatic fix",
            AzureServiceFixBlockers.RedisCacheOptions =>
                ". RedisCacheOptions.Configuration cannot carry a token: add the " + RedisEntraPackage + " package to enable the automatic fix "
                + "(a ConnectionMultiplexerFactory that connects with ConfigureForAzureWithTokenCredentialAsync)",
            AzureServiceFixBlockers.RunTimeParts => ". No automatic fix: parts of the configuration are only known at run time",
            _ => FixBlockers.SharedNote(blocker),
        };
    }
}
