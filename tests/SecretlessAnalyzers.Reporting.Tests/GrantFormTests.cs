using System.Linq;
using SecretlessAnalyzers.Catalog;
using SecretlessAnalyzers.Reporting.Model;
using SecretlessAnalyzers.Reporting.Pipeline;
using Xunit;
using static SecretlessAnalyzers.Reporting.Tests.Sarif;

namespace SecretlessAnalyzers.Reporting.Tests
{
    /// <summary>Every grant kind is written in its own form: Azure RBAC, Cosmos DB data plane, Redis access policy, T-SQL, PostgreSQL.</summary>
    public class GrantFormTests
    {
        private static ResourceAccess Of(ProjectReport report, string resource) => report.Resources.Single(r => r.Resource == resource);

        [Fact]
        public void AzureRbac_IsAnAzRoleAssignmentOnTheResourceId()
        {
            var report = Build(
                Result("SL1002", "Service Bus key", "Bus.cs", 1, ("Service", "ServiceBus"), ("Resource", "contoso-bus.servicebus.windows.net"), ("Role", "Azure Service Bus Data Sender and Azure Service Bus Data Receiver")),
                Result("SL1003", "Event Hubs key", "Hub.cs", 1, ("Service", "Event Hubs"), ("Resource", "contoso-hub"), ("Role", "Azure Event Hubs Data Sender")),
                Result("SL1008", "App Configuration secret", "Config.cs", 1, ("Service", "AppConfiguration"), ("Resource", "contoso-config"), ("Role", "App Configuration Data Reader")));

            var bus = Of(report, "contoso-bus.servicebus.windows.net");
            Assert.Equal(GrantKind.AzureRbacRoleAssignment, bus.GrantKind);
            Assert.Equal(new[] { "Azure Service Bus Data Sender", "Azure Service Bus Data Receiver" }, bus.Roles);
            Assert.EndsWith("/providers/Microsoft.ServiceBus/namespaces/contoso-bus", bus.Scope);
            Assert.All(bus.Commands, command => Assert.StartsWith("az role assignment create --assignee-object-id <principal-id>", command));
            Assert.EndsWith("/providers/Microsoft.EventHub/namespaces/contoso-hub", Of(report, "contoso-hub").Scope);
            Assert.EndsWith("/providers/Microsoft.AppConfiguration/configurationStores/contoso-config", Of(report, "contoso-config").Scope);
        }

        [Fact]
        public void UnknownService_StillGetsACommand_WithTheResourceIdLeftToFillIn()
        {
            var widgets = Assert.Single(Build(Result("SL1010", "Something new", "New.cs", 1, ("Service", "Contoso Widgets"), ("Resource", "widgets1"), ("Role", "Widget Reader"))).Resources);
            Assert.Equal("<resource-id of widgets1>", widgets.Scope);
            Assert.Contains("--role \"Widget Reader\"", Assert.Single(widgets.Commands));
            Assert.Contains(widgets.Cutover, step => step.Name == "disable-local-auth" && step.Text.Contains("where the service allows it"));
        }

        [Fact]
        public void Cosmos_IsADataPlaneRoleAssignment_WithTheBuiltInDefinitionId()
        {
            var report = Build(
                Result("SL1004", "Cosmos key", "Db.cs", 1, ("Service", "CosmosDB"), ("Resource", "contoso-cosmos"), ("Role", "Cosmos DB Built-in Data Reader")),
                Result("SL1005", "Cosmos key", "Db.cs", 2, ("Service", "Cosmos"), ("Resource", "contoso-rw"), ("Role", "Cosmos DB Built-in Data Contributor")));

            var reader = Assert.Single(Of(report, "contoso-cosmos").Commands);
            Assert.StartsWith("az cosmosdb sql role assignment create --account-name contoso-cosmos --resource-group <resource-group>", reader);
            Assert.Contains("--scope \"/\" --principal-id <principal-id> --role-definition-id " + Catalog.Roles.CosmosDataReader.RoleDefinitionId, reader);
            Assert.Contains("--role-definition-id " + Catalog.Roles.CosmosDataContributor.RoleDefinitionId, Assert.Single(Of(report, "contoso-rw").Commands));
            Assert.All(report.Resources.SelectMany(r => r.Commands), command => Assert.DoesNotContain("az role assignment", command));
        }

