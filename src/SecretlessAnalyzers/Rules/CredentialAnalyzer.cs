using SecretlessAnalyzers.Catalog;
using SecretlessAnalyzers.Common;
using SecretlessAnalyzers.Credentials;
using SecretlessAnalyzers.Usage;

namespace SecretlessAnalyzers.Rules
{
    /// <summary>
    /// SL1005: a Microsoft Entra client secret, user password or certificate password written in code, given to an
    /// Azure.Identity credential, certificate loading, MSAL or the environment DefaultAzureCredential reads.
    /// SL1006: a literal API key, named key or SAS given to a key credential or to a client that takes a key.
    /// Both are API-anchored: the parameter can only hold a secret, so any literal that is not a placeholder counts.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CredentialAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor ClientSecretRule = new DiagnosticDescriptor(
            DiagnosticIds.ClientSecret,
            title: "Microsoft Entra client secret or password embedded in code",
            messageFormat: "{0} given to {1} is embedded in code as {2}; {3}{4}",
            category: DiagnosticCategories.Security,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A client secret or password lets anyone who reads the code, its history or its build logs sign in as the application or the user. "
                + "A managed identity (or workload identity federation) has no secret to leak.",
            helpLinkUri: HelpLinks.ForRule(DiagnosticIds.ClientSecret),
            customTags: new[] { "Security", "Secret" });

        public static readonly DiagnosticDescriptor ApiKeyRule = new DiagnosticDescriptor(
            DiagnosticIds.ApiKey,
            title: "API key embedded in code",
            messageFormat: "{0} given to {1} is embedded in code as {2}; authenticate {3} with a managed identity granted '{4}'{5}",
            category: DiagnosticCategories.Security,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "An API key grants full data access to the service to anyone who reads the code, its history or its build logs. "
                + "Use the client's TokenCredential constructor with a managed identity instead.",
            helpLinkUri: HelpLinks.ForRule(DiagnosticIds.ApiKey),
            customTags: new[] { "Security", "Secret" });

        /// <summary>Values of <see cref="DiagnosticProperties.FixBlocker"/> specific to this family.</summary>
        public static class Blockers
        {
            public const string UserFlow = "UserFlow";
            public const string Msal = "Msal";
            public const string EnvironmentSetup = "EnvironmentSetup";
            public const string CertificateLoading = "CertificateLoading";
            public const string CredentialOptions = "CredentialOptions";
            public const string NoClient = "NoClient";
            public const string NoTokenOverload = "NoTokenOverload";
            public const string RegionalEndpoint = "RegionalEndpoint";
            public const string KeyParameter = "KeyParameter";
        }

        private const int MinimumSecretLength = 6;

        // Type and method names whose calls may receive a secret: the syntactic pre-filter before any binding.
        private static readonly string[] CredentialTypeNames =
        {
            "ClientSecretCredential", "OnBehalfOfCredential", "AuthorizationCodeCredential", "UsernamePasswordCredential",
            "X509Certificate2", "AzureKeyCredential", "AzureNamedKeyCredential", "AzureSasCredential", "ApiKeyCredential",
            "ClientCredential",
        };

        private static readonly string[] MethodNames =
        {
            "WithClientSecret", "SetEnvironmentVariable", "Import", "Update", "LoadPkcs12", "LoadPkcs12FromFile", "LoadPkcs12Collection", "LoadPkcs12CollectionFromFile",
        };

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(ClientSecretRule, ApiKeyRule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();

            // A secret in generated code (settings designers, scaffolding) is still a secret.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(static start =>
            {
                var compilation = start.Compilation;
                var symbols = new Lazy<CredentialSymbols>(() => new CredentialSymbols(compilation), LazyThreadSafetyMode.ExecutionAndPublication);
                var isTestProject = new Lazy<bool>(() => SecretlessOptions.IsTestProject(compilation), LazyThreadSafetyMode.ExecutionAndPublication);
                start.RegisterSemanticModelAction(model => AnalyzeFile(model, symbols, isTestProject));
            });
        }

        /// <summary>
        /// One action per file, not one per call: a file whose text names no credential type, client, certificate
        /// loader or environment call is searched once and never walked or bound; in the others each call is looked at.
        /// </summary>
        private static void AnalyzeFile(SemanticModelAnalysisContext model, Lazy<CredentialSymbols> symbols, Lazy<bool> isTestProject)
        {
            var cancellationToken = model.CancellationToken;
            var tree = model.SemanticModel.SyntaxTree;
            if (!MentionsCredentialOrClient(tree.GetText(cancellationToken)))
            {
                return;
            }

            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (node.IsKind(SyntaxKind.ObjectCreationExpression) || node.IsKind(SyntaxKind.ImplicitObjectCreationExpression) || node.IsKind(SyntaxKind.InvocationExpression))
                {
                    Analyze(new CallContext(node, model), symbols, isTestProject);
                }
            }
        }

        /// <summary>What the per-call analysis needs from the file's action.</summary>
        private readonly struct CallContext
        {
            private readonly SemanticModelAnalysisContext _file;

            public CallContext(SyntaxNode node, SemanticModelAnalysisContext file)
            {
                Node = node;
                _file = file;
            }

            public SyntaxNode Node { get; }

            public SemanticModel SemanticModel => _file.SemanticModel;

            public Compilation Compilation => _file.SemanticModel.Compilation;

            public AnalyzerOptions Options => _file.Options;

            public CancellationToken CancellationToken => _file.CancellationToken;

            public void ReportDiagnostic(Diagnostic diagnostic) => _file.ReportDiagnostic(diagnostic);
        }

        private static void Analyze(CallContext context, Lazy<CredentialSymbols> symbols, Lazy<bool> isTestProject)
        {
            var call = (ExpressionSyntax)context.Node;
            var arguments = call switch
            {
                BaseObjectCreationExpressionSyntax creation => creation.ArgumentList,
                InvocationExpressionSyntax invocation => invocation.ArgumentList,
                _ => null,
            };
            if (arguments is null || arguments.Arguments.Count == 0 || !MayReceiveSecret(call, arguments))
            {
                return;
            }

            var options = SecretlessOptions.For(context.Options, context.Node.SyntaxTree);
            if (!options.Scans(isTestProject.Value, heuristic: false)
                || context.SemanticModel.GetSymbolInfo(call, context.CancellationToken).Symbol is not IMethodSymbol method)
            {
                return;
            }

            foreach (var argument in arguments.Arguments)
            {
                var parameter = ArgumentBinding.ParameterOf(argument, arguments, method);
                var secretParameter = parameter is null ? null : symbols.Value.Classify(method, parameter, arguments, context.SemanticModel, context.CancellationToken);
                if (secretParameter is null || secretParameter.RuleId == DiagnosticIds.StorageAccountKey)
                {
                    continue;
                }

                // "read ?? secret": the literal fallback is the secret in the code.
                var reported = StringExpressions.CoalesceFallback(argument.Expression) ?? argument.Expression;
                var value = StringExpressions.Fold(reported, context.SemanticModel, context.CancellationToken);
                if (!IsLiteralSecret(value)
                    || (secretParameter.RuleId == DiagnosticIds.ApiKey && NonSecretClassifier.IsWordsOnly(value!.Trim())))
                {
                    continue;
                }

                if (secretParameter.RuleId == DiagnosticIds.ClientSecret)
                {
                    ReportClientSecret(context, call, argument, reported, secretParameter, value!, symbols.Value);
                }
                else
                {
                    ReportApiKey(context, call, argument, reported, secretParameter, value!, symbols.Value);
                }
            }
        }

        /// <summary>
        /// A literal, constant-built value that is a real secret: not run-time, not a placeholder, and not a
        /// connection string or storage SAS, which the connection-string rules report. Where a key belongs (SL1006),
        /// words alone (<c>"BatchAccountKey"</c>, <c>"unused"</c>) are a label too; a password may be words.
        /// </summary>
        public static bool IsLiteralSecret(string? value) =>
            value is not null
            && value.Trim().Length >= MinimumSecretLength
            && !NonSecretClassifier.IsNonSecret(value)
            && !ConnectionStringAnchors.HasSecretKeyword(value);

        private static void ReportClientSecret(CallContext context, ExpressionSyntax call, ArgumentSyntax argument, ExpressionSyntax reported, SecretParameter secret, string value, CredentialSymbols symbols)
        {
            var api = secret.Api;
            string? blocker;
            var note = string.Empty;
            var credential = ReplaceableCredential(call, context.SemanticModel, symbols, context.CancellationToken);
            if (credential is not null)
            {
                api = credential.Value.Type.Name + (api == credential.Value.Type.Name ? string.Empty : " (through " + api + ")");
                blocker = HasOptions(credential.Value.Creation, credential.Value.Constructor) ? Blockers.CredentialOptions
                    : !symbols.Identity.IsAvailable ? FixBlockers.AzureIdentityMissing
                    : null;
                if (credential.Value.Type.Name == CredentialSymbols.UsernamePasswordCredentialName)
                {
                    note = ". UsernamePasswordCredential is obsolete: it cannot satisfy multifactor authentication";
                }
            }
            else
            {
                blocker = secret.Api.StartsWith("AZURE_", StringComparison.Ordinal) ? Blockers.EnvironmentSetup
                    : secret.Api.StartsWith("ConfidentialClientApplicationBuilder", StringComparison.Ordinal) ? (symbols.Identity.IsAvailable ? null : Blockers.Msal)
                    : secret.SecretKind == "CertificatePassword" ? Blockers.CertificateLoading
                    : Blockers.UserFlow;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                ClientSecretRule,
                reported.GetLocation(),
                BaselineFingerprint.With(
                    Properties(secret, Services.EntraApplication.DisplayName, role: null, SecretSinks.Credential, blocker, PreferredCredential(context),
                        credential is null ? null : ApplicationId(credential.Value.Creation, credential.Value.Constructor, context.SemanticModel, context.CancellationToken)),
                    context.Options, ClientSecretRule.Id, reported.GetLocation(), value, member: null, context.CancellationToken),
                secret.KindDisplayName,
                api,
                SecretRedaction.Redact(value),
                "authenticate with a managed identity instead and rotate the secret",
                note + ClientSecretNote(blocker, secret)));
        }

        /// <summary>The machine-readable properties of a finding; never the secret.</summary>
        private static ImmutableDictionary<string, string?> Properties(SecretParameter secret, string? service, string? role, string sink, string? blocker, string credential, string? resource = null, UsageRole? usage = null)
        {
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[DiagnosticProperties.SecretKind] = secret.SecretKind;
            DiagnosticProperties.AddService(properties, service);
            if (resource is not null)
            {
                properties[DiagnosticProperties.Resource] = resource;
            }

            if (usage is { } known)
            {
                UsageRoles.AddProperties(properties, known);
            }

            properties[DiagnosticProperties.Role] = role;
            properties[DiagnosticProperties.Sink] = sink;
            if (blocker is not null)
            {
                properties[DiagnosticProperties.FixBlocker] = blocker;
            }

            DiagnosticProperties.AddFixCredential(properties, blocker, sink, credential);
            return properties.ToImmutable();
        }

        private static string ClientSecretNote(string? blocker, SecretParameter secret) => blocker switch
        {
            Blockers.UserFlow => ". No automatic fix: " + secret.Api + " acts for a signed-in user, which a managed identity cannot; use a federated identity credential (client assertion) instead of the secret",
            Blockers.Msal => ". No automatic fix: add the Azure.Identity package, then prove the app with WithClientAssertion fed by a ManagedIdentityCredential token for api://AzureADTokenExchange",
            null when secret.Api.StartsWith("ConfidentialClientApplicationBuilder", StringComparison.Ordinal) =>
                ". The fix proves the app registration with WithClientAssertion fed by the managed identity's token for api://AzureADTokenExchange: add a federated identity credential that trusts the managed identity to the app registration first",
            Blockers.EnvironmentSetup => ". No automatic fix: delete this set-up, so DefaultAzureCredential falls through to the managed identity",
            Blockers.CertificateLoading => ". No automatic fix: load the certificate from Key Vault or a certificate store rather than a password-protected file",
            Blockers.CredentialOptions => ". No automatic fix: carry the credential options (authority host, tenants) over to the new credential by hand",
            _ => FixBlockers.SharedNote(blocker),
        };

        /// <summary>
        /// The Azure.Identity credential the secret feeds and the fix replaces: the creation itself
        /// (<c>new ClientSecretCredential(...)</c>) or a <c>ClientCertificateCredential</c> whose certificate argument
        /// is the password-protected load.
        /// </summary>
        public static (BaseObjectCreationExpressionSyntax Creation, INamedTypeSymbol Type, IMethodSymbol Constructor)? ReplaceableCredential(
            ExpressionSyntax call, SemanticModel semanticModel, CredentialSymbols symbols, CancellationToken cancellationToken)
        {
            var candidate = call as BaseObjectCreationExpressionSyntax;
            if (candidate is null || !symbols.IsReplaceableIdentityCredential(semanticModel.GetTypeInfo(candidate, cancellationToken).Type))
            {
                candidate = CandidateSyntax.WalkUpParentheses(call).Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax outer } }
                    ? outer
                    : null;
            }

            if (candidate is not null
                && semanticModel.GetSymbolInfo(candidate, cancellationToken).Symbol is IMethodSymbol constructor
                && symbols.IsReplaceableIdentityCredential(constructor.ContainingType))
            {
                return (candidate, constructor.ContainingType, constructor);
            }

            return null;
        }

        private static bool HasOptions(BaseObjectCreationExpressionSyntax creation, IMethodSymbol constructor)
        {
            if (creation.ArgumentList is null)
            {
                return false;
            }

            foreach (var argument in creation.ArgumentList.Arguments)
            {
                var parameter = ArgumentBinding.ParameterOf(argument, creation.ArgumentList, constructor);
                if (parameter is not null && parameter.Type.Name.EndsWith("Options", StringComparison.Ordinal) && !argument.Expression.IsKind(SyntaxKind.NullLiteralExpression))
                {
                    return true;
                }
            }

            return false;
        }

        private static void ReportApiKey(CallContext context, ExpressionSyntax call, ArgumentSyntax argument, ExpressionSyntax reported, SecretParameter secret, string value, CredentialSymbols symbols)
        {
            INamedTypeSymbol? client = null;
            string? blocker;
            if (!symbols.IsKeyCredential(context.SemanticModel.GetTypeInfo(call, context.CancellationToken).Type))
            {
                // The key is a plain string parameter of the client itself.
                client = context.SemanticModel.GetTypeInfo(call, context.CancellationToken).Type as INamedTypeSymbol;
                blocker = Blockers.KeyParameter;
            }
            else
            {
                blocker = ClassifyKeyCredentialUse(call, context.SemanticModel, symbols, context.CancellationToken, out client);
            }

            if (IsOwnedByServiceRule(client))
            {
                // A key credential given to a Service Bus, Event Hubs or Cosmos DB client is SL1002's or SL1004's:
                // those rules know the namespace or account, and their fixes rewrite the whole client.
                return;
            }

            var usageRole = RoleFromUsage(call, blocker, client, context.SemanticModel, context.CancellationToken);
            var role = usageRole?.Role ?? ClientRoles.For(client);
            context.ReportDiagnostic(Diagnostic.Create(
                ApiKeyRule,
                reported.GetLocation(),
                BaselineFingerprint.With(
                    Properties(secret, client is null ? null : ClientRoles.ServiceOf(client)?.DisplayName ?? client.ContainingNamespace?.ToDisplayString(), client is null ? null : role, client is null ? SecretSinks.Credential : SecretSinks.ClientConstructor, blocker,
                        PreferredCredential(context), ClientHost(call, context.SemanticModel, context.CancellationToken), usageRole),
                    context.Options, ApiKeyRule.Id, reported.GetLocation(), value, member: null, context.CancellationToken),
                secret.KindDisplayName,
                secret.Api,
                SecretRedaction.Redact(value),
                client?.Name ?? "the client",
                role,
                usageRole?.Reason + ApiKeyNote(blocker, client)));
        }

        /// <summary>The application (client) id a credential is created with, when it is a constant GUID: the app registration that owns the secret.</summary>
        private static string? ApplicationId(BaseObjectCreationExpressionSyntax creation, IMethodSymbol constructor, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            var argument = CandidateSyntax.FindStringArgument(creation.ArgumentList!, constructor, "clientId");
            return argument is not null
                && semanticModel.GetConstantValue(argument.Expression, cancellationToken) is { HasValue: true, Value: string id }
                && Guid.TryParse(id, out var guid)
                ? guid.ToString("D")
                : null;
        }

        private static string PreferredCredential(CallContext context) =>
            SecretlessOptions.For(context.Options, context.Node.SyntaxTree).PreferredCredentialFor(context.Compilation.Options, context.Node.SyntaxTree);

        /// <summary>The host of the endpoint the client is created with (<c>new SearchClient(new Uri("https://x.search.windows.net"), ...)</c>), or null.</summary>
        private static string? ClientHost(ExpressionSyntax call, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            var client = call.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax receiving } }
                ? receiving
                : call as BaseObjectCreationExpressionSyntax;
            return client?.ArgumentList is { Arguments.Count: > 0 } arguments
                && UriArguments.ConstantUri(arguments.Arguments[0].Expression, semanticModel, cancellationToken) is { } uri
                ? uri.Host
                : null;
        }

        /// <summary>
        /// For a search or App Configuration client, the role from what the code calls on the clients the key goes
        /// to (each created in this file); null for other clients, whose type fixes the role.
        /// </summary>
        private static UsageRole? RoleFromUsage(ExpressionSyntax call, string? blocker, INamedTypeSymbol? client, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            if (ClientRoles.UsageDependentService(client) is not { } service)
            {
                return null;
            }

            var known = new KnownClient(service, ClientRoles.For(client), client!.Name);
            if (blocker == Blockers.KeyParameter)
            {
                return call is BaseObjectCreationExpressionSyntax creation
                    ? UsageRoles.For(known, ClientUsage.Of(creation, semanticModel, cancellationToken))
                    : null;
            }

            var uses = KeyCredentialUses.Find(call, semanticModel, cancellationToken, out _);
            if (uses is null)
            {
                return null;
            }

            var usages = new List<ClientUsage>();
            foreach (var use in uses)
            {
                usages.Add(ClientUsage.Of((ExpressionSyntax)use.Parent!.Parent!, semanticModel, cancellationToken));
            }

            return UsageRoles.For(known, usages);
        }

        private static bool IsOwnedByServiceRule(INamedTypeSymbol? client)
        {
            var ns = client?.ContainingNamespace?.ToDisplayString();
            return ns is not null
                && (ns.StartsWith("Azure.Messaging.ServiceBus", StringComparison.Ordinal)
                    || ns.StartsWith("Azure.Messaging.EventHubs", StringComparison.Ordinal)
                    || ns.StartsWith("Microsoft.Azure.Cosmos", StringComparison.Ordinal));
        }

        /// <summary>Null when the fix can rewrite every client that receives the credential; else why not.</summary>
        private static string? ClassifyKeyCredentialUse(ExpressionSyntax credential, SemanticModel semanticModel, CredentialSymbols symbols, CancellationToken cancellationToken, out INamedTypeSymbol? client)
        {
            client = null;
            var uses = KeyCredentialUses.Find(credential, semanticModel, cancellationToken, out _);
            if (uses is null)
            {
                return Blockers.NoClient;
            }

            var tokenCredential = symbols.Identity.TokenCredential;
            foreach (var use in uses)
            {
                var creation = (BaseObjectCreationExpressionSyntax)use.Parent!.Parent!;
                client ??= semanticModel.GetTypeInfo(creation, cancellationToken).Type as INamedTypeSymbol;
                if (tokenCredential is null)
                {
                    return FixBlockers.AzureIdentityMissing;
                }

                var placeholder = SyntaxFactory.ParseExpression("default(global::Azure.Core.TokenCredential)");
                if (!KeyCredentialUses.BindsToTokenOverload(creation, use, placeholder, semanticModel, tokenCredential, cancellationToken))
                {
                    return Blockers.NoTokenOverload;
                }

                if (HasRegionalEndpoint(creation))
                {
                    return Blockers.RegionalEndpoint;
                }
            }

            return symbols.Identity.IsAvailable ? null : FixBlockers.AzureIdentityMissing;
        }

        /// <summary>Entra authentication to Azure AI services needs a custom subdomain; regional endpoints only take keys.</summary>
        private static bool HasRegionalEndpoint(BaseObjectCreationExpressionSyntax creation)
        {
            foreach (var literal in creation.DescendantNodes().OfType<LiteralExpressionSyntax>())
            {
                if (literal.IsKind(SyntaxKind.StringLiteralExpression)
                    && literal.Token.ValueText.IndexOf(".api.cognitive.microsoft.com", StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static string ApiKeyNote(string? blocker, INamedTypeSymbol? client) => blocker switch
        {
            Blockers.NoClient => ". No automatic fix: the credential is not only given to client constructors in this file; pass a token credential where it is used",
            Blockers.NoTokenOverload => ". No automatic fix: " + (client?.Name ?? "the client") + " has no constructor that takes a TokenCredential in its place, so the service takes keys only here; keep the key in Key Vault",
            Blockers.RegionalEndpoint => ". No automatic fix: Microsoft Entra authentication needs the resource's custom-subdomain endpoint, not a regional one",
            Blockers.KeyParameter => ". No automatic fix: the client takes the key as a string; use its TokenCredential constructor",
            _ => FixBlockers.SharedNote(blocker),
        };

        // Syntactic pre-filter: only calls whose name could receive a secret are bound.
        /// <summary>
        /// The per-file filter before any binding, searched once per file: a call can only receive a secret this rule
        /// reports if the file names a credential type, a client, a certificate loader or the environment call. A
        /// target-typed <c>new("...")</c> or an <c>Update</c>/<c>Import</c> call in a file that names none of them is
        /// not bound (its target type is declared in another file).
        /// </summary>
        internal static bool MentionsCredentialOrClient(SourceText text)
        {
            var content = text.ToString();
            foreach (var word in FileWords)
            {
                if (content.IndexOf(word, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        // Every name MayReceiveSecret lets through, except Import and Update, contains one of these.
        private static readonly string[] FileWords = { "Credential", "Client", "X509", "LoadPkcs12", "SetEnvironmentVariable" };

        private static bool MayReceiveSecret(ExpressionSyntax call, ArgumentListSyntax arguments)
        {
            switch (call)
            {
                case ImplicitObjectCreationExpressionSyntax:
                    foreach (var argument in arguments.Arguments)
                    {
                        if (argument.Expression is LiteralExpressionSyntax or IdentifierNameSyntax or BinaryExpressionSyntax or InterpolatedStringExpressionSyntax)
                        {
                            return true;
                        }
                    }

                    return false;
                case ObjectCreationExpressionSyntax creation:
                    var typeName = RightmostName(creation.Type);
                    return Array.IndexOf(CredentialTypeNames, typeName) >= 0
                        || typeName.EndsWith("Client", StringComparison.Ordinal);
                case InvocationExpressionSyntax invocation:
                    var methodName = invocation.Expression switch
                    {
                        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
                        SimpleNameSyntax simple => simple.Identifier.ValueText,
                        _ => string.Empty,
                    };
                    return Array.IndexOf(MethodNames, methodName) >= 0 && arguments.Arguments.Count >= 1;
                default:
                    return false;
            }
        }

        private static string RightmostName(TypeSyntax type) => type switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            _ => string.Empty,
        };
    }
}
