using SecretlessAnalyzers.Catalog;
using SecretlessAnalyzers.Common;
using SecretlessAnalyzers.Storage;
using SecretlessAnalyzers.Usage;

namespace SecretlessAnalyzers.Rules
{
    /// <summary>
    /// SL1001: a storage account key or shared access signature written in code, in a connection string, a SAS URL or
    /// token, or a shared-key credential. Reported once per secret, at the expression that holds it.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class StorageAccountKeyAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            DiagnosticIds.StorageAccountKey,
            title: "Storage account key or SAS embedded in code",
            messageFormat: "{0} for storage account '{1}' is embedded in code as {2}; authenticate with a managed identity granted '{3}'{4}",
            category: DiagnosticCategories.Security,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A storage account key grants full control of the whole account and a SAS grants what it was signed for, "
                + "to anyone who reads the code, its history or its build logs. Use Azure.Identity token credentials with a managed identity instead.",
            helpLinkUri: HelpLinks.ForRule(DiagnosticIds.StorageAccountKey),
            customTags: new[] { "Security", "Secret" });

        private const string UnknownAccount = "(unknown)";

        private static readonly CandidateSyntax Candidates = new CandidateSyntax(
            StorageSecretDetector.MightContainSecret,
            new[] { "AccountKey", "sig=", "SharedAccessSignature" },
            new[] { "StorageSharedKeyCredential", "TableSharedKeyCredential", "StorageCredentials" });

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();

            // A secret pasted into generated code (settings designers, scaffolding) is still a secret.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            SecretAnalysis.RegisterActions(context, compilation => new StorageSymbols(compilation), Candidates, AnalyzeValue, AnalyzeKeyCredentialCreation);
        }

        private static void AnalyzeValue(SecretContext context, ExpressionSyntax whole, string value, Lazy<StorageSymbols> symbols)
        {
            var secret = StorageSecretDetector.Detect(value);
            if (secret is null)
            {
                return;
            }

            var sink = StorageSinkClassifier.Classify(whole, context.SemanticModel, symbols.Value, context.CancellationToken);
            Report(context, whole, secret, sink, symbols.Value);
        }

        /// <summary><c>new StorageSharedKeyCredential("account", "key")</c> and the legacy <c>StorageCredentials</c>.</summary>
        private static void AnalyzeKeyCredentialCreation(SecretContext context, BaseObjectCreationExpressionSyntax creation, Lazy<StorageSymbols> symbols)
        {
            if (creation.ArgumentList is not { Arguments.Count: >= 2 } arguments || !MayBeKeyCredential(creation))
            {
                return;
            }

            if (context.SemanticModel.GetSymbolInfo(creation, context.CancellationToken).Symbol is not IMethodSymbol constructor)
            {
                return;
            }

            var type = constructor.ContainingType;
            var isLegacy = symbols.Value.IsLegacy(type);
            if (!symbols.Value.IsKeyCredential(type) && !isLegacy)
            {
                return;
            }

            var keyArgument = CandidateSyntax.FindStringArgument(arguments, constructor, "accountKey", "keyValue");
            var nameArgument = CandidateSyntax.FindStringArgument(arguments, constructor, "accountName");
            if (keyArgument is null)
            {
                return;
            }

            var key = StringExpressions.Fold(keyArgument.Expression, context.SemanticModel, context.CancellationToken);
            if (key is null || !StorageSecretDetector.LooksLikeAccountKey(key) || StorageSecretDetector.IsEmulatorKey(key))
            {
                return;
            }

            var account = nameArgument is null ? null : StringExpressions.Fold(nameArgument.Expression, context.SemanticModel, context.CancellationToken);
            if (account is not null && FoldedString.HasHole(account))
            {
                account = null;
            }

            var secret = new StorageSecret(StorageSecretKind.AccountKey, key, account, ImmutableDictionary<string, string>.Empty);
            var sink = isLegacy
                ? new SecretSink(SecretSinks.LegacySdk, null)
                : StorageSinkClassifier.ClassifyValueUse(creation, context.SemanticModel, symbols.Value, context.CancellationToken);
            Report(context, keyArgument.Expression, secret, sink, symbols.Value);
        }

        private static void Report(SecretContext context, ExpressionSyntax location, StorageSecret secret, SecretSink sink, StorageSymbols symbols)
        {
            var blocker = SecretCarriers.FixBlockerOf(location) ?? FixBlockerFor(secret, sink, symbols);
            // What the code calls on the clients the secret reaches narrows the role (Storage Blob Data Reader for downloads only...).
            // A legacy account serves every storage service: the clients it creates say which.
            var usage = UsageRoles.ForSecret(
                location,
                new KnownClient(Services.Storage.DisplayName, StorageSymbols.RoleForService(sink.Service), sink.Service),
                type => symbols.ServiceOf(type) is { } service ? new KnownClient(Services.Storage.DisplayName, StorageSymbols.RoleForService(service), service)
                    : symbols.IsLegacy(type) ? new KnownClient(Services.Storage.DisplayName, StorageSymbols.RoleForService(null), null)
                    : null,
                context.SemanticModel,
                context.CancellationToken);
            var role = usage.Role;

            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[DiagnosticProperties.SecretKind] = secret.Kind == StorageSecretKind.AccountKey ? "StorageAccountKey" : "StorageSharedAccessSignature";
            DiagnosticProperties.AddService(properties, Services.Storage.DisplayName);
            var account = secret.AccountName ?? AccountOfClientUri(location, context.SemanticModel, context.CancellationToken);
            properties[DiagnosticProperties.Resource] = account;
            UsageRoles.AddProperties(properties, usage);
            properties[DiagnosticProperties.Sink] = sink.Kind;

            if (blocker is not null)
            {
                properties[DiagnosticProperties.FixBlocker] = blocker;
            }

            DiagnosticProperties.AddFixCredential(properties, blocker, sink.Kind, context.PreferredCredential);

            foreach (var endpoint in secret.Endpoints)
            {
                properties[DiagnosticProperties.EndpointPrefix + endpoint.Key] = endpoint.Value;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Rule,
                location.GetLocation(),
                BaselineFingerprint.With(properties.ToImmutable(), context.Options, Rule.Id, location.GetLocation(), secret.Secret, member: null, context.CancellationToken),
                secret.KindDisplayName,
                account ?? UnknownAccount,
                SecretRedaction.Redact(secret.Secret),
                role,
                FixNote(blocker)));
        }

        /// <summary>
        /// A SAS or key in a credential names no account; the client it is given to may, in its URI:
        /// <c>new BlobContainerClient(new Uri("https://contoso.blob.core.windows.net/orders"), new AzureSasCredential("sv=..."))</c>.
        /// </summary>
        private static string? AccountOfClientUri(ExpressionSyntax location, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            if (location.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax credential } }
                || credential.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Arguments: { Count: > 0 } clientArguments, Parent: BaseObjectCreationExpressionSyntax } }
                || UriArguments.ConstantUri(clientArguments[0].Expression, semanticModel, cancellationToken) is not { } uri)
            {
                return null;
            }

            // contoso.blob.core.windows.net → contoso (sovereign clouds and custom suffixes keep the service label).
            var labels = uri.Host.Split('.');
            return labels.Length >= 3 && Array.IndexOf(StorageSecretDetector.Services, labels[1]) >= 0 ? labels[0] : null;
        }

        private static string? FixBlockerFor(StorageSecret secret, SecretSink sink, StorageSymbols symbols)
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

            var needsEndpoint = sink.Kind == SecretSinks.ClientConstructor || sink.Kind == SecretSinks.ClientRegistration;
            return needsEndpoint && sink.Service is not null && !secret.Endpoints.ContainsKey(sink.Service)
                ? FixBlockers.EndpointUnknown
                : null;
        }

        private static string FixNote(string? blocker) => blocker switch
        {
            FixBlockers.LegacySdk => ". WindowsAzure.Storage cannot use token credentials here: move to the Azure.Storage.* / Azure.Data.Tables packages (no automatic fix)",
            FixBlockers.EndpointUnknown => ". No automatic fix: the service endpoint cannot be derived from the connection string",
            _ => FixBlockers.SharedNote(blocker),
        };

        // Syntactic pre-filter: only creations whose type name could be a shared-key credential are bound.
        private static bool MayBeKeyCredential(BaseObjectCreationExpressionSyntax creation) =>
            CandidateSyntax.CreatedTypeName(creation) is null or "StorageSharedKeyCredential" or "TableSharedKeyCredential" or "StorageCredentials";
    }
}
