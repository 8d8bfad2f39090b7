using SecretlessAnalyzers.Catalog;
using SecretlessAnalyzers.Common;
using SecretlessAnalyzers.Databases;
using SecretlessAnalyzers.Usage;

namespace SecretlessAnalyzers.Rules
{
    /// <summary>Values of <see cref="DiagnosticProperties.FixBlocker"/> specific to database passwords.</summary>
    public static class DatabaseFixBlockers
    {
        public const string OnPremises = "OnPremises";
        public const string ConnectionCannotRefreshToken = "ConnectionCannotRefreshToken";
        public const string ClientUnknown = "ClientUnknown";
        public const string RunTimeParts = "RunTimeParts";
        public const string Builder = "Builder";
    }

    /// <summary>
    /// SL1003: a password in a SQL Server, PostgreSQL or MySQL connection string (or given to a connection-string
    /// builder). Reported once per secret, at the expression that holds it.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class DatabasePasswordAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Property: the database client the connection string goes to (a <see cref="DatabaseClient"/> name).</summary>
        public const string ClientProperty = "DatabaseClient";

        /// <summary>Property: the host kind (a <see cref="DatabaseHostKind"/> name).</summary>
        public const string HostKindProperty = "DatabaseHost";

        public static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            DiagnosticIds.DatabasePassword,
            title: "Database password embedded in a connection string",
            messageFormat: "{0} for database '{1}' on server '{2}' is embedded in code as {3}; {4}{5}",
            category: DiagnosticCategories.Security,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A database password in code opens the database to anyone who reads the code, its history or its build logs. "
                + "Azure SQL, Azure Database for PostgreSQL and Azure Database for MySQL accept Microsoft Entra tokens from a managed identity instead.",
            helpLinkUri: HelpLinks.ForRule(DiagnosticIds.DatabasePassword),
            customTags: new[] { "Security", "Secret" });

        private const int MinimumLength = 16;
        private const string Unknown = "(unknown)";
        private const string DefaultDatabase = "(default)";

        private static readonly Func<string, bool> MentionsSecret = DatabaseConnectionStrings.MightContainPassword;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();

            // A password pasted into generated code (settings designers, scaffolded DbContexts) is still a password.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            SecretAnalysis.RegisterActions(context, compilation => new DatabaseSymbols(compilation), Candidates, AnalyzeValue, analyzeCreation: null, AnalyzePasswordName);
        }

        // Words a database password cannot be written without, counted where they end the key ("Password=", not
        // "passwordPolicy"); "Password" is also the builder property name.
        private static readonly CandidateSyntax Candidates = new CandidateSyntax(MentionsSecret, new[] { "Password", "PWD" }, new[] { "Password" }, MinimumLength, triggerWordsEndKeys: true);

        private static void AnalyzeValue(SecretContext context, ExpressionSyntax whole, string value, Lazy<DatabaseSymbols> symbols)
        {
            var secret = DatabaseConnectionStrings.Detect(value);
            if (secret is null)
            {
                return;
            }

            var use = DatabaseSinkClassifier.Classify(whole, context.SemanticModel, symbols.Value, context.CancellationToken);
            var blocker = SecretCarriers.FixBlockerOf(whole) ?? FixBlockerFor(secret, use.Client, FoldedString.HasHole(value), symbols.Value);
            var role = DatabaseUsage.ClientFor(secret.HostKind) is { } client
                ? DatabaseUsage.RoleFor(whole, client, symbols.Value, context.SemanticModel, context.CancellationToken)
                : (UsageRole?)null;
            Report(context, whole, secret, use, blocker, symbols.Value, role);
        }

        // The identifier "Password" written as an assignment target: builder.Password = "..." or { Password = "..." }.
        private static void AnalyzePasswordName(SecretContext context, SyntaxToken name, Lazy<DatabaseSymbols> symbols)
        {
            var target = name.Parent is IdentifierNameSyntax { Parent: MemberAccessExpressionSyntax access } identifier && access.Name == identifier
                ? (ExpressionSyntax)access
                : name.Parent as ExpressionSyntax;
            if (target?.Parent is AssignmentExpressionSyntax assignment && assignment.Left == target && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression))
            {
                AnalyzePasswordAssignment(context, assignment, symbols);
            }
        }

        /// <summary><c>builder.Password = "..."</c> and <c>new SqlConnectionStringBuilder { Password = "..." }</c>.</summary>
        private static void AnalyzePasswordAssignment(SecretContext context, AssignmentExpressionSyntax assignment, Lazy<DatabaseSymbols> symbols)
        {
            var name = assignment.Left switch
            {
                IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
                _ => null,
            };
            if (name != "Password" || assignment.Right is not (LiteralExpressionSyntax or InterpolatedStringExpressionSyntax or BinaryExpressionSyntax or IdentifierNameSyntax or MemberAccessExpressionSyntax))
            {
                return;
            }

            if (context.SemanticModel.GetSymbolInfo(assignment.Left, context.CancellationToken).Symbol is not IPropertySymbol property
                || symbols.Value.ClientOf(property.ContainingType) == DatabaseClient.Unknown)
            {
                return;
            }

            var password = StringExpressions.Fold(assignment.Right, context.SemanticModel, context.CancellationToken);
            if (password is null || !DatabaseConnectionStrings.IsSecretPassword(password))
            {
                return;
            }

            var host = DatabaseConnectionStrings.HostOf(SiblingValue(assignment, context.SemanticModel, context.CancellationToken, "DataSource", "Host", "Server"));
            var database = SiblingValue(assignment, context.SemanticModel, context.CancellationToken, "InitialCatalog", "Database");
            var secret = new DatabaseSecret(password, host, database, DatabaseConnectionStrings.HostKindOf(host), IsServicePrincipal: false);
            var client = symbols.Value.ClientOf(property.ContainingType);
            // new SqlConnectionStringBuilder { DataSource = "<Azure SQL>", ..., Password = "..." } takes an Authentication mode.
            var fixable = client == DatabaseClient.MicrosoftSqlClient && secret.HostKind == DatabaseHostKind.AzureSql
                && assignment.Parent is InitializerExpressionSyntax { Parent: BaseObjectCreationExpressionSyntax }
                && property.ContainingType.Name == "SqlConnectionStringBuilder";
            var blocker = secret.HostKind == DatabaseHostKind.OnPremises ? DatabaseFixBlockers.OnPremises
                : client is DatabaseClient.SystemSqlClient or DatabaseClient.MySqlData ? FixBlockers.LegacySdk
                : fixable ? null
                : DatabaseFixBlockers.Builder;
            // A builder's uses are not followed: the broad role.
            Report(context, assignment.Right, secret, new DatabaseUse(SecretSinks.Credential, client), blocker, symbols.Value, role: null);
        }

        /// <summary>The constant value of another assignment in the same object initializer, e.g. <c>DataSource = "..."</c>.</summary>
        private static string? SiblingValue(AssignmentExpressionSyntax assignment, SemanticModel semanticModel, CancellationToken cancellationToken, params string[] names)
        {
            if (assignment.Parent is not InitializerExpressionSyntax initializer)
            {
                return null;
            }

            foreach (var expression in initializer.Expressions)
            {
                if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax left } sibling
                    && Array.IndexOf(names, left.Identifier.ValueText) >= 0
                    && semanticModel.GetConstantValue(sibling.Right, cancellationToken) is { HasValue: true, Value: string value })
                {
                    return value;
                }
            }

            return null;
        }

        private static void Report(SecretContext context, ExpressionSyntax location, DatabaseSecret secret, DatabaseUse use, string? blocker, DatabaseSymbols symbols, UsageRole? role)
        {
            role ??= DatabaseUsage.ClientFor(secret.HostKind) is { } client ? new UsageRole(client.Service, client.Role, string.Empty) : null;
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[DiagnosticProperties.SecretKind] = secret.IsServicePrincipal ? "DatabaseClientSecret" : "DatabasePassword";
            DiagnosticProperties.AddService(properties, ServiceName(secret.HostKind, use.Client));
            properties[DiagnosticProperties.Resource] = secret.Server;
            if (role is { } known)
            {
                AddRoleProperties(properties, secret, known);
            }

            properties[DiagnosticProperties.Sink] = use.Sink;
            properties[ClientProperty] = use.Client.ToString();
            properties[HostKindProperty] = secret.HostKind.ToString();
            if (blocker is not null)
            {
                properties[DiagnosticProperties.FixBlocker] = blocker;
            }

            DiagnosticProperties.AddFixCredential(properties, blocker, use.Sink, context.PreferredCredential);

            var note = FixNote(blocker);
            if (blocker is null && secret.HostKind == DatabaseHostKind.AzureSql && symbols.SqlClientNeedsAzureExtension)
            {
                note = ". Microsoft.Data.SqlClient 7 and later also need the Microsoft.Data.SqlClient.Extensions.Azure package for Entra authentication";
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Rule,
                location.GetLocation(),
                BaselineFingerprint.With(properties.ToImmutable(), context.Options, Rule.Id, location.GetLocation(), secret.Password, member: null, context.CancellationToken),
                secret.KindDisplayName,
                secret.Database ?? DefaultDatabase,
                secret.Server ?? Unknown,
                SecretRedaction.Redact(secret.Password),
                Guidance(secret.HostKind, role?.Role) + role?.Reason,
                note));
        }

        private static string? FixBlockerFor(DatabaseSecret secret, DatabaseClient client, bool hasRunTimeParts, DatabaseSymbols symbols)
        {
            if (client is DatabaseClient.SystemSqlClient or DatabaseClient.MySqlData)
            {
                return FixBlockers.LegacySdk;
            }

            switch (secret.HostKind)
            {
                case DatabaseHostKind.OnPremises:
                    return DatabaseFixBlockers.OnPremises;
                case DatabaseHostKind.AzureSql:
                    return client != DatabaseClient.MicrosoftSqlClient ? DatabaseFixBlockers.ClientUnknown
                        : hasRunTimeParts ? DatabaseFixBlockers.RunTimeParts
                        : null;
            }

            // PostgreSQL and MySQL: the token comes from a data source the fix configures.
            var takesProvider = secret.HostKind == DatabaseHostKind.AzurePostgreSql
                ? client is DatabaseClient.NpgsqlDataSourceBuilder or DatabaseClient.NpgsqlDataSourceCreate or DatabaseClient.NpgsqlEntityFramework
                : client == DatabaseClient.MySqlConnectorDataSourceBuilder;
            if (!takesProvider)
            {
                return client is DatabaseClient.NpgsqlConnection or DatabaseClient.MySqlConnectorConnection
                    ? DatabaseFixBlockers.ConnectionCannotRefreshToken
                    : DatabaseFixBlockers.ClientUnknown;
            }

            return hasRunTimeParts ? DatabaseFixBlockers.RunTimeParts
                : !symbols.Identity.IsAvailable ? FixBlockers.AzureIdentityMissing
                : null;
        }

        // "db_datareader, db_datawriter, db_ddladmin" → "db_datareader, db_datawriter and db_ddladmin".
        private static string AndList(string roles)
        {
            var last = roles.LastIndexOf(", ", StringComparison.Ordinal);
            return last < 0 ? roles : roles.Substring(0, last) + " and " + roles.Substring(last + 2);
        }

        /// <summary>The advice, with the role: "in db_datareader", or "granted SELECT on the tables it uses".</summary>
        private static string Guidance(DatabaseHostKind host, string? role)
        {
            var grant = AzureCatalog.RolesIn(role) is { Count: 1 } roles && roles[0].Privileges is { } privileges
                ? privileges + " on "
                : string.Empty;
            return host switch
            {
                DatabaseHostKind.AzureSql => "use Microsoft Entra authentication with a managed identity added to the database as a contained user (CREATE USER ... FROM EXTERNAL PROVIDER) in "
                    + AndList(role ?? UsageRoles.SqlWriterRole),
                DatabaseHostKind.AzurePostgreSql => "use a Microsoft Entra token of a managed identity that is a PostgreSQL Entra principal (pgaadauth_create_principal) granted " + grant + "the tables it uses",
                DatabaseHostKind.AzureMySql => "use a Microsoft Entra token of a managed identity that is a MySQL Entra user (CREATE AADUSER) granted " + grant + "the tables it uses",
                _ => "use integrated authentication, or read the connection string from a secret store (Key Vault, user secrets, the environment)",
            };
        }

        private static string FixNote(string? blocker) => blocker switch
        {
            FixBlockers.LegacySdk => ". This client has no Entra token support: move System.Data.SqlClient to Microsoft.Data.SqlClient, MySql.Data to MySqlConnector (no automatic fix)",
            DatabaseFixBlockers.OnPremises => ". No automatic fix: the server is not an Azure database",
            DatabaseFixBlockers.ConnectionCannotRefreshToken => ". No automatic fix: a connection cannot refresh an Entra token; open connections from a data source built with UsePeriodicPasswordProvider",
            DatabaseFixBlockers.ClientUnknown => ". No automatic fix: the connection string does not go straight to a database client that supports Entra tokens",
            DatabaseFixBlockers.RunTimeParts => ". No automatic fix: parts of the connection string are only known at run time",
            DatabaseFixBlockers.Builder => ". No automatic fix here: set the builder's Authentication instead and remove its UserID and Password",
            _ => FixBlockers.SharedNote(blocker),
        };

        /// <summary>The role properties of a database secret: the role, and its grants in the database the connection string names.</summary>
        public static void AddRoleProperties(ImmutableDictionary<string, string?>.Builder properties, DatabaseSecret secret, UsageRole role)
        {
            UsageRoles.AddProperties(properties, role);
            if (ClientUsage.IsPlainName(secret.Database))
            {
                // Database roles and privileges are granted in one database: the one the connection string names.
                Grant.AddProperties(properties, role.Grants.Select(grant => new Grant(grant.Role, ResourceScopes.Database.For(secret.Database!))));
            }
        }

        private static string ServiceName(DatabaseHostKind host, DatabaseClient client) => DatabaseUsage.ServiceFor(host)?.DisplayName ?? client switch
            {
                // Database servers outside Azure: not catalog services.
                DatabaseClient.NpgsqlConnection or DatabaseClient.NpgsqlDataSourceBuilder or DatabaseClient.NpgsqlDataSourceCreate or DatabaseClient.NpgsqlEntityFramework => "PostgreSql",
                DatabaseClient.MySqlConnectorConnection or DatabaseClient.MySqlConnectorDataSourceBuilder or DatabaseClient.MySqlData => "MySql",
                _ => "SqlServer",
            };
    }
}