        [Fact]
        public void Redis_IsAnAccessPolicyAssignment()
        {
            var redis = Assert.Single(Build(Result("SL1007", "Redis key", "Cache.cs", 1, ("Service", "Redis"), ("Resource", "contoso.redis.cache.windows.net"), ("Role", "Data Contributor"))).Resources);
            var command = Assert.Single(redis.Commands);
            Assert.StartsWith("az redis access-policy-assignment create --name contoso --resource-group <resource-group>", command);
            Assert.Contains("--policy-name \"Data Contributor\" --object-id <principal-id> --object-id-alias <identity-name>", command);
            Assert.Equal(GrantKind.RedisAccessPolicyAssignment, redis.GrantKind);
        }

        [Fact]
        public void AzureSql_IsTSql_OneContainedUserPerDatabase_NeverAnAzRoleAssignment()
        {
            var report = Build(
                Result("SL1003", "orders", "Orders.cs", 1, ("Service", "AzureSql"), ("Resource", "contoso.database.windows.net"),
                    ("Role", "db_datareader"), ("Grants", "db_datareader@databases/orders")),
                Result("SL1003", "audit", "Audit.cs", 1, ("Service", "AzureSql"), ("Resource", "contoso.database.windows.net"),
                    ("Role", "db_datareader, db_datawriter"), ("Grants", "db_datareader, db_datawriter@databases/audit")));

            var sql = Assert.Single(report.Resources);
            Assert.Equal(("sql", GrantKind.SqlContainedUser), (sql.CommandLanguage, sql.GrantKind));
            Assert.Equal(2, sql.Commands.Count);
            Assert.Contains("in database audit", sql.Commands[0]);
            Assert.EndsWith("CREATE USER [<identity-name>] FROM EXTERNAL PROVIDER;\nALTER ROLE db_datareader ADD MEMBER [<identity-name>];\nALTER ROLE db_datawriter ADD MEMBER [<identity-name>];", sql.Commands[0]);
            Assert.Equal("-- On contoso.database.windows.net, in database orders, connected as the server's Microsoft Entra admin:\n"
                + "CREATE USER [<identity-name>] FROM EXTERNAL PROVIDER;\nALTER ROLE db_datareader ADD MEMBER [<identity-name>];", sql.Commands[1]);
            Assert.DoesNotContain("az role assignment create", report.ToMarkdown());
            Assert.DoesNotContain("db_data", report.ToBicep());
        }

        /// <summary>
        /// Issue 13, with the properties the analyzers write for it: the password sits in appsettings.json (SL1020 only
        /// knows the server: the broad role), and the code that reads the setting runs one SELECT COUNT(*) through
        /// SqlConnection (SL1021 carries the role its calls need).
        /// </summary>
        [Fact]
        public void SqlPasswordInAppsettings_ReadOnlyCode_WritesTSqlWithDbDataReaderOnly()
        {
            var report = Build(
                Result("SL1020", "Database password in configuration setting 'ConnectionStrings:Orders' of appsettings.json as " + Redacted, "appsettings.json", 1,
                    ("ConfigurationKey", "ConnectionStrings:Orders"), ("Resource", "contoso-orders.database.windows.net"), ("Role", "db_datareader, db_datawriter"),
                    ("SecretKind", "Database password"), ("Service", "Azure SQL"), ("ServiceId", "AzureSql")),
                Result("SL1021", "Reads configuration setting 'ConnectionStrings:Orders'", "OrderCount.cs", 12,
                    ("ConfigurationKey", "ConnectionStrings:Orders"), ("SecretKind", "Database password"), ("Service", "Azure SQL"), ("ServiceId", "AzureSql"),
                    ("Resource", "contoso-orders.database.windows.net"), ("Role", "db_datareader"), ("Grants", "db_datareader@databases/orders"),
                    ("GrantIds", "SqlDataReader@databases/orders")));

            var sql = Assert.Single(report.Resources);
            Assert.Equal(GrantKind.SqlContainedUser, sql.GrantKind);
            Assert.Equal(new[] { "db_datareader" }, sql.Grants.Select(g => g.Role));
            Assert.Equal(
                "-- On contoso-orders.database.windows.net, in database orders, connected as the server's Microsoft Entra admin:\n"
                + "CREATE USER [<identity-name>] FROM EXTERNAL PROVIDER;\nALTER ROLE db_datareader ADD MEMBER [<identity-name>];",
                Assert.Single(sql.Commands));
            var markdown = report.ToMarkdown();
            Assert.DoesNotContain("db_datawriter", markdown);
            Assert.DoesNotContain("az role assignment", markdown);
        }

