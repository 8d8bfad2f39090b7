using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SecretlessAnalyzers.Tests.EndToEnd
{
    /// <summary>
    /// The README's report command on the sample service (samples/LegacyService): every Azure resource its code uses is
    /// listed with the role and scope that code needs. Each expectation below names the code it comes from.
    /// </summary>
    [Collection(EndToEndCollection.Name)]
    [Trait("Category", "EndToEnd")]
    public sealed class SampleReportTests
    {
        private const string Arm = "/subscriptions/<subscription-id>/resourceGroups/<resource-group>/providers/";

        [Fact]
        public async Task SampleService_Report_GivesEachResourceTheRoleAndScopeItsCodeNeeds()
        {
            var root = DotNetCli.RepositoryRoot();

            // The sample compiles against the real SDK packages only, as a user's service would.
            var sampleProject = File.ReadAllText(Path.Combine(root, "samples", "LegacyService", "LegacyService.csproj"));
            Assert.DoesNotContain("StandIns", sampleProject, StringComparison.OrdinalIgnoreCase);

            var output = Path.Combine(Path.GetTempPath(), "secretless-sample-report-" + Guid.NewGuid().ToString("N"));
            try
            {
                var build = await DotNetCli.RunAsync(root, PackageFixture.StepTimeout,
                    "build", Path.Combine("samples", "LegacyService"), "-c", "Release", "-p:SecretlessMigrationReport=true", "-p:SecretlessMigrationReportDirectory=" + output);
                Assert.True(build.ExitCode == 0, "The sample's report build should succeed: " + build);

                using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "secretless-report.json")));
                var grants = new List<(string Resource, string Role, string Scope)>();
                foreach (var resource in json.RootElement.GetProperty("resources").EnumerateArray())
                {
                    foreach (var grant in resource.GetProperty("grants").EnumerateArray())
                    {
                        grants.Add((resource.GetProperty("resource").GetString()!, grant.GetProperty("role").GetString()!, grant.GetProperty("scope").GetString()!));
                    }
                }

                void Granted(string resource, string role, string scope) =>
                    Assert.True(grants.Contains((resource, role, scope)), $"Expected '{role}' on {scope} for {resource}; the report grants:\n" + string.Join("\n", grants));

                // Program.cs: the registered BlobServiceClient is resolved elsewhere (broad role on the account);
                // OrderArchive.cs: the same connection string's queue client only sends to 'fulfilment'.
                Granted("contosoorders", "Storage Blob Data Contributor", Arm + "Microsoft.Storage/storageAccounts/contosoorders");
                Granted("contosoorders", "Storage Queue Data Message Sender", Arm + "Microsoft.Storage/storageAccounts/contosoorders/queueServices/default/queues/fulfilment");

                // OrderEvents.cs: the consumer client reads the 'shipping' hub; the 'checkpoints' container only gets its
                // position blobs uploaded (a private field); the Service Bus client only creates a sender for 'orders'.
                Granted("contosocheckpoints", "Storage Blob Data Contributor", Arm + "Microsoft.Storage/storageAccounts/contosocheckpoints/blobServices/default/containers/checkpoints");
                Granted("contoso-telemetry.servicebus.windows.net", "Azure Event Hubs Data Receiver", Arm + "Microsoft.EventHub/namespaces/contoso-telemetry/eventhubs/shipping");
                Granted("contoso-orders.servicebus.windows.net", "Azure Service Bus Data Sender", Arm + "Microsoft.ServiceBus/namespaces/contoso-orders/queues/orders");

                // PartnerFeed.cs: the price list is only downloaded; the catalog container is exposed by a public property.
                Granted("fabrikamfeeds", "Storage Blob Data Contributor", Arm + "Microsoft.Storage/storageAccounts/fabrikamfeeds");

                // AuditLog.cs: the legacy account creates a table client, exposed by a public property.
                Granted("contosoaudit", "Storage Table Data Contributor", Arm + "Microsoft.Storage/storageAccounts/contosoaudit");

                // PriceCache.cs: the Redis access policy for the cache.
                Granted("contoso-prices.redis.cache.windows.net", "Data Contributor", "the cache contoso-prices");

                // OrderDatabase.cs: only ExecuteScalarAsync of a SELECT.
                Granted("contoso-orders.database.windows.net", "db_datareader", "database orders on contoso-orders.database.windows.net");
                Assert.DoesNotContain(grants, g => g.Role == "db_datawriter");

                // ProductCatalog.cs: CreateDatabaseIfNotExistsAsync (control plane, noted) keeps Contributor on the account.
                Granted("contoso-catalog", "Cosmos DB Built-in Data Contributor", "/");

                // ReportStore.cs reads ConnectionStrings:Reports, whose account appsettings.json names, for a container
                // and for a queue it only sends to; SL2001's fix reads one endpoint setting per part of the account.
                Assert.Contains(grants, g => g.Resource == "contosoreports" && g.Role == "Storage Blob Data Contributor");
                Granted("contosoreports", "Storage Queue Data Message Sender", Arm + "Microsoft.Storage/storageAccounts/contosoreports/queueServices/default/queues/reports-published");
                var reportsKey = json.RootElement.GetProperty("configurationKeys").EnumerateArray().Single(k => k.GetProperty("key").GetString() == "ConnectionStrings:Reports");
                Assert.Equal(
                    new[] { ("Reports:BlobServiceUri", "https://contosoreports.blob.core.windows.net"), ("Reports:QueueServiceUri", "https://contosoreports.queue.core.windows.net") },
                    reportsKey.GetProperty("newSettings").EnumerateArray().Select(n => (n.GetProperty("setting").GetString()!, n.GetProperty("value").GetString()!)).OrderBy(n => n.Item1, StringComparer.Ordinal).ToArray());

                // CatalogSearch.cs: the search endpoint comes from a readonly Uri field.
                Assert.Contains(grants, g => g.Resource == "contosocatalog.search.windows.net" && g.Scope == Arm + "Microsoft.Search/searchServices/contosocatalog");

                // Each resource gets its grant in its own form: T-SQL with db_datareader only for the read-only database,
                // never an Azure RBAC command for a database role.
                var markdown = File.ReadAllText(Path.Combine(output, "secretless-report.md"));
                Assert.Contains("CREATE USER [<identity-name>] FROM EXTERNAL PROVIDER;\nALTER ROLE db_datareader ADD MEMBER [<identity-name>];\n```", markdown);
                Assert.DoesNotContain("--role \"db_", markdown);
                Assert.Contains("az cosmosdb sql role assignment create --account-name contoso-catalog", markdown);
                Assert.Contains("az redis access-policy-assignment create --name contoso-prices", markdown);
                Assert.Contains("pgaadauth_create_principal('<identity-name>', false, false)", markdown);
                Assert.Contains("## Cut-over checklist", markdown);

                // And the Bicep file: role assignments, the Cosmos DB and Redis assignments, no database user.
                var bicep = File.ReadAllText(Path.Combine(output, "secretless-roles.bicep"));
                Assert.Contains("'Microsoft.Storage/storageAccounts/queueServices/queues@", bicep);
                Assert.Contains("'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@", bicep);
                Assert.Contains("'Microsoft.Cache/redis/accessPolicyAssignments@", bicep);
                Assert.DoesNotContain("db_datareader", bicep);

                // One finding or more of every rule family the sample shows, and no other rule.
                var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
                Assert.Equal(
                    new[] { "SL1001", "SL1002", "SL1003", "SL1004", "SL1005", "SL1006", "SL1007", "SL1011", "SL1020", "SL1021", "SL2001", "SL2002" },
                    findings.Select(f => f.GetProperty("ruleId").GetString()!).Distinct().OrderBy(id => id, StringComparer.Ordinal));

                // The sample does not reference Microsoft.Azure.StackExchangeRedis, which the Redis fix needs: SL1007 still
                // reports the key and names what blocks the fix.
                Assert.Contains(findings, f => f.GetProperty("ruleId").GetString() == "SL1007"
                    && f.GetProperty("properties").TryGetProperty("FixBlocker", out var blocker) && blocker.GetString() == "RedisExtensionMissing");

                // Every resource the findings name is in the inventory, and nothing is '(unknown)' but the app registration.
                var resources = json.RootElement.GetProperty("resources").EnumerateArray().ToList();
                Assert.All(resources.Where(r => r.GetProperty("grantKind").GetString() != "EntraAppRoleCarryOver"),
                    r => Assert.NotEqual("(unknown)", r.GetProperty("resource").GetString()));
                var named = findings
                    .Select(f => f.GetProperty("properties"))
                    .Where(p => p.TryGetProperty("Resource", out _))
                    .Select(p => p.GetProperty("Resource").GetString())
                    .Distinct();
                Assert.All(named, resource => Assert.Contains(resources, r => r.GetProperty("resource").GetString() == resource));
            }
            finally
            {
                if (Directory.Exists(output))
                {
                    Directory.Delete(output, recursive: true);
                }
            }
        }
    }
}
