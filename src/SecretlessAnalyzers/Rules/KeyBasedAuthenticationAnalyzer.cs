using SecretlessAnalyzers.Catalog;
using SecretlessAnalyzers.Common;
using SecretlessAnalyzers.Credentials;
using SecretlessAnalyzers.Usage;

namespace SecretlessAnalyzers.Rules
{
    /// <summary>
    /// SL2001: an Azure client created or registered through a connection-string, key or SAS overload whose secret
    /// is read at run time (configuration, environment...). Literal secrets belong to SL1001-SL1007 and are not
    /// reported here. This is the migration signal secret scanners ignore by design.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class KeyBasedAuthenticationAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            DiagnosticIds.KeyBasedAuthentication,
            title: "Key-based authentication in use",
            messageFormat: "{0} authenticates with {1} read from {2}; authenticate with a managed identity granted '{3}' and delete the secret{4}",
            category: DiagnosticCategories.Security,
            defaultSeverity: DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            description: "A connection string, account key or SAS read from configuration is still a long-lived secret that someone must store, "
                + "rotate and protect. Token credentials with a managed identity remove it; the data-plane role limits what the identity can do.",
            helpLinkUri: HelpLinks.ForRule(DiagnosticIds.KeyBasedAuthentication),
            customTags: new[] { "Security" });

        private const string NoFixNote = ". No automatic fix: the secret is not read from configuration at the call, so there is no configuration to read the endpoint from";

        /// <summary>Values of <see cref="DiagnosticProperties.FixBlocker"/> for key and SAS credential objects.</summary>
        public static class Blockers
        {
            /// <summary>The client has no constructor that takes a <c>TokenCredential</c> where it takes the key credential.</summary>
            public const string NoTokenOverload = "NoTokenOverload";

            /// <summary>The key is not read from configuration or the environment inside a credential created at the client.</summary>
            public const string KeyNotAtClient = "KeyNotAtClient";

            /// <summary>The package has no registration of the client without the key credential (one that takes the builder's credential).</summary>
            public const string NoTokenRegistration = "NoTokenRegistration";
        }

        // Speculative stand-in for the token credential the fix writes: overload resolution decides whether the swap compiles.
        private static readonly ExpressionSyntax TokenPlaceholder = SyntaxFactory.ParseExpression("default(global::Azure.Core.TokenCredential)");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();

            // A migration signal: generated registrations are regenerated, not edited, so they are not reported.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var compilation = start.Compilation;
                var clients = new Lazy<KeyBasedClients>(() => new KeyBasedClients(compilation), LazyThreadSafetyMode.ExecutionAndPublication);
                start.RegisterSemanticModelAction(model => AnalyzeFile(model, clients));
            });
        }

        private static void AnalyzeFile(SemanticModelAnalysisContext model, Lazy<KeyBasedClients> clients)
        {
            var cancellationToken = model.CancellationToken;
            var tree = model.SemanticModel.SyntaxTree;
            var root = tree.GetRoot(cancellationToken);
            var text = tree.GetText(cancellationToken).ToString();
            TextScan.ForEachIdentifierContaining(
                root,
                text,
                KeyBasedClients.SearchWord,
                KeyBasedClients.IdentifierNames,
                name =>
                {
                    foreach (var creation in TextScan.CreationsOfType(name))
                    {
                        Analyze(model, creation, creation.ArgumentList, clients);
                    }

                    if (InvocationNamed(name) is { } invocation)
                    {
                        Analyze(model, invocation, invocation.ArgumentList, clients);
                    }
                },
                cancellationToken);

            // Any other Azure client: found through the key credential it receives.
            TextScan.ForEachCreation(root, text, KeyBasedClients.KeyCredentialNames, creation => AnalyzeKeyCredential(model, creation, clients), cancellationToken);
        }

        /// <summary><c>builder.AddBlobServiceClient(...)</c> or <c>AddBlobServiceClient(builder, ...)</c> for the method name token.</summary>
        private static InvocationExpressionSyntax? InvocationNamed(SyntaxToken name)
        {
            SyntaxNode? node = name.Parent;
            if (node is GenericNameSyntax or IdentifierNameSyntax && node.Parent is MemberAccessExpressionSyntax access && access.Name == node)
            {
                node = access;
            }

            return node?.Parent is InvocationExpressionSyntax invocation && invocation.Expression == node ? invocation : null;
        }

        private static void Analyze(SemanticModelAnalysisContext context, ExpressionSyntax call, ArgumentListSyntax? arguments, Lazy<KeyBasedClients> clients)
        {
            if (arguments is null || arguments.Arguments.Count == 0)
            {
                return;
            }

            var cancellationToken = context.CancellationToken;
            var semanticModel = context.SemanticModel;
            if (semanticModel.GetSymbolInfo(call, cancellationToken).Symbol is not IMethodSymbol method)
            {
                return;
            }

            var registered = method.MethodKind == MethodKind.Constructor ? null : ClientRegistrations.RegisteredClient(method.ReducedFrom ?? method);
            var clientType = method.MethodKind == MethodKind.Constructor ? method.ContainingType : registered;
            if (clientType is null || !(clients.Value.Classify(clientType) is { } client))
            {
                return;
            }

            // A reduced extension call has neither the receiver argument nor the 'this' parameter: they line up.
            foreach (var argument in arguments.Arguments)
            {
                if (ArgumentBinding.ParameterOf(argument, arguments, method) is not { } parameter || KeyBasedClients.SecretKindOf(parameter) is not { } kind)
                {
                    continue;
                }

                var source = SecretSource.Of(argument.Expression, semanticModel, cancellationToken);

                // A value with no run-time part is written in code: SL1001-SL1007 own it (or it is no secret, like the emulator).
                var folded = StringExpressions.Fold(source.Value, semanticModel, cancellationToken);
                if (folded is null || !FoldedString.HasHole(folded))
                {
                    continue;
                }

                // A registered client is resolved and used elsewhere; a constructed one is followed in this file.
                var usage = method.MethodKind == MethodKind.Constructor ? ClientUsage.Of(call, semanticModel, cancellationToken) : null;
                var blocker = !KeyBasedClients.IsCredentialKind(kind) ? FixBlockerOf(argument.Expression, source)
                    : call is BaseObjectCreationExpressionSyntax creation ? SwapBlockerOf(creation, argument, source, clients.Value, semanticModel, cancellationToken)
                    : ReadAtTheCall(argument, source) ? null
                    : Blockers.KeyNotAtClient;
                Report(context, argument.Expression, clientType, kind, source, usage, UsageRoles.For(client, usage), blocker);
                return;
            }
        }

        /// <summary>
        /// The fix reads the new endpoint setting from the configuration object the secret is read from, at the call:
        /// an environment variable, a parameter or a local holding the read leave it no configuration to read from.
        /// </summary>
        private static string? FixBlockerOf(ExpressionSyntax argument, SecretSource source) =>
            source.ConfigurationKey is null || !argument.Span.Contains(source.Value.Span) || argument.SyntaxTree != source.Value.SyntaxTree
                ? FixBlockers.EndpointUnknown
                : null;

        /// <summary>
        /// <c>new SearchClient(endpoint, "products", new AzureKeyCredential(config["Search:Key"]))</c>: a key, named key
        /// or SAS credential read at run time and given to the constructors of Azure clients SL2001 has no table for.
        /// Reported once, at the credential creation; the clients of <see cref="KeyBasedClients.Classify"/> are reported
        /// by their own argument, and literal keys are SL1006's.
        /// </summary>
        private static void AnalyzeKeyCredential(SemanticModelAnalysisContext context, BaseObjectCreationExpressionSyntax credential, Lazy<KeyBasedClients> clients)
        {
            if (credential.ArgumentList is not { Arguments.Count: > 0 })
            {
                return;
            }

            var cancellationToken = context.CancellationToken;
            var semanticModel = context.SemanticModel;
            var source = SecretSource.Of(credential, semanticModel, cancellationToken);
            var folded = StringExpressions.Fold(source.Value, semanticModel, cancellationToken);
            if (folded is null || !FoldedString.HasHole(folded)
                || KeyBasedClients.CredentialOfAnyClient(semanticModel.GetTypeInfo(credential, cancellationToken).Type) is not { } kind)
            {
                return;
            }

            if (credential.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax registration } } registered)
            {
                AnalyzeRegistrationKeyCredential(context, credential, registration, registered, kind, source, clients);
                return;
            }

            if (KeyCredentialUses.Find(credential, semanticModel, cancellationToken, out var declarator) is not { } uses)
            {
                return;
            }

            INamedTypeSymbol? clientType = null;
            foreach (var use in uses)
            {
                var type = semanticModel.GetTypeInfo(use.Parent!.Parent!, cancellationToken).Type as INamedTypeSymbol;
                var ns = type?.ContainingNamespace?.ToDisplayString();
                if (type is null || ns is null || !ns.StartsWith("Azure.", StringComparison.Ordinal) || clients.Value.Classify(type) is not null)
                {
                    return;
                }

                clientType ??= type;
            }

            string? blocker = null;
            foreach (var use in uses)
            {
                blocker ??= SwapBlockerOf((BaseObjectCreationExpressionSyntax)use.Parent!.Parent!, use, source, clients.Value, semanticModel, cancellationToken);
            }

            // A credential held in a local or field is removed with its declaration by hand.
            if (declarator is not null)
            {
                blocker ??= Blockers.KeyNotAtClient;
            }

            Report(context, credential, clientType!, kind, source, usage: null, RoleOfAnyClient(clientType!, uses, semanticModel, cancellationToken), blocker, SecretSinks.ClientConstructor);
        }

        /// <summary>
        /// <c>clients.AddSearchClient(endpoint, "index", new AzureKeyCredential(config["Key"]))</c>: a Microsoft.Extensions.Azure
        /// registration of an Azure client SL2001 has no table for, given a key credential. The registered client is
        /// resolved elsewhere, so its role is the broad one; the fix moves to the registration without the credential
        /// plus <c>WithCredential</c>, when the package has that overload.
        /// </summary>
        private static void AnalyzeRegistrationKeyCredential(
            SemanticModelAnalysisContext context,
            BaseObjectCreationExpressionSyntax credential,
            InvocationExpressionSyntax registration,
            ArgumentSyntax argument,
            string kind,
            SecretSource source,
            Lazy<KeyBasedClients> clients)
        {
            var semanticModel = context.SemanticModel;
            var cancellationToken = context.CancellationToken;
            if (semanticModel.GetSymbolInfo(registration, cancellationToken).Symbol is not IMethodSymbol method
                || ClientRegistrations.RegisteredClient(method.ReducedFrom ?? method) is not INamedTypeSymbol clientType
                || clientType.ContainingNamespace?.ToDisplayString() is not { } ns
                || !ns.StartsWith("Azure.", StringComparison.Ordinal)
                || clients.Value.Classify(clientType) is not null)
            {
                return;
            }

            var withoutCredential = registration.WithArgumentList(registration.ArgumentList.WithArguments(registration.ArgumentList.Arguments.Remove(argument)));
            var bound = semanticModel.GetSpeculativeSymbolInfo(registration.SpanStart, withoutCredential, SpeculativeBindingOption.BindAsExpression).Symbol as IMethodSymbol;
            var blocker = bound is null || bound.Name != method.Name ? Blockers.NoTokenRegistration
                : ReadAtTheCall(argument, source) ? null
                : Blockers.KeyNotAtClient;
            var role = ClientRoles.For(clientType);
            var usage = new UsageRole(ServiceName(clientType), role, ". Broadest data role: the client is registered for dependency injection and used elsewhere");
            Report(context, credential, clientType, kind, source, usage: null, usage, blocker, SecretSinks.ClientRegistration);
        }

        /// <summary>The catalog's name of a client's service; the client's namespace for a service the catalog does not know.</summary>
        private static string ServiceName(INamedTypeSymbol clientType) =>
            ClientRoles.ServiceOf(clientType)?.DisplayName ?? clientType.ContainingNamespace.ToDisplayString();

        /// <summary>
        /// The role for a client SL2001 has no table for: from the calls for a search or App Configuration client
        /// (<see cref="ClientRoles.UsageDependentService"/>), else the client's namespace (<see cref="ClientRoles.For"/>).
        /// </summary>
        private static UsageRole RoleOfAnyClient(INamedTypeSymbol clientType, List<ArgumentSyntax> uses, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            var role = ClientRoles.For(clientType);
            if (ClientRoles.UsageDependentService(clientType) is not { } service)
            {
                return new UsageRole(ServiceName(clientType), role, string.Empty);
            }

            var usages = uses.Select(use => ClientUsage.Of((ExpressionSyntax)use.Parent!.Parent!, semanticModel, cancellationToken)).ToList();
            return UsageRoles.For(new KnownClient(service, role, clientType.Name), usages);
        }

        /// <summary>
        /// Why a key credential given to <paramref name="client"/> cannot be swapped for a token credential: the client
        /// has no token constructor in that position, or the key is not read (configuration, environment) inside a
        /// credential created right there, so the swap would leave the read or the credential behind. Null when it can.
        /// </summary>
        private static string? SwapBlockerOf(
            BaseObjectCreationExpressionSyntax client,
            ArgumentSyntax argument,
            SecretSource source,
            KeyBasedClients clients,
            SemanticModel semanticModel,
            CancellationToken cancellationToken)
        {
            if (clients.Identity.TokenCredential is not { } tokenCredential
                || !KeyCredentialUses.BindsToTokenOverload(client, argument, TokenPlaceholder, semanticModel, tokenCredential, cancellationToken))
            {
                return Blockers.NoTokenOverload;
            }

            return ReadAtTheCall(argument, source) ? null : Blockers.KeyNotAtClient;
        }

        /// <summary>The key is read from configuration or the environment inside the argument (the credential created there).</summary>
        private static bool ReadAtTheCall(ArgumentSyntax argument, SecretSource source) =>
            source.IsRead && argument.SyntaxTree == source.Value.SyntaxTree && argument.Expression.Span.Contains(source.Value.Span);

        private static void Report(
            SemanticModelAnalysisContext context,
            ExpressionSyntax location,
            ITypeSymbol clientType,
            string kind,
            SecretSource source,
            ClientUsage? usage,
            UsageRole role,
            string? blocker,
            string? sink = null)
        {
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[DiagnosticProperties.SecretKind] = kind;
            DiagnosticProperties.AddService(properties, role.Service);
            UsageRoles.AddProperties(properties, role);
            properties[DiagnosticProperties.Sink] = sink ?? (usage is null ? SecretSinks.ClientRegistration : SecretSinks.ClientConstructor);
            if (clientType.ContainingNamespace is { } clientNamespace)
            {
                DiagnosticProperties.AddClientPart(properties, clientNamespace.ToDisplayString() + "." + clientType.MetadataName);
            }

            if (source.ConfigurationKey is not null)
            {
                properties[DiagnosticProperties.ConfigurationKey] = source.ConfigurationKey;
            }
            if (blocker is not null)
            {
                properties[DiagnosticProperties.FixBlocker] = blocker;
            }

            DiagnosticProperties.AddFixCredential(properties, blocker, properties[DiagnosticProperties.Sink],
                SecretlessOptions.For(context.Options, location.SyntaxTree).PreferredCredentialFor(context.SemanticModel.Compilation.Options, location.SyntaxTree));

            context.ReportDiagnostic(Diagnostic.Create(
                Rule,
                location.GetLocation(),
                BaselineFingerprint.With(properties.ToImmutable(), context.Options, Rule.Id, location.GetLocation(), value: null, member: null, context.CancellationToken),
                clientType.Name,
                KeyBasedClients.DisplayKind(kind),
                source.Description,
                role.Role,
                role.Reason + Note(blocker, clientType)));
        }

        private static string Note(string? blocker, ITypeSymbol clientType) => blocker switch
        {
            null => string.Empty,
            Blockers.NoTokenOverload => ". No automatic fix: " + clientType.Name + " has no constructor that takes a TokenCredential in place of the key credential",
            Blockers.KeyNotAtClient => ". No automatic fix: the key is not read from configuration or the environment inside a credential created at the client; give the client a token credential and delete the key by hand",
            Blockers.NoTokenRegistration => ". No automatic fix: this version of " + clientType.ContainingAssembly?.Name + " has no " + clientType.Name
                + " registration without the key credential; update the package, or register the client with a TokenCredential by hand",
            _ => NoFixNote,
        };
    }
}
