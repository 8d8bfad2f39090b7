using System.Linq;
using SecretlessAnalyzers.Reporting.Model;
using SecretlessAnalyzers.Reporting.Pipeline;
using Xunit;
using static SecretlessAnalyzers.Reporting.Tests.Sarif;

namespace SecretlessAnalyzers.Reporting.Tests
{
    /// <summary>The ordered cut-over per resource: grant, deploy, verify, disable local auth, rotate, delete the settings.</summary>
    public class CutoverChecklistTests
    {
        private static readonly string[] Usual = { "grant", "deploy", "verify", "disable-local-auth", "rotate-key", "delete-settings" };

        private static ResourceAccess Only(params System.Text.Json.Nodes.JsonObject[] results) => Assert.Single(Build(results).Resources);

        [Fact]
        public void Storage_DisablesSharedKeyAccess_WhichAlsoEndsSas_BeforeRotatingTheKey()
        {
            var storage = Only(
                StorageKey("contosoorders", "Archive.cs", 12),
                Result("SL1020", "in file as " + Redacted, "appsettings.json", 3, ("Service", "Storage"), ("Resource", "contosoorders"), ("ConfigurationKey", "ConnectionStrings:Orders"), ("Role", "Storage Blob Data Contributor")));

            Assert.Equal(Usual, storage.Cutover.Select(s => s.Name));
            var disable = storage.Cutover.Single(s => s.Name == "disable-local-auth").Text;
            Assert.Contains("allowSharedKeyAccess: false", disable);
            Assert.Contains("SAS", disable);
            Assert.Contains("az resource update --ids \"/subscriptions/<subscription-id>/resourceGroups/<resource-group>/providers/Microsoft.Storage/storageAccounts/contosoorders\" --set properties.allowSharedKeyAccess=false", disable);
            Assert.Contains("`Archive.cs:12:5`", storage.Cutover.Single(s => s.Name == "rotate-key").Text);
            Assert.Contains("`ConnectionStrings:Orders`", storage.Cutover.Single(s => s.Name == "delete-settings").Text);
            Assert.Contains("or deploy secretless-roles.bicep", storage.Cutover[0].Text);
        }

        [Theory]
        [InlineData("CosmosDB", "contoso-cosmos", "Microsoft.DocumentDB/databaseAccounts/contoso-cosmos")]
        [InlineData("ServiceBus", "contoso-bus.servicebus.windows.net", "Microsoft.ServiceBus/namespaces/contoso-bus")]
        [InlineData("EventHubs", "contoso-hub.servicebus.windows.net", "Microsoft.EventHub/namespaces/contoso-hub")]
        public void CosmosServiceBusAndEventHubs_DisableLocalAuth(string service, string resource, string id)
        {
            var access = Only(Result("SL1002", "key", "A.cs", 1, ("Service", service), ("Resource", resource), ("Role", "Some Data Role")));

            Assert.Equal(Usual, access.Cutover.Select(s => s.Name));
            var disable = access.Cutover.Single(s => s.Name == "disable-local-auth").Text;
            Assert.Contains("`disableLocalAuth: true`", disable);
            Assert.Contains(id + "\" --set properties.disableLocalAuth=true", disable);
        }

        [Fact]
        public void AppConfiguration_DisablesLocalAuthLast_BecauseThatDeletesItsAccessKeys()
        {
            var store = Only(Result("SL1008", "App Configuration secret", "Config.cs", 1, ("Service", "AppConfiguration"), ("Resource", "contoso-config"), ("Role", "App Configuration Data Reader")));

            Assert.Equal(new[] { "grant", "deploy", "verify", "rotate-key", "delete-settings", "disable-local-auth" }, store.Cutover.Select(s => s.Name));
            Assert.Contains("deletes the store's access keys", store.Cutover.Last().Text);
        }

        [Fact]
        public void AzureSql_GrantsWithSql_AndSwitchesToEntraOnlyAuthentication()
        {
            var sql = Only(Result("SL1003", "password", "Orders.cs", 1, ("Service", "AzureSql"), ("Resource", "contoso.database.windows.net"), ("Role", "db_datareader")));

            Assert.Equal(Usual, sql.Cutover.Select(s => s.Name));
            Assert.Contains("run the SQL above", sql.Cutover[0].Text);
            var disable = sql.Cutover.Single(s => s.Name == "disable-local-auth").Text;
            Assert.Contains("`administrators.azureADOnlyAuthentication: true`", disable);

            // A nested property is not a top-level az resource update: no command is guessed for it.
            Assert.DoesNotContain("az resource update", disable);
        }

        [Fact]
        public void Markdown_ShowsTheChecklistPerResource_InOrder()
        {
            var markdown = Build(StorageKey("contosoorders", "Archive.cs", 12)).ToMarkdown();

            Assert.Contains("## Cut-over checklist", markdown);
            var steps = new[] { "1. [ ] Grant", "2. [ ] Deploy", "3. [ ] Verify", "4. [ ] Disable local auth", "5. [ ] Rotate", "6. [ ] Delete" }
                .Select(step => markdown.IndexOf(step, System.StringComparison.Ordinal)).ToList();
            Assert.DoesNotContain(-1, steps);
            Assert.Equal(steps.OrderBy(i => i), steps);
        }
    }
}
