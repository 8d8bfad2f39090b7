using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SecretlessAnalyzers.Catalog;
using SecretlessAnalyzers.Reporting.Pipeline;
using Xunit;
using static SecretlessAnalyzers.Reporting.Tests.Sarif;

namespace SecretlessAnalyzers.Reporting.Tests
{
    /// <summary>secretless-roles.bicep: one resource per grant, on the narrowest scope, with catalog role ids; and it compiles.</summary>
    public class BicepTests
    {
        private static JsonObject[] EveryKind() => new[]
        {
            Result("SL1001", "Storage key", "Archive.cs", 1, ("Service", "Storage"), ("Resource", "contosoorders"),
                ("Role", "Storage Blob Data Contributor and Storage Queue Data Message Sender"),
                ("Grants", "Storage Blob Data Contributor@blobServices/default/containers/orders;Storage Queue Data Message Sender@queueServices/default/queues/fulfilment")),
            Result("SL2001", "Storage read", "Reports.cs", 1, ("Service", "Storage"), ("Resource", "contosoorders"), ("Role", "Storage Table Data Reader")),
            Result("SL1002", "Bus", "Bus.cs", 1, ("Service", "ServiceBus"), ("Resource", "contoso-bus.servicebus.windows.net"),
                ("Role", "Azure Service Bus Data Sender and Azure Service Bus Data Receiver"),
                ("Grants", "Azure Service Bus Data Sender@entities/orders;Azure Service Bus Data Receiver@topics/events/subscriptions/audit")),
            Result("SL1002", "Hub", "Hub.cs", 1, ("Service", "EventHubs"), ("Resource", "contoso-hub.servicebus.windows.net"),
                ("Role", "Azure Event Hubs Data Receiver"), ("Grants", "Azure Event Hubs Data Receiver@eventhubs/shipping")),
            Result("SL1011", "Search", "Search.cs", 1, ("Service", "Azure AI Search"), ("Resource", "contosocatalog.search.windows.net"),
                ("Role", "Search Index Data Reader"), ("Grants", "Search Index Data Reader@indexes/products")),
            Result("SL1008", "App Configuration", "Config.cs", 1, ("Service", "AppConfiguration"), ("Resource", "contoso-config"), ("Role", "App Configuration Data Reader")),
            Result("SL1004", "Cosmos", "Db.cs", 1, ("Service", "CosmosDB"), ("Resource", "contoso-cosmos"),
                ("Role", "Cosmos DB Built-in Data Reader"), ("Grants", "Cosmos DB Built-in Data Reader@dbs/shop/colls/orders")),
            Result("SL1004", "Cosmos", "Db2.cs", 1, ("Service", "CosmosDB"), ("Resource", "contoso-cosmos"), ("Role", "Cosmos DB Built-in Data Contributor"), ("Grants", "Cosmos DB Built-in Data Contributor@dbs/audit")),
            Result("SL1004", "Cosmos", "Catalog.cs", 1, ("Service", "CosmosDB"), ("Resource", "contoso-catalog"), ("Role", "Cosmos DB Built-in Data Contributor")),
            Result("SL1007", "Redis", "Cache.cs", 1, ("Service", "Redis"), ("Resource", "contoso-prices.redis.cache.windows.net"), ("Role", "Data Contributor")),
            Result("SL1003", "SQL", "Sql.cs", 1, ("Service", "AzureSql"), ("Resource", "contoso.database.windows.net"), ("Role", "db_datareader")),
            Result("SL1003", "PostgreSQL", "Pg.cs", 1, ("Service", "PostgreSql"), ("Resource", "contoso.postgres.database.azure.com"), ("Role", "PostgreSQL Entra principal (GRANT SELECT)")),
            Result("SL2001", "Unknown account", "Other.cs", 3, ("Service", "Storage"), ("ConfigurationKey", "Elsewhere"), ("Role", "Storage Blob Data Reader")),
            Result("SL1010", "Unknown service", "New.cs", 1, ("Service", "Contoso Widgets"), ("Resource", "widgets1"), ("Role", "Widget Reader")),
        };