        [Fact]
        public void GenericDatabaseService_OnAnAzureSqlHost_IsStillTSql()
        {
            // Before the analyzers named the service (a generic "Database"): the host tells Azure SQL. Nothing known of the
            // calls: read and write, but as database roles.
            var sql = Assert.Single(Build(
                Result("SL1020", "Database password", "appsettings.json", 1, ("ConfigurationKey", "ConnectionStrings:Orders"),
                    ("Resource", "contoso-orders.database.windows.net"), ("Role", "db_datareader, db_datawriter"), ("Service", "Database"))).Resources);

            Assert.Equal(GrantKind.SqlContainedUser, sql.GrantKind);
            Assert.EndsWith("ALTER ROLE db_datareader ADD MEMBER [<identity-name>];\nALTER ROLE db_datawriter ADD MEMBER [<identity-name>];", Assert.Single(sql.Commands));
        }

        [Fact]
        public void PostgreSql_IsAnEntraPrincipal_ThenTheGrantsTheCallsNeed()
        {
            var report = Build(
                Result("SL1003", "reads", "Pg.cs", 1, ("Service", "AzurePostgreSql"), ("Resource", "contoso.postgres.database.azure.com"), ("Role", "PostgreSQL Entra principal (GRANT SELECT)")),
                Result("SL1003", "unknown", "Pg2.cs", 1, ("Service", "PostgreSQL"), ("Resource", "contoso-rw.postgres.database.azure.com"), ("Role", "PostgreSQL Entra principal")));

            var reader = Assert.Single(Of(report, "contoso.postgres.database.azure.com").Commands);
            Assert.Contains("SELECT * FROM pgaadauth_create_principal('<identity-name>', false, false);", reader);
            Assert.EndsWith("GRANT SELECT ON ALL TABLES IN SCHEMA public TO \"<identity-name>\";", reader);
            Assert.DoesNotContain("INSERT", reader);
            Assert.EndsWith("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO \"<identity-name>\";", Assert.Single(Of(report, "contoso-rw.postgres.database.azure.com").Commands));
            Assert.Equal(GrantKind.PostgreSqlEntraPrincipal, Of(report, "contoso.postgres.database.azure.com").GrantKind);
        }

        [Fact]
        public void ClientSecret_ListsTheApplicationsRoleAssignments_InsteadOfAResourceGrant()
        {
            var report = Build(
                Result("SL1005", "Client secret", "Identity.cs", 4, ("SecretKind", "ClientSecret"), ("Service", "MicrosoftEntraId")),
                Result("SL1005", "Client secret", "Vault.cs", 9, ("SecretKind", "ClientSecret"), ("Service", "MicrosoftEntraId"), ("Resource", "0b9c1f7e-6d2a-4b8e-9c3f-1a2b3c4d5e6f")));

            var named = Of(report, "0b9c1f7e-6d2a-4b8e-9c3f-1a2b3c4d5e6f");
            Assert.StartsWith("az role assignment list --assignee 0b9c1f7e-6d2a-4b8e-9c3f-1a2b3c4d5e6f --all", Assert.Single(named.Commands));
            Assert.Contains("az ad app credential delete --id 0b9c1f7e-6d2a-4b8e-9c3f-1a2b3c4d5e6f", named.Commands[0]);

            var application = Of(report, "(unknown)");
            Assert.Equal(GrantKind.EntraAppRoleCarryOver, application.GrantKind);
            Assert.Empty(application.Grants);
            Assert.StartsWith("az role assignment list --assignee <application-client-id> --all", Assert.Single(application.Commands));
            Assert.DoesNotContain(application.Cutover, step => step.Name == "disable-local-auth");
        }
    }
}
