using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using SecretlessAnalyzers.Catalog;
using SecretlessAnalyzers.Rules;
using SecretlessAnalyzers.Usage;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SecretlessAnalyzers.Tests.Meta
{
    /// <summary>
    /// The Azure catalog is the one source of service and role facts: every SDK type a rule recognises maps to a catalog
    /// service, every role the code, the docs and the README name is a catalog role, role ids are well formed, and the
    /// generated catalog page (docs/catalog.md) is what the catalog says.
    /// </summary>
    public class CatalogTests
    {
        private static readonly string Root = DotNetCli.RepositoryRoot();
        private static readonly string Analyzers = Path.Combine(Root, "src", "SecretlessAnalyzers");

        // Types the symbol tables look up that are not clients of a service: credentials, options, framework types.
        private static readonly HashSet<string> NotClientTypes = new HashSet<string>(StringComparer.Ordinal)
        {
            "Azure.AzureKeyCredential", "Azure.AzureNamedKeyCredential", "Azure.AzureSasCredential", "System.ClientModel.ApiKeyCredential",
            "Azure.Storage.StorageSharedKeyCredential", "Azure.Data.Tables.TableSharedKeyCredential",
            "Azure.Core.TokenCredential", "Azure.Core.TokenRequestContext",
            "Azure.Identity.DefaultAzureCredential", "Azure.Identity.ManagedIdentityCredential", "Azure.Identity.ManagedIdentityId",
            "Microsoft.Data.SqlClient.SqlAuthenticationMethod",
            "System.Environment", "System.Uri",
            "System.Security.Cryptography.X509Certificates.X509Certificate2",
            "System.Security.Cryptography.X509Certificates.X509Certificate2Collection",
            "System.Security.Cryptography.X509Certificates.X509CertificateLoader",
        };

        // A dotted name in quotes under the roots of the SDKs: a metadata name or a namespace (the symbol tables' entries).
        private static readonly Regex DottedName = new Regex(
            "\"((?:Azure|Microsoft|System|Npgsql|MySqlConnector|MySql|StackExchange)(?:\\.[A-Z][A-Za-z0-9]*)+)\"", RegexOptions.None, TimeSpan.FromSeconds(5));

        // Role names as Azure writes them (and the fixed database roles); a role text is matched up to its first lower-case word.
        private static readonly Regex RoleName = new Regex(
            @"\b(?:Storage (?:Blob|Queue|Table|File) Data(?: [A-Z][A-Za-z]*)+|Azure (?:Service Bus|Event Hubs) Data [A-Z][a-z]+|Azure Relay (?:Sender|Listener|Owner)"
            + @"|Cosmos DB Built-in Data [A-Z][a-z]+|Key Vault (?:Secrets|Crypto|Certificates?) [A-Z][a-z]+|App Configuration Data [A-Z][a-z]+"
            + @"|Search (?:Index Data|Service) [A-Z][a-z]+|Cognitive Services(?: OpenAI)? User|EventGrid Data [A-Z][a-z]+|SignalR App Server"
            + @"|Web PubSub Service [A-Z][a-z]+|Azure Maps Data [A-Z][a-z]+|db_datareader|db_datawriter|db_ddladmin|db_owner)",
            RegexOptions.None,
            TimeSpan.FromSeconds(5));

        private static readonly Regex Guid = new Regex("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", RegexOptions.None, TimeSpan.FromSeconds(1));

        private static IEnumerable<string> SymbolTableFiles() =>
            Directory.EnumerateFiles(Analyzers, "*.cs", SearchOption.AllDirectories)
                .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                    && !path.Contains(Path.DirectorySeparatorChar + "Catalog" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                    && (Path.GetFileName(path).EndsWith("Symbols.cs", StringComparison.Ordinal) || Path.GetFileName(path) == "KeyBasedClients.cs"));

        [Fact]
        public void TheSymbolTablesAreFound()
        {
            var names = SymbolTableFiles().Select(Path.GetFileName).ToList();
            foreach (var table in new[] { "StorageSymbols.cs", "MessagingSymbols.cs", "CosmosSymbols.cs", "DatabaseSymbols.cs", "CredentialSymbols.cs", "AzureServiceSymbols.cs", "KeyBasedClients.cs" })
            {
                Assert.Contains(table, names);
            }
        }

        [Fact]
        public void EverySdkTypeOrNamespaceARuleRecognises_MapsToACatalogService()
        {
            var unmapped = new List<string>();
            foreach (var file in SymbolTableFiles())
            {
                foreach (Match match in DottedName.Matches(File.ReadAllText(file)))
                {
                    var name = match.Groups[1].Value;
                    if (!NotClientTypes.Contains(name) && AzureCatalog.ServiceOfClientType(name) is null && AzureCatalog.ServiceOfNamespace(name) is null)
                    {
                        unmapped.Add(Path.GetFileName(file) + ": " + name);
                    }
                }
            }

            Assert.True(unmapped.Count == 0, "Not in the catalog (add the client type to its service in Catalog/AzureCatalog.cs): " + string.Join(", ", unmapped));
        }

        [Fact]
        public void TheStorageAndMessagingTables_AreTheCatalogs()
        {
            // Their client types come from the catalog; every catalog client type of those services has its part.
            Assert.All(Services.Storage.ClientTypes.Where(client => client.MetadataName.StartsWith("Azure.", StringComparison.Ordinal)), client => Assert.NotNull(client.Part));
            Assert.All(Services.ServiceBus.ClientTypes.Concat(Services.EventHubs.ClientTypes), client => Assert.NotNull(client.Part));
            Assert.Equal(Services.EventHubs, AzureCatalog.ServiceOfNamespace("Microsoft.Azure.EventHubs.Processor"));
            Assert.Equal(Services.OpenAI, AzureCatalog.ServiceOfNamespace("Azure.AI.OpenAI"));
            Assert.Equal(Services.AIServices, AzureCatalog.ServiceOfNamespace("Azure.AI.TextAnalytics"));
            Assert.Null(AzureCatalog.ServiceOfNamespace("Azure.AIX"));
        }

        [Theory]
        [InlineData("AzureStorageAccountKey", "Storage")]
        [InlineData("AzureCosmosDBKey", "CosmosDb")]
        [InlineData("EntraClientSecret", "EntraApplication")]
        [InlineData("ServiceBusSasToken", "Messaging")]
        [InlineData("GitHubToken", null)]
        public void SecretKinds_OfAzureKeyFormats_NameTheirService(string kind, string? serviceId)
        {
            Assert.Equal(serviceId, AzureCatalog.ServiceOfSecretKind(kind)?.Id);
        }

        [Fact]
        public void EveryClientTypeNameSl2001SearchesFor_IsACatalogClientType()
        {
            var simpleNames = new HashSet<string>(AzureCatalog.AllServices.SelectMany(service => service.ClientTypes)
                .Select(client => client.MetadataName.Substring(client.MetadataName.LastIndexOf('.') + 1)), StringComparer.Ordinal);
            var missing = KeyBasedClients.IdentifierNames.Where(name => !name.StartsWith("Add", StringComparison.Ordinal) && !simpleNames.Contains(name)).ToList();
            Assert.True(missing.Count == 0, "Client types SL2001 looks for but the catalog does not know: " + string.Join(", ", missing));
        }

        [Fact]
        public void EveryRoleNamedInTheCodeTheDocsAndTheReadme_IsACatalogRole()
        {
            var files = Directory.EnumerateFiles(Analyzers, "*.cs", SearchOption.AllDirectories)
                .Concat(Directory.EnumerateFiles(Path.Combine(Root, "src", "SecretlessAnalyzers.CodeFixes"), "*.cs", SearchOption.AllDirectories))
                .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                .Concat(Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md", SearchOption.AllDirectories))
                .Concat(Directory.EnumerateFiles(Path.Combine(Root, "nuget", "build"), "*.cs"))
                .Append(Path.Combine(Root, "README.md"))
                .ToList();
            var seen = new SortedSet<string>(StringComparer.Ordinal);
            var unknown = new List<string>();
            foreach (var file in files)
            {
                foreach (Match match in RoleName.Matches(File.ReadAllText(file)))
                {
                    var name = match.Value;
                    seen.Add(name);
                    if (AzureCatalog.RoleNamed(name) is null)
                    {
                        unknown.Add(Path.GetRelativePath(Root, file) + ": " + name);
                    }
                }
            }

            Assert.True(unknown.Count == 0, "Roles named but not in the catalog: " + string.Join("; ", unknown.Distinct()));

            // The scan does see the roles the rules use (a regular expression that matches nothing would pass above).
            Assert.Contains("Storage Blob Data Reader", seen);
            Assert.Contains("Azure Service Bus Data Sender", seen);
            Assert.Contains("db_datareader", seen);
            Assert.Contains("Cosmos DB Built-in Data Contributor", seen);
        }

        [Fact]
        public void RoleDefinitionIds_AreWellFormedUniqueAndPresentExactlyForRolesGrantedById()
        {
            var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var role in AzureCatalog.AllRoles)
            {
                var service = AzureCatalog.Service(role.ServiceId);
                Assert.True(service is not null, role.Id + " names an unknown service " + role.ServiceId);
                var grantedById = service!.GrantKind is GrantKind.AzureRbacRoleAssignment or GrantKind.CosmosDataPlaneRoleAssignment;
                if (grantedById)
                {
                    Assert.True(role.RoleDefinitionId is not null, role.Id + " is an Azure RBAC or Cosmos DB role: it needs its built-in role definition id");
                    Assert.Matches(Guid, role.RoleDefinitionId!);
                    Assert.True(ids.Add(role.RoleDefinitionId!), role.RoleDefinitionId + " is used twice");
                }
                else
                {
                    Assert.True(role.RoleDefinitionId is null, role.Id + " is granted by name (" + service.GrantKind + "): no role definition id");
                }
            }
        }

        [Fact]
        public void IdsAndNames_AreUnique_AndEveryReferenceResolves()
        {
            Assert.Equal(AzureCatalog.AllServices.Count, AzureCatalog.AllServices.Select(s => s.Id).Distinct().Count());
            Assert.Equal(AzureCatalog.AllServices.Count, AzureCatalog.AllServices.Select(s => s.DisplayName).Distinct().Count());
            Assert.Equal(AzureCatalog.AllRoles.Count, AzureCatalog.AllRoles.Select(r => r.Id).Distinct().Count());
            Assert.Equal(AzureCatalog.AllRoles.Count, AzureCatalog.AllRoles.Select(r => r.Name).Distinct().Count());
            var clientTypes = AzureCatalog.AllServices.SelectMany(s => s.ClientTypes).Select(c => c.MetadataName).ToList();
            Assert.Equal(clientTypes.Count, clientTypes.Distinct().Count());
            Assert.Equal(typeof(ServiceIds).GetFields().Length, AzureCatalog.AllServices.Count);
            Assert.Equal(typeof(Roles).GetFields().Length, AzureCatalog.AllRoles.Count);

            foreach (var service in AzureCatalog.AllServices)
            {
                Assert.Same(service, AzureCatalog.Service(service.Id));
                Assert.NotEmpty(service.Endpoints);
                if (service.DefaultRoleId is not null)
                {
                    Assert.Equal(service.Id, AzureCatalog.Role(service.DefaultRoleId)?.ServiceId);
                }
            }

            foreach (var role in AzureCatalog.AllRoles)
            {
                Assert.Same(role, AzureCatalog.RoleNamed(role.Name));
                foreach (var covered in role.Covers)
                {
                    var other = AzureCatalog.Role(covered);
                    Assert.True(other is not null, role.Id + " covers an unknown role " + covered);
                    Assert.Equal(role.ServiceId, other!.ServiceId);
                    Assert.True(other.Rank < role.Rank, role.Id + " must rank above the roles it covers");
                }
            }
        }

        [Fact]
        public void Coverage_AndTheSmallestCoveringRole()
        {
            Assert.True(AzureCatalog.Covers(Roles.StorageBlobDataOwner, Roles.StorageBlobDataReader));
            Assert.True(AzureCatalog.Covers(Roles.StorageBlobDataContributor, Roles.StorageBlobDataReader));
            Assert.False(AzureCatalog.Covers(Roles.StorageBlobDataReader, Roles.StorageBlobDataContributor));
            Assert.False(AzureCatalog.Covers(Roles.StorageBlobDataOwner, Roles.StorageQueueDataReader));
            Assert.False(AzureCatalog.Covers(Roles.SqlDataWriter, Roles.SqlDataReader));

            Assert.Same(Roles.StorageBlobDataReader, AzureCatalog.SmallestRoleCovering(ServiceIds.Storage, new[] { Roles.StorageBlobDataReader }));
            Assert.Same(Roles.StorageBlobDataContributor, AzureCatalog.SmallestRoleCovering(ServiceIds.Storage, new[] { Roles.StorageBlobDataReader, Roles.StorageBlobDataContributor }));
            Assert.Same(Roles.ServiceBusDataOwner, AzureCatalog.SmallestRoleCovering(ServiceIds.ServiceBus, new[] { Roles.ServiceBusDataSender, Roles.ServiceBusDataReceiver }));
            Assert.Same(Roles.StorageQueueDataContributor, AzureCatalog.SmallestRoleCovering(ServiceIds.Storage, new[] { Roles.StorageQueueDataMessageSender, Roles.StorageQueueDataReader }));
            Assert.Null(AzureCatalog.SmallestRoleCovering(ServiceIds.AzureSql, new[] { Roles.SqlDataReader, Roles.SqlDataWriter }));
            Assert.Null(AzureCatalog.SmallestRoleCovering(ServiceIds.Storage, new[] { Roles.CosmosDataReader }));
        }

        [Theory]
        [InlineData("Storage Blob Data Reader", "StorageBlobDataReader")]
        [InlineData("db_datareader, db_datawriter", "SqlDataReader,SqlDataWriter")]
        [InlineData("Azure Service Bus Data Sender and Azure Service Bus Data Receiver", "ServiceBusDataSender,ServiceBusDataReceiver")]
        [InlineData("PostgreSQL Entra principal (GRANT SELECT)", "PostgreSqlSelect")]
        [InlineData("App Configuration Data Reader (App Configuration Data Owner to write)", "AppConfigurationDataReader")]
        [InlineData("Storage Blob Data Contributor (or the Queue, Table or File data role of the service used)", "StorageBlobDataContributor")]
        [InlineData("Azure Service Bus Data Sender (to send) / Azure Service Bus Data Receiver (to receive)", "ServiceBusDataSender")]
        [InlineData("the data-plane role of the service that uses it", "")]
        [InlineData("", "")]
        public void RolesIn_ReadsTheRoleTextsOfTheRules(string text, string expected)
        {
            Assert.Equal(expected, string.Join(",", AzureCatalog.RolesIn(text).Select(role => role.Id)));
        }

        [Fact]
        public void PrincipalRoles_CarryTheirTablePrivileges_InTheirNames()
        {
            Assert.Equal("SELECT", Roles.PostgreSqlSelect.Privileges);
            Assert.Equal("PostgreSQL Entra principal (GRANT SELECT)", Roles.PostgreSqlSelect.Name);
            Assert.Equal("SELECT, INSERT, UPDATE, DELETE, CREATE", Roles.MySqlReadWriteCreate.Privileges);
            Assert.All(AzureCatalog.AllRoles.Where(role => role.Privileges is not null), role => Assert.EndsWith(" (GRANT " + role.Privileges + ")", role.Name, StringComparison.Ordinal));
            Assert.All(AzureCatalog.AllRoles.Where(role => role.Privileges is not null), role => Assert.Contains(role.ServiceId, new[] { ServiceIds.PostgreSql, ServiceIds.MySql }));
            Assert.Null(Roles.SqlDataReader.Privileges);
        }

        [Fact]
        public void PostgreSqlAndMySql_ShareOneTokenScope()
        {
            // The database fix writes one scope for both (DatabaseConnectionRewriter.OssRdbmsScope).
            Assert.Equal(Services.PostgreSql.TokenScope, Services.MySql.TokenScope);
            Assert.Equal(Services.PostgreSql.TokenScope, SecretlessAnalyzers.CodeFixes.Databases.DatabaseConnectionRewriter.OssRdbmsScope);
        }

        [Fact]
        public void TheUsageRoleEngine_UsesTheCatalogCoverage()
        {
            Assert.True(UsageRoles.RoleCovers("Storage Blob Data Contributor", "Storage Blob Data Reader"));
            Assert.False(UsageRoles.RoleCovers("Storage Blob Data Reader", "Storage Blob Data Contributor"));
            // The old suffix ranking could not see that Contributor covers Message Sender (another suffix, not another rank).
            Assert.True(UsageRoles.RoleCovers("Storage Queue Data Contributor", "Storage Queue Data Message Sender"));
            Assert.False(UsageRoles.RoleCovers("Azure Event Hubs Data Owner", "Azure Service Bus Data Sender"));
        }

        [Fact]
        public void TheCatalogPage_IsGeneratedFromTheCatalog()
        {
            var path = Path.Combine(Root, "docs", "catalog.md");
            var expected = CatalogPage.Render();
            if (Environment.GetEnvironmentVariable("SECRETLESS_UPDATE_CATALOG_PAGE") == "1")
            {
                File.WriteAllText(path, expected);
            }

            Assert.True(File.Exists(path), "docs/catalog.md is missing: run the tests with SECRETLESS_UPDATE_CATALOG_PAGE=1 to write it.");
            Assert.True(
                File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal) == expected,
                "docs/catalog.md differs from the catalog: run the tests with SECRETLESS_UPDATE_CATALOG_PAGE=1 to regenerate it.");
        }

        [Fact]
        public void RoleDefinitionIdsWrittenInTheDocs_AreTheCatalogs()
        {
            // "Cosmos DB Built-in Data Reader (`00000000-...-000000000001`)": a role name followed by its id in the docs.
            var withId = new Regex(@"([A-Z][A-Za-z -]+?) \(`([0-9a-f-]{36})`\)", RegexOptions.None, TimeSpan.FromSeconds(5));
            var checkedCount = 0;
            foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md", SearchOption.AllDirectories).Append(Path.Combine(Root, "README.md")))
            {
                foreach (Match match in withId.Matches(File.ReadAllText(file)))
                {
                    var role = AzureCatalog.RoleNamed(match.Groups[1].Value.Trim());
                    Assert.True(role is not null, Path.GetFileName(file) + " gives an id to an unknown role: " + match.Value);
                    Assert.Equal(role!.RoleDefinitionId, match.Groups[2].Value);
                    checkedCount++;
                }
            }

            Assert.True(checkedCount >= 2, "The Cosmos DB rule page writes its two role ids.");
        }
    }

    /// <summary>docs/catalog.md, written from the catalog: one table of services and one of roles.</summary>
    public static class CatalogPage
    {
        public static string Render()
        {
            var text = new StringBuilder();
            text.Append("# Azure catalog\n\n");
            text.Append("Generated from `src/SecretlessAnalyzers/Catalog/AzureCatalog.cs` by `CatalogTests.TheCatalogPage_IsGeneratedFromTheCatalog`\n");
            text.Append("(run the tests with `SECRETLESS_UPDATE_CATALOG_PAGE=1` after changing the catalog). Do not edit by hand.\n\n");
            text.Append("## Services\n\n");
            text.Append("| Id | Name | Endpoint | Token scope | Ends key access | ARM resource type | Scopes | Grant |\n");
            text.Append("|---|---|---|---|---|---|---|---|\n");
            foreach (var service in AzureCatalog.AllServices)
            {
                text.Append("| `").Append(service.Id).Append("` | ").Append(service.DisplayName)
                    .Append(" | ").Append(string.Join("<br>", service.Endpoints.Select(e => (e.Part is null ? string.Empty : e.Part + ": ") + "`" + e.Template + "`" + (e.Setting is null ? string.Empty : " (SL2001 setting `<Name>:" + e.Setting + "`)"))))
                    .Append(" | ").Append(service.TokenScope is null ? "-" : "`" + service.TokenScope + "`")
                    .Append(" | `").Append(service.LocalAuthSwitch).Append('`')
                    .Append(" | ").Append(service.ArmResource is null ? "-" : "`" + service.ArmResource.Name + "`" + (service.ArmResource.ApiVersion is null ? string.Empty : " (Bicep `@" + service.ArmResource.ApiVersion + "`)"))
                    .Append(" | ").Append(service.Scopes.Count == 0 ? "whole resource" : string.Join("<br>", service.Scopes.Select(s => "`" + s.Prefix + "{" + s.Part + "}`")))
                    .Append(" | ").Append(service.GrantKind).Append(" |\n");
            }

            text.Append("\n## Roles\n\n");
            text.Append("| Id | Role | Service | Role definition id | Covers |\n");
            text.Append("|---|---|---|---|---|\n");
            foreach (var role in AzureCatalog.AllRoles)
            {
                text.Append("| `").Append(role.Id).Append("` | ").Append(role.Name)
                    .Append(" | ").Append(AzureCatalog.Service(role.ServiceId)!.DisplayName)
                    .Append(" | ").Append(role.RoleDefinitionId is null ? "(by name)" : "`" + role.RoleDefinitionId + "`")
                    .Append(" | ").Append(role.Covers.Count == 0 ? "-" : string.Join(", ", role.Covers.Select(id => AzureCatalog.Role(id)!.Name)))
                    .Append(" |\n");
            }

            return text.ToString();
        }
    }
}
