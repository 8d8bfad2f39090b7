using SecretlessAnalyzers.Common;
using SecretlessAnalyzers.Configuration;
using SecretlessAnalyzers.Databases;
using SecretlessAnalyzers.Usage;

namespace SecretlessAnalyzers.Rules
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

                var compilation = start.Compilation;
                var databaseSymbols = new Lazy<DatabaseSymbols>(() => new DatabaseSymbols(compilation), LazyThreadSafetyMode.ExecutionAndPublication);
                start.RegisterSemanticModelAction(context => AnalyzeDocument(context, secrets.Value, databaseSymbols));
            });
        }

        private static void AnalyzeDocument(SemanticModelAnalysisContext context, ConfiguredSecrets secrets, Lazy<DatabaseSymbols> databaseSymbols)
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
                literal => AnalyzeLiteral(context, literal, secrets, databaseSymbols),
                context.CancellationToken);
        }

        private static void AnalyzeLiteral(SemanticModelAnalysisContext context, LiteralExpressionSyntax literal, ConfiguredSecrets secrets, Lazy<DatabaseSymbols> databaseSymbols)
        {
            var name = literal.Token.ValueText;
            (string Key, string Kind, string File, string Value) entry = default;
            ExpressionSyntax? read = null;
            switch (literal.Parent)
            {
                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } }:
                    var method = MethodName(invocation);
                    var found = method switch
                    {
                        "GetConnectionString" => secrets.TryGetByConnectionStringName(name, out entry),
                        "GetSection" or "GetRequiredSection" => secrets.TryGetBySection(name, out entry) || secrets.TryGetByKey(name, out entry),
                        "GetValue" or "GetEnvironmentVariable" or "GetSetting" => secrets.TryGetByKey(name, out entry),
                        _ => false,
                    };
                    read = found && (IsConfigurationRead(context.SemanticModel.GetSymbolInfo(invocation, context.CancellationToken).Symbol)
                        || (method == "GetSetting" && ReceiverName(invocation.Expression) == "CloudConfigurationManager")) ? invocation : null;
                    break;
                case ArgumentSyntax { Parent: BracketedArgumentListSyntax { Parent: ElementAccessExpressionSyntax access } }:
                    // .NET Framework: ConfigurationManager.AppSettings["Key"], ConfigurationManager.ConnectionStrings["Name"]
                    // (also WebConfigurationManager), recognised by name: System.Configuration is often not referenced
                    // where the analyzer runs (SDK-style builds of legacy code).
                    var collection = access.Expression is MemberAccessExpressionSyntax member && ReceiverName(member) is "ConfigurationManager" or "WebConfigurationManager"
                        ? member.Name.Identifier.ValueText
                        : null;
                    read = collection switch
                    {
                        "AppSettings" => secrets.TryGetByKey(name, out entry),
                        "ConnectionStrings" => secrets.TryGetByConnectionStringName(name, out entry),
                        _ => secrets.TryGetByKey(name, out entry) && IsConfigurationRead(context.SemanticModel.GetSymbolInfo(access, context.CancellationToken).Symbol),
                    } ? access : null;
                    break;
            }

            if (read is not null)
            {
                var properties = ImmutableDictionary.CreateBuilder<string, string?>();
                properties[DiagnosticProperties.ConfigurationKey] = entry.Key;
                properties[DiagnosticProperties.SecretKind] = entry.Kind;
                AddDatabaseRole(properties, read, entry.Value ?? string.Empty, databaseSymbols, context.SemanticModel, context.CancellationToken);
                context.ReportDiagnostic(Diagnostic.Create(
                    Rule,
                    read.GetLocation(),
                    BaselineFingerprint.With(
                        properties.ToImmutable(),
                        context.Options, Rule.Id, read.GetLocation(), entry.Key, member: null, context.CancellationToken),
                    entry.Key,
                    (entry.Kind ?? string.Empty).ToLowerInvariant(),
                    entry.File));
            }
        }

        /// <summary>
        /// A database connection string read here and given to a connection whose calls the analysis follows: the role
        /// those calls need (SELECT only: db_datareader), which the configuration file alone cannot tell.
        /// </summary>
        private static void AddDatabaseRole(
            ImmutableDictionary<string, string?>.Builder properties, ExpressionSyntax read, string value, Lazy<DatabaseSymbols> symbols, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            if (!DatabaseConnectionStrings.MightContainPassword(value)
                || DatabaseConnectionStrings.Detect(value) is not { } database
                || DatabaseUsage.ClientFor(database.HostKind) is not { } client)
            {
                return;
            }

            var role = DatabaseUsage.RoleFor(read, client, symbols.Value, semanticModel, cancellationToken);
            if (role.Reason.Length == 0)
            {
                // The connection escapes the analysis: the configuration file's finding keeps the broad role.
                return;
            }

            DiagnosticProperties.AddService(properties, DatabaseUsage.ServiceFor(database.HostKind)?.DisplayName);
            properties[DiagnosticProperties.Resource] = database.Server;
            DatabasePasswordAnalyzer.AddRoleProperties(properties, database, role);
        }

        // The simple name of the receiver of a member access: ConfigurationManager in System.Configuration.ConfigurationManager.AppSettings.
        private static string? ReceiverName(ExpressionSyntax expression) => expression is MemberAccessExpressionSyntax { Expression: var receiver }
            ? receiver switch
            {
                IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                MemberAccessExpressionSyntax qualified => qualified.Name.Identifier.ValueText,
                _ => null,
            }
            : null;

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