        [Fact]
        public void OneRoleAssignmentPerAzureRbacGrant_WithTheCatalogsRoleIdAndANarrowScope()
        {
            var report = Build(EveryKind());
            var bicep = report.ToBicep();

            // Every Azure RBAC grant the report makes, and no other, is a role assignment with the catalog's id.
            var rbac = report.Resources.Where(r => r.GrantKind == GrantKind.AzureRbacRoleAssignment && r.Name is not null && r.Facts is not null).SelectMany(r => r.Grants).ToList();
            Assert.Equal(rbac.Count, Regex.Matches(bicep, "'Microsoft.Authorization/roleAssignments@2022-04-01' = \\{").Count);
            foreach (var grant in rbac)
            {
                var id = AzureCatalog.RoleNamed(grant.Role)!.RoleDefinitionId!;
                Assert.Contains("roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '" + id + "')", bicep);
            }

            Assert.Contains("name: guid(", bicep);
            Assert.Contains("param principalId string", bicep);
            Assert.Contains("principalType: principalType", bicep);

            // The narrowest resource the code shows, declared existing, then used as the scope.
            Assert.Matches(new Regex(@"resource (\w+) 'Microsoft.Storage/storageAccounts/blobServices/containers@[\w-]+' existing = \{\s+parent: \w+\s+name: 'orders'"), bicep);
            Assert.Matches(new Regex(@"resource \w+ 'Microsoft.Storage/storageAccounts/queueServices/queues@[\w-]+' existing = \{\s+parent: \w+\s+name: 'fulfilment'"), bicep);
            Assert.Matches(new Regex(@"'Microsoft.ServiceBus/namespaces/queues@[\w-]+' existing = \{\s+parent: \w+\s+name: 'orders'"), bicep);
            Assert.Matches(new Regex(@"'Microsoft.ServiceBus/namespaces/topics/subscriptions@[\w-]+' existing = \{\s+parent: \w+\s+name: 'audit'"), bicep);
            Assert.Matches(new Regex(@"'Microsoft.EventHub/namespaces/eventhubs@[\w-]+' existing = \{\s+parent: \w+\s+name: 'shipping'"), bicep);
            var container = Regex.Match(bicep, @"resource (\w+) 'Microsoft.Storage/storageAccounts/blobServices/containers@").Groups[1].Value;
            Assert.Contains("scope: " + container + "\n", bicep);

            // A search index is no ARM resource: its grant goes on the service, and says so.
            Assert.Contains("The code uses only indexes/products, which is not an ARM resource", bicep);

            // Cosmos DB and Redis get their own resource types; SQL and PostgreSQL stay scripts.
            Assert.Equal(3, Regex.Matches(bicep, "'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@").Count);
            Assert.Contains("scope: cosmosdb_contoso_catalog.id\n", bicep);
            Assert.Contains("sqlRoleDefinitions/" + Roles.CosmosDataReader.RoleDefinitionId, bicep);
            Assert.Contains("/dbs/shop/colls/orders'", bicep);
            Assert.Single(Regex.Matches(bicep, "'Microsoft.Cache/redis/accessPolicyAssignments@"));
            Assert.Contains("accessPolicyName: 'Data Contributor'", bicep);
            Assert.DoesNotContain("Microsoft.Sql", bicep);
            Assert.DoesNotContain("pgaadauth", bicep);

            // What cannot be declared is listed, not guessed.
            Assert.Contains("its name is not in the code", bicep);
            Assert.Contains("widgets1", bicep);
        }

        [SkippableFact]
        public void GeneratedBicep_CompilesWithTheBicepCli_WithoutWarnings()
        {
            Skip.If(BicepCli.Unavailable is not null, BicepCli.Unavailable);
            var folder = Path.Combine(Path.GetTempPath(), "secretless-bicep-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                var cases = new[] { ("every-kind", EveryKind()), ("storage-only", new[] { StorageKey("contosoorders", "Archive.cs", 12) }), ("none", Array.Empty<JsonObject>()) };
                foreach (var (name, results) in cases)
                {
                    var file = Path.Combine(folder, name + ".bicep");
                    File.WriteAllText(file, Build(results).ToBicep());
                    var (exitCode, output) = BicepCli.Build(file);
                    Assert.True(exitCode == 0, name + ": bicep build failed:\n" + output + "\n" + File.ReadAllText(file));
                    Assert.DoesNotContain("Warning", output);
                    Assert.DoesNotContain("Error", output);
                }

                // The template ARM gets: one role assignment per Azure RBAC grant.
                var template = JsonNode.Parse(BicepCli.Build(Path.Combine(folder, "storage-only.bicep")).Output)!;
                var resources = template["resources"]!.ToJsonString();
                Assert.Contains("Microsoft.Authorization/roleAssignments", resources);
                Assert.Contains(Roles.StorageBlobDataContributor.RoleDefinitionId!, resources);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
