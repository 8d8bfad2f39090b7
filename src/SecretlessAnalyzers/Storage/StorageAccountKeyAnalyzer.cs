using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.Storage
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

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();

            // A secret pasted into generated code (settings designers, scaffolding) is still a secret.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(static start =>
            {
                // Type look-ups happen once per compilation, and only if some file mentions a key or signature.
                var compilation = start.Compilation;
                var symbols = new Lazy<StorageSymbols>(() => new StorageSymbols(compilation), LazyThreadSafetyMode.ExecutionAndPublication);
                start.RegisterSemanticModelAction(context => AnalyzeDocument(context, symbols));
            });
        }

        // Words a storage secret cannot be written without; matched case-insensitively in the file text.
        private static readonly string[] SecretWords = { "AccountKey", "sig=", "SharedAccessSignature" };

        // Credential types whose constructor takes a bare key.
        private static readonly string[] KeyCredentialTypeNames = { "StorageSharedKeyCredential", "TableSharedKeyCredential", "StorageCredentials" };

        private static void AnalyzeDocument(SemanticModelAnalysisContext context, Lazy<StorageSymbols> symbols)
        {
            var tree = context.SemanticModel.SyntaxTree;
            var text = tree.GetText(context.CancellationToken).ToString();
            var root = tree.GetRoot(context.CancellationToken);
            TextScan.ForEachStringCandidate(root, text, SecretWords, candidate => AnalyzeStringValue(context, candidate, symbols), context.CancellationToken);
            TextScan.ForEachCreation(root, text, KeyCredentialTypeNames, creation => AnalyzeKeyCredentialCreation(context, creation, symbols), context.CancellationToken);
        }

        private static void AnalyzeStringValue(SemanticModelAnalysisContext context, ExpressionSyntax whole, Lazy<StorageSymbols> symbols)
        {
            if (whole is LiteralExpressionSyntax literal && !StorageSecretDetector.MightContainSecret(literal.Token.ValueText))
            {
                return;
            }

            var value = StringExpressions.Fold(whole, context.SemanticModel, context.CancellationToken);
            var secret = value is null ? null : StorageSecretDetector.Detect(value);
            if (secret is null)
            {
                return;
            }

            var sink = StorageSinkClassifier.Classify(whole, context.SemanticModel, symbols.Value, context.CancellationToken);
            Report(context.ReportDiagnostic, whole, secret, sink, symbols.Value);
        }

        /// <summary><c>new StorageSharedKeyCredential("account", "key")</c> and the legacy <c>StorageCredentials</c>.</summary>
        private static void AnalyzeKeyCredentialCreation(SemanticModelAnalysisContext context, BaseObjectCreationExpressionSyntax creation, Lazy<StorageSymbols> symbols)
        {
            if (creation.ArgumentList is not { Arguments.Count: >= 2 } arguments)
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

            var keyArgument = FindArgument(arguments, constructor, "accountKey", "keyValue");
            var nameArgument = FindArgument(arguments, constructor, "accountName", "accountName");
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
            Report(context.ReportDiagnostic, keyArgument.Expression, secret, sink, symbols.Value);
        }

        private static void Report(Action<Diagnostic> report, ExpressionSyntax location, StorageSecret secret, SecretSink sink, StorageSymbols symbols)
        {
            var blocker = FixBlockerFor(secret, sink, symbols);
            var role = StorageSymbols.RoleForService(sink.Service);
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[DiagnosticProperties.SecretKind] = secret.Kind == StorageSecretKind.AccountKey ? "StorageAccountKey" : "StorageSharedAccessSignature";
            properties[DiagnosticProperties.Service] = "Storage";
            properties[DiagnosticProperties.Resource] = secret.AccountName;
            properties[DiagnosticProperties.Role] = role;
            properties[DiagnosticProperties.Sink] = sink.Kind;
            if (blocker is not null)
            {
                properties[DiagnosticProperties.FixBlocker] = blocker;
            }

            foreach (var endpoint in secret.Endpoints)
            {
                properties[DiagnosticProperties.EndpointPrefix + endpoint.Key] = endpoint.Value;
            }

            report(Diagnostic.Create(
                Rule,
                location.GetLocation(),
                properties.ToImmutable(),
                secret.KindDisplayName,
                secret.AccountName ?? UnknownAccount,
                SecretRedaction.Redact(secret.Secret),
                role,
                FixNote(blocker)));
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
            FixBlockers.AzureIdentityMissing => ". Add the Azure.Identity package to enable the automatic fix",
            FixBlockers.EndpointUnknown => ". No automatic fix: the service endpoint cannot be derived from the connection string",
            _ => string.Empty,
        };

        private static ArgumentSyntax? FindArgument(ArgumentListSyntax arguments, IMethodSymbol method, string name, string alternativeName)
        {
            for (var i = 0; i < arguments.Arguments.Count; i++)
            {
                var argument = arguments.Arguments[i];
                IParameterSymbol? parameter = null;
                if (argument.NameColon is { } nameColon)
                {
                    foreach (var candidate in method.Parameters)
                    {
                        if (candidate.Name == nameColon.Name.Identifier.ValueText)
                        {
                            parameter = candidate;
                        }
                    }
                }
                else if (i < method.Parameters.Length)
                {
                    parameter = method.Parameters[i];
                }

                if (parameter is not null && (parameter.Name == name || parameter.Name == alternativeName) && parameter.Type.SpecialType == SpecialType.System_String)
                {
                    return argument;
                }
            }

            return null;
        }
    }
}
