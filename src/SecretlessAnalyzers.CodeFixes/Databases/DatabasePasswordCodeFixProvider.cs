using System.Collections.Immutable;
using System.Linq;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using SecretlessAnalyzers.Catalog;
using SecretlessAnalyzers.CodeFixes.Common;

namespace SecretlessAnalyzers.CodeFixes.Databases
{
    /// <summary>
    /// SL1003 fix. Azure SQL: the connection string drops user and password and takes
    /// <c>Authentication=Active Directory Default</c> (or <c>Active Directory Managed Identity</c>). Azure Database for
    /// PostgreSQL / MySQL: the data source gets an Entra token as its periodically refreshed password.
    /// <c>secretless.credential</c> in .editorconfig decides which of the two actions comes first.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DatabasePasswordCodeFixProvider)), Shared]
    public sealed class DatabasePasswordCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.DatabasePassword);

        public override FixAllProvider GetFixAllProvider() =>
            SharedCredentialFixAllProvider.Create(DatabaseConnectionRewriter.TryRewriteAsync, DatabaseConnectionRewriter.WritesCredential);

        public override Task RegisterCodeFixesAsync(CodeFixContext context) =>
            CredentialCodeFixes.RegisterAsync(context, DatabaseConnectionRewriter.TryRewriteAsync, Title);

        // Azure SQL gets an authentication mode, not a credential object: the title says which. Its roles (read-only
        // db_datareader as well as db_datareader, db_datawriter) are the catalog's SQL database roles.
        internal static string Title(CredentialKind kind, string? role) =>
            AzureCatalog.RolesIn(role) is { Count: > 0 } roles && roles.All(found => found.ServiceId == ServiceIds.AzureSql)
                ? kind == CredentialKind.DefaultAzureCredential
                    ? "Use Authentication=Active Directory Default (Microsoft Entra)"
                    : "Use Authentication=Active Directory Managed Identity"
                : CredentialActions.Title(kind, role);
    }
}
