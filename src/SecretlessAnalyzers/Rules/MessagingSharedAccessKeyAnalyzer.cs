using SecretlessAnalyzers.Catalog;
using SecretlessAnalyzers.Common;
using SecretlessAnalyzers.Messaging;
using SecretlessAnalyzers.Usage;

namespace SecretlessAnalyzers.Rules
{
    /// <summary>
    /// SL1002: a Service Bus, Event Hubs or Relay shared access key or signature written in code: in a connection
    /// string, a <c>SharedAccessSignature sr=...</c> token, or an <c>AzureNamedKeyCredential</c> given to a messaging
    /// client. Reported once per secret, at the expression that holds it.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class MessagingSharedAccessKeyAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            DiagnosticIds.MessagingSharedAccessKey,
            title: "Service Bus / Event Hubs / Relay shared access key embedded in code",
            messageFormat: "{0} for {1} namespace '{2}' is embedded in code as {3}; authenticate with a managed identity granted '{4}'{5}",
            category: DiagnosticCategories.Security,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A shared access key grants what its policy allows (RootManageSharedAccessKey: everything) on the whole namespace or entity, "
                + "to anyone who reads the code, its history or its build logs. Use Azure.Identity token credentials with a managed identity instead.",
            helpLinkUri: HelpLinks.ForRule(DiagnosticIds.MessagingSharedAccessKey),
            customTags: new[] { "Security", "Secret" });

        private const string UnknownNamespace = "(unknown)";

        private static readonly CandidateSyntax Candidates = new CandidateSyntax(
            MessagingSecretDetector.MightContainSecret,
            new[] { "SharedAccessKey", "SharedAccessSignature" },
            new[] { "AzureNamedKeyCredential" });

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();

            // A key pasted into generated code (settings designers, scaffolding) is still a key.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            SecretAnalysis.RegisterActions(context, compilation => new MessagingSymbols(compilation), Candidates, AnalyzeValue, AnalyzeNamedKeyCredentialCreation);
        }

        private static void AnalyzeValue(SecretContext context, ExpressionSyntax whole, string value, Lazy<MessagingSymbols> symbols)
        {
            var secret = MessagingSecretDetector.Detect(value);
            if (secret is null)
            {
                return;
            }

            var sink = MessagingSinkClassifier.Classify(whole, context.SemanticModel, symbols.Value, context.CancellationToken);
            Report(context, whole, secret, sink, symbols.Value);
        }

        /// <summary><c>new AzureNamedKeyCredential("RootManageSharedAccessKey", "key")</c> given to a messaging client.</summary>
        private static void AnalyzeNamedKeyCredentialCreation(SecretContext context, BaseObjectCreationExpressionSyntax creation, Lazy<MessagingSymbols> symbols)
        {
            if (creation.ArgumentList is not { Arguments.Count: 2 } arguments
                || CandidateSyntax.CreatedTypeName(creation) is not (null or "AzureNamedKeyCredential")
                || context.SemanticModel.GetSymbolInfo(creation, context.CancellationToken).Symbol is not IMethodSymbol constructor
                || !SymbolEqualityComparer.Default.Equals(constructor.ContainingType, symbols.Value.AzureNamedKeyCredential))
            {
                return;
            }

            var keyArgument = CandidateSyntax.FindStringArgument(arguments, constructor, "key");
            var key = keyArgument is null ? null : StringExpressions.Fold(keyArgument.Expression, context.SemanticModel, context.CancellationToken);
            if (key is null || !KeyShapes.IsBase64Key(key))
            {
                return;
            }

            // The credential type serves other SDKs too: this rule speaks only for the messaging clients.
            var sink = MessagingSinkClassifier.ClassifyValueUse(creation, context.SemanticModel, symbols.Value, context.CancellationToken);
            if (sink.Client is null || sink.ClientCreation is null)
            {
                return;
            }

            var secret = new MessagingSecret(
                MessagingSecretKind.SharedAccessKey,
                key,
                ConstantArgument(sink.ClientCreation, "fullyQualifiedNamespace", context.SemanticModel, context.CancellationToken),
                EntityPath: null,
                KeyName: ConstantArgument(creation, "name", context.SemanticModel, context.CancellationToken));
            Report(context, keyArgument!.Expression, secret, sink, symbols.Value);
        }

        private static void Report(SecretContext context, ExpressionSyntax location, MessagingSecret secret, MessagingSink sink, MessagingSymbols symbols)
        {
            var blocker = SecretCarriers.FixBlockerOf(location) ?? FixBlockerFor(secret, sink, symbols);
            // What the code calls on the clients the secret reaches narrows the role (a Service Bus client that only sends needs Data Sender).
            var usage = sink.Kind == SecretSinks.LegacySdk
                ? (UsageRole?)null
                : UsageRoles.ForSecret(
                    location,
                    new KnownClient(MessagingClients.ServiceDisplayName(sink.Client), MessagingClients.RoleFor(sink.Client), sink.Client),
                    type => symbols.ClientOf(type) is { } client ? new KnownClient(MessagingClients.ServiceDisplayName(client), MessagingClients.RoleFor(client), client) : null,
                    context.SemanticModel,
                    context.CancellationToken);
            var role = usage?.Role ?? MessagingClients.RoleFor(sink.Client);

            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[DiagnosticProperties.SecretKind] = secret.Kind == MessagingSecretKind.SharedAccessKey ? "MessagingSharedAccessKey" : "MessagingSharedAccessSignature";
            DiagnosticProperties.AddService(properties, MessagingClients.ServiceDisplayName(sink.Client));
            properties[DiagnosticProperties.Resource] = secret.FullyQualifiedNamespace;
            properties[DiagnosticProperties.Role] = role;
            properties[DiagnosticProperties.Sink] = sink.Kind;
            if (secret.EntityPath is not null)
            {
                properties[DiagnosticProperties.EntityPath] = secret.EntityPath;
            }

            if (usage is { } known)
            {
                UsageRoles.AddProperties(properties, known);
                Grant.AddProperties(properties, EntityScoped(known.Grants, secret, sink));
            }

            if (blocker is not null)
            {
                properties[DiagnosticProperties.FixBlocker] = blocker;
            }

            DiagnosticProperties.AddFixCredential(properties, blocker, sink.Kind, context.PreferredCredential);

            var notes = secret.IsFullControlKey
                ? ". 'RootManageSharedAccessKey' is the namespace's full-control key (manage, send and listen on every entity): rotate it once the code no longer uses it"
                : string.Empty;
            context.ReportDiagnostic(Diagnostic.Create(
                Rule,
                location.GetLocation(),
                BaselineFingerprint.With(properties.ToImmutable(), context.Options, Rule.Id, location.GetLocation(), secret.Secret, member: null, context.CancellationToken),
                secret.KindDisplayName,
                MessagingClients.ServiceDisplayName(sink.Client),
                secret.FullyQualifiedNamespace ?? UnknownNamespace,
                SecretRedaction.Redact(secret.Secret),
                role,
                notes + FixNote(blocker, sink)));
        }

        /// <summary>
        /// A connection string's EntityPath binds its clients to that queue, topic or event hub (the SDK refuses any
        /// other), so whole-namespace grants narrow to it.
        /// </summary>
        private static IEnumerable<Grant> EntityScoped(IReadOnlyList<Grant> grants, MessagingSecret secret, MessagingSink sink)
        {
            var entity = ClientUsage.IsPlainName(secret.EntityPath)
                ? (MessagingClients.IsEventHubs(sink.Client) ? ResourceScopes.EventHub : ResourceScopes.ServiceBusEntity).For(secret.EntityPath!)
                : null;
            foreach (var grant in grants)
            {
                yield return entity is not null && grant.Scope.Length == 0 ? new Grant(grant.Role, entity) : grant;
            }
        }

        private static string? FixBlockerFor(MessagingSecret secret, MessagingSink sink, MessagingSymbols symbols)
        {
            if (sink.Kind == SecretSinks.LegacySdk)
            {
                return FixBlockers.LegacySdk;
            }

            if (sink.Client is null)
            {
                return null;
            }

            if (!symbols.Identity.IsAvailable)
            {
                return FixBlockers.AzureIdentityMissing;
            }

            // A credential object keeps the namespace argument the client already has.
            if (sink.Kind != SecretSinks.Credential && secret.FullyQualifiedNamespace is null)
            {
                return FixBlockers.EndpointUnknown;
            }

            return MessagingClients.IsEventHubs(sink.Client) && sink.Kind != SecretSinks.Credential && secret.EntityPath is null && !sink.NamesEventHub
                ? FixBlockers.EntityUnknown
                : null;
        }

        private static string FixNote(string? blocker, MessagingSink sink) => blocker switch
        {
            FixBlockers.LegacySdk => ". " + sink.LegacyPackage + " is retired: move to " + MessagingSymbols.ReplacementOf(sink.LegacyPackage) + ", whose clients take a TokenCredential (no automatic fix)",
            FixBlockers.EndpointUnknown => ". No automatic fix: the namespace cannot be derived from the connection string's Endpoint",
            FixBlockers.EntityUnknown => ". No automatic fix: neither the connection string (EntityPath) nor the code names the event hub",
            _ => FixBlockers.SharedNote(blocker),
        };

        private static string? ConstantArgument(BaseObjectCreationExpressionSyntax creation, string parameterName, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            if (creation.ArgumentList is null
                || semanticModel.GetSymbolInfo(creation, cancellationToken).Symbol is not IMethodSymbol method
                || CandidateSyntax.FindStringArgument(creation.ArgumentList, method, parameterName) is not { } argument)
            {
                return null;
            }

            var value = StringExpressions.Fold(argument.Expression, semanticModel, cancellationToken);
            return value is null || value.Length == 0 || FoldedString.HasHole(value) ? null : value;
        }
    }
}
