using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.KeyBased
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
            TextScan.ForEachIdentifierContaining(
                tree.GetRoot(cancellationToken),
                tree.GetText(cancellationToken).ToString(),
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
            var parameters = method.Parameters;
            for (var i = 0; i < arguments.Arguments.Count; i++)
            {
                var argument = arguments.Arguments[i];
                if (ParameterOf(argument, i, parameters) is not { } parameter || KeyBasedClients.SecretKindOf(parameter) is not { } kind)
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
                Report(context, argument.Expression, clientType, kind, source, usage, UsageRoles.For(client, usage), FixBlockerOf(argument.Expression, source));
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

        private static IParameterSymbol? ParameterOf(ArgumentSyntax argument, int index, ImmutableArray<IParameterSymbol> parameters)
        {
            if (argument.NameColon is { } nameColon)
            {
                foreach (var parameter in parameters)
                {
                    if (parameter.Name == nameColon.Name.Identifier.ValueText)
                    {
                        return parameter;
                    }
                }

                return null;
            }

            return index < parameters.Length ? parameters[index] : null;
        }

        private static void Report(
            SemanticModelAnalysisContext context,
            ExpressionSyntax location,
            ITypeSymbol clientType,
            string kind,
            SecretSource source,
            ClientUsage? usage,
            UsageRole role,
            string? blocker)
        {
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[DiagnosticProperties.SecretKind] = kind;
            properties[DiagnosticProperties.Service] = role.Service;
            UsageRoles.AddProperties(properties, role);
            properties[DiagnosticProperties.Sink] = usage is null ? SecretSinks.ClientRegistration : SecretSinks.ClientConstructor;
            if (source.ConfigurationKey is not null)
            {
                properties[DiagnosticProperties.ConfigurationKey] = source.ConfigurationKey;
            }
            if (blocker is not null)
            {
                properties[DiagnosticProperties.FixBlocker] = blocker;
            }

            DiagnosticProperties.AddFixCredential(properties, blocker, properties[DiagnosticProperties.Sink],
                SecretlessOptions.For(context.Options, location.SyntaxTree).PreferredCredential);

            context.ReportDiagnostic(Diagnostic.Create(
                Rule,
                location.GetLocation(),
                properties.ToImmutable(),
                clientType.Name,
                KeyBasedClients.DisplayKind(kind),
                source.Description,
                role.Role,
                blocker is null ? role.Reason : role.Reason + NoFixNote));
        }
    }
}
