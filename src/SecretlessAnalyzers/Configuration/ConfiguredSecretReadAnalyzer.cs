using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.Configuration
{
    /// <summary>
    /// SL1021 (info): code that reads a configuration setting which holds a secret, so the migration plan shows both
    /// ends: the secret in the file (SL1020) and the client that uses it here.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ConfiguredSecretReadAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            DiagnosticIds.ConfiguredSecretRead,
            title: "Code reads a configuration setting that holds a secret",
            messageFormat: "Reads configuration setting '{0}', which holds a {1} in {2}; move the client that uses it to a managed identity and keep only the endpoint in configuration",
            category: DiagnosticCategories.Security,
            defaultSeverity: DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            description: "Links a secret found in a configuration file (SL1020) to the code that reads it, which is where the migration to a managed identity happens.",
            helpLinkUri: HelpLinks.ForRule(DiagnosticIds.ConfiguredSecretRead),
            customTags: new[] { "Security", "Secret" });

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(static start =>
            {
                // The configuration files are read once per compilation, and only if some file is analyzed.
                var files = start.Options.AdditionalFiles;
                var cancellationToken = start.CancellationToken;
                var secrets = new Lazy<ConfiguredSecrets>(() => ConfiguredSecrets.From(files, cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
                if (files.IsEmpty)
                {
                    return;
                }

                start.RegisterSemanticModelAction(context => AnalyzeDocument(context, secrets.Value));
            });
        }

        private static void AnalyzeDocument(SemanticModelAnalysisContext context, ConfiguredSecrets secrets)
        {
            if (secrets.IsEmpty)
            {
                return;
            }

            // One walk over the file's quotes for all names: a search per name would make a file that reads many
            // settings cost the square of their number.
            var tree = context.SemanticModel.SyntaxTree;
            TextScan.ForEachStringLiteralIn(
                tree.GetRoot(context.CancellationToken),
                tree.GetText(context.CancellationToken).ToString(),
                secrets.Names,
                literal => AnalyzeLiteral(context, literal, secrets),
                context.CancellationToken);
        }

        private static void AnalyzeLiteral(SemanticModelAnalysisContext context, LiteralExpressionSyntax literal, ConfiguredSecrets secrets)
        {
            var name = literal.Token.ValueText;
            (string Key, string Kind, string File) entry = default;
            ExpressionSyntax? read = null;
            switch (literal.Parent)
            {
                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } }:
                    var method = MethodName(invocation);
                    var found = method switch
                    {
                        "GetConnectionString" => secrets.TryGetByConnectionStringName(name, out entry),
                        "GetSection" or "GetRequiredSection" => secrets.TryGetBySection(name, out entry) || secrets.TryGetByKey(name, out entry),
                        "GetValue" or "GetEnvironmentVariable" => secrets.TryGetByKey(name, out entry),
                        _ => false,
                    };
                    read = found && IsConfigurationRead(context.SemanticModel.GetSymbolInfo(invocation, context.CancellationToken).Symbol) ? invocation : null;
                    break;
                case ArgumentSyntax { Parent: BracketedArgumentListSyntax { Parent: ElementAccessExpressionSyntax access } }:
                    read = secrets.TryGetByKey(name, out entry) && IsConfigurationRead(context.SemanticModel.GetSymbolInfo(access, context.CancellationToken).Symbol) ? access : null;
                    break;
            }

            if (read is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Rule,
                    read.GetLocation(),
                    ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.ConfigurationKey, entry.Key).Add(DiagnosticProperties.SecretKind, entry.Kind),
                    entry.Key,
                    (entry.Kind ?? string.Empty).ToLowerInvariant(),
                    entry.File));
            }
        }

        private static string? MethodName(InvocationExpressionSyntax invocation) => invocation.Expression switch
        {
            MemberAccessExpressionSyntax { Name: var name } => name.Identifier.ValueText,
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            _ => null,
        };

        /// <summary>Microsoft.Extensions.Configuration APIs (and their indexers), or Environment.GetEnvironmentVariable.</summary>
        private static bool IsConfigurationRead(ISymbol? symbol)
        {
            var type = (symbol as IMethodSymbol)?.ReducedFrom?.ContainingType ?? symbol?.ContainingType;
            var ns = type?.ContainingNamespace?.ToDisplayString();
            return ns is not null && ns.StartsWith("Microsoft.Extensions.Configuration", StringComparison.Ordinal)
                || type?.ToDisplayString() == "System.Environment";
        }
    }
}
