using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SecretlessAnalyzers.MigrationReport;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SecretlessAnalyzers.Tests.Report
{
    /// <summary>
    /// The migration report logic (nuget/build/SecretlessReport.cs, compiled here from the same file MSBuild compiles):
    /// SARIF 2.1 and 1.0 in, findings, resources with roles and commands, configuration keys, Markdown and JSON out.
    /// </summary>
    public class MigrationReportTests
    {
        private const string Root = "/src/Orders";
        private static readonly string ProjectPath = Root + "/Orders.csproj";

        private static JsonObject Result(string ruleId, string message, string file, int line, params (string Key, string Value)[] properties)
        {
            var custom = new JsonObject();
            foreach (var (key, value) in properties)
            {
                custom.Add(key, value);
            }

            return new JsonObject
            {
                { "ruleId", ruleId },
                { "level", "warning" },
                { "message", new JsonObject { { "text", message } } },
                {
                    "locations", new List<object?>
                    {
                        new JsonObject
                        {
                            {
                                "physicalLocation", new JsonObject
                                {
                                    { "artifactLocation", new JsonObject { { "uri", new Uri(Root + "/" + file).AbsoluteUri } } },
                                    { "region", new JsonObject { { "startLine", line }, { "startColumn", 5 } } },
                                }
                            },
                        },
                    }
                },
                { "properties", new JsonObject { { "warningLevel", 1 }, { "customProperties", custom } } },
            };
        }

        private static string Sarif21(params JsonObject[] results)
        {
            var rules = new List<object?>
            {
                new JsonObject { { "id", "SL1001" }, { "shortDescription", new JsonObject { { "text", "Storage account key or SAS embedded in code" } } }, { "helpUri", "https://example.test/SL1001.md" } },
                new JsonObject { { "id", "SL2002" }, { "shortDescription", new JsonObject { { "text", "DefaultAzureCredential in production code" } } } },
            };
            return Json.Write(new JsonObject
            {
                { "$schema", "http://json.schemastore.org/sarif-2.1.0" },
                { "version", "2.1.0" },
                {
                    "runs", new List<object?>
                    {
                        new JsonObject
                        {
                            { "results", results.Cast<object?>().ToList() },
                            { "tool", new JsonObject { { "driver", new JsonObject { { "name", "csc" }, { "rules", rules } } } } },
                        },
                    }
                },
            });
        }

        private static readonly string Redacted = "'" + "U2Vj" + "\u2026' (88 characters)";

        private static JsonObject StorageKey(string account, string file, int line, string role = "Storage Blob Data Contributor") =>
            Result("SL1001", $"Account key for storage account '{account}' is embedded in code as {Redacted}; authenticate with a managed identity granted '{role}'", file, line,
                ("SecretKind", "StorageAccountKey"), ("Service", "Storage"), ("Resource", account), ("Role", role), ("Sink", "ClientConstructor"),
                ("Endpoint.blob", $"https://{account}.blob.core.windows.net"));

        [Fact]
        public void StorageFindings_GroupByAccount_WithRoleScopeAndAzCommand()
        {
            var report = ReportBuilder.Build(
                Sarif21(
                    StorageKey("contosoorders", "Archive.cs", 12),
                    StorageKey("contosoorders", "Program.cs", 3, "Storage Queue Data Contributor"),
                    StorageKey("contosoorders", "Other.cs", 7),
                    Result("CS8600", "Converting null literal", "Program.cs", 1)),
                ProjectPath,
                "net10.0");

            Assert.Equal("Orders", report.Project);
            Assert.Equal(3, report.Findings.Count);
            Assert.Equal(new[] { "Archive.cs", "Other.cs", "Program.cs" }, report.Findings.Select(f => f.File));
            var storage = Assert.Single(report.Resources);
            Assert.Equal("contosoorders", storage.Resource);
            Assert.Equal("Storage account", storage.Kind);
            Assert.Equal(new[] { "Storage Blob Data Contributor", "Storage Queue Data Contributor" }, storage.Roles);
            Assert.Equal("/subscriptions/<subscription-id>/resourceGroups/<resource-group>/providers/Microsoft.Storage/storageAccounts/contosoorders", storage.Scope);
            Assert.Equal(2, storage.Commands.Count);
            Assert.Contains("az role assignment create --assignee-object-id <principal-id> --assignee-principal-type ServicePrincipal", storage.Commands[0]);
            Assert.Contains("--role \"Storage Queue Data Contributor\"", storage.Commands[1]);
            Assert.Equal(Redacted, report.Findings[0].RedactedSecret);
            Assert.Contains("| Storage account key | Storage `contosoorders` | `Archive.cs:12:5` | `" + Redacted + "` |", report.ToMarkdown());
            Assert.Equal(new[] { "Archive.cs:12:5", "Program.cs:3:5", "Other.cs:7:5" }.OrderBy(x => x), storage.FoundAt.OrderBy(x => x));
        }

        [Fact]
        public void OtherServices_GetTheirOwnGrantCommands()
        {
            var report = ReportBuilder.Build(
                Sarif21(
                    Result("SL1002", "Service Bus key", "Bus.cs", 1, ("Service", "ServiceBus"), ("Resource", "contoso-bus.servicebus.windows.net"), ("Role", "Azure Service Bus Data Sender and Azure Service Bus Data Receiver")),
                    Result("SL1003", "Event Hubs key", "Hub.cs", 1, ("Service", "Event Hubs"), ("Resource", "contoso-hub"), ("Role", "Azure Event Hubs Data Sender")),
                    Result("SL1004", "Cosmos key", "Db.cs", 1, ("Service", "CosmosDB"), ("Resource", "contoso-cosmos"), ("Role", "Cosmos DB Built-in Data Reader")),
                    Result("SL1005", "Cosmos key", "Db.cs", 2, ("Service", "Cosmos"), ("Resource", "contoso-rw"), ("Role", "Cosmos DB Built-in Data Contributor")),
                    Result("SL1006", "SQL password", "Sql.cs", 1, ("Service", "Sql"), ("Resource", "contoso.database.windows.net"), ("Role", "db_datareader, db_datawriter")),
                    Result("SL1007", "Redis key", "Cache.cs", 1, ("Service", "Redis"), ("Resource", "contoso.redis.cache.windows.net"), ("Role", "Data Contributor")),
                    Result("SL1008", "App Configuration secret", "Config.cs", 1, ("Service", "AppConfiguration"), ("Resource", "contoso-config"), ("Role", "App Configuration Data Reader")),
                    Result("SL1009", "PostgreSQL password", "Pg.cs", 1, ("Service", "PostgreSQL"), ("Resource", "contoso.postgres.database.azure.com"), ("Role", "database privileges")),
                    Result("SL1010", "Something new", "New.cs", 1, ("Service", "Contoso Widgets"), ("Resource", "widgets1"), ("Role", "Widget Reader"))),
                ProjectPath,
                string.Empty);

            ResourceAccess Of(string resource) => report.Resources.Single(r => r.Resource == resource);

            var bus = Of("contoso-bus.servicebus.windows.net");
            Assert.Equal(new[] { "Azure Service Bus Data Sender", "Azure Service Bus Data Receiver" }, bus.Roles);
            Assert.EndsWith("/providers/Microsoft.ServiceBus/namespaces/contoso-bus", bus.Scope);
            Assert.Equal(2, bus.Commands.Count);
            Assert.EndsWith("/providers/Microsoft.EventHub/namespaces/contoso-hub", Of("contoso-hub").Scope);
            Assert.EndsWith("/providers/Microsoft.AppConfiguration/configurationStores/contoso-config", Of("contoso-config").Scope);

            var reader = Assert.Single(Of("contoso-cosmos").Commands);
            Assert.StartsWith("az cosmosdb sql role assignment create --account-name contoso-cosmos --resource-group <resource-group>", reader);
            Assert.Contains("--scope \"/\" --principal-id <principal-id> --role-definition-id 00000000-0000-0000-0000-000000000001", reader);
            Assert.Contains("--role-definition-id 00000000-0000-0000-0000-000000000002", Assert.Single(Of("contoso-rw").Commands));

            var sql = Of("contoso.database.windows.net");
            Assert.Equal("sql", sql.CommandLanguage);
            Assert.Contains("CREATE USER [<identity-name>] FROM EXTERNAL PROVIDER;\nALTER ROLE db_datareader ADD MEMBER [<identity-name>];\nALTER ROLE db_datawriter ADD MEMBER [<identity-name>];", Assert.Single(sql.Commands));

            Assert.Contains("az redis access-policy-assignment create --name contoso --resource-group <resource-group>", Assert.Single(Of("contoso.redis.cache.windows.net").Commands));
            Assert.Contains("--policy-name \"Data Contributor\" --object-id <principal-id>", Of("contoso.redis.cache.windows.net").Commands[0]);
            Assert.Contains("pgaadauth_create_principal('<identity-name>', false, false)", Assert.Single(Of("contoso.postgres.database.azure.com").Commands));

            // A service this file does not know still gets a command, with the resource id left to fill in.
            var widgets = Of("widgets1");
            Assert.Equal("<resource-id of widgets1>", widgets.Scope);
            Assert.Contains("--role \"Widget Reader\"", Assert.Single(widgets.Commands));
        }

        [Fact]
        public void Grants_GiveEachRoleItsNarrowestScope_AndAWholeResourceRoleCoversItsParts()
        {
            var report = ReportBuilder.Build(
                Sarif21(
                    Result("SL1001", "Storage key", "Archive.cs", 1, ("Service", "Storage"), ("Resource", "contosoorders"),
                        ("Role", "Storage Blob Data Contributor and Storage Queue Data Message Sender"),
                        ("Grants", "Storage Blob Data Contributor@blobServices/default/containers/orders;Storage Queue Data Message Sender@queueServices/default/queues/fulfilment")),
                    Result("SL2001", "Storage read", "Reports.cs", 1, ("Service", "Storage"), ("Resource", "contosoorders"),
                        ("Role", "Storage Blob Data Reader"), ("Grants", "Storage Blob Data Reader@blobServices/default/containers/reports")),
                    Result("SL2001", "Storage escapes", "Escapes.cs", 1, ("Service", "Storage"), ("Resource", "contosoorders"),
                        ("Role", "Storage Blob Data Reader"), ("Grants", "Storage Blob Data Reader@")),
                    Result("SL1002", "Bus", "Bus.cs", 1, ("Service", "ServiceBus"), ("Resource", "contoso-bus.servicebus.windows.net"),
                        ("Role", "Azure Service Bus Data Sender and Azure Service Bus Data Receiver"),
                        ("Grants", "Azure Service Bus Data Sender@entities/orders;Azure Service Bus Data Receiver@topics/events/subscriptions/audit")),
                    Result("SL1002", "Hub", "Hub.cs", 1, ("Service", "EventHubs"), ("Resource", "contoso-hub.servicebus.windows.net"),
                        ("Role", "Azure Event Hubs Data Receiver"), ("Grants", "Azure Event Hubs Data Receiver@eventhubs/shipping")),
                    Result("SL1004", "Cosmos", "Db.cs", 1, ("Service", "CosmosDB"), ("Resource", "contoso-cosmos"),
                        ("Role", "Cosmos DB Built-in Data Reader"), ("Grants", "Cosmos DB Built-in Data Reader@dbs/shop/colls/orders")),
                    Result("SL2001", "Odd scope", "Odd.cs", 1, ("Service", "Storage"), ("Resource", "contosoodd"),
                        ("Role", "Storage Blob Data Reader"), ("Grants", "Storage Blob Data Reader@blobServices/default/containers/x\"; rm -rf /"))),
                ProjectPath,
                "net10.0");

            ResourceAccess Of(string resource) => report.Resources.Single(r => r.Resource == resource);
            const string Account = "/subscriptions/<subscription-id>/resourceGroups/<resource-group>/providers/Microsoft.Storage/storageAccounts/contosoorders";

            var storage = Of("contosoorders");
            Assert.Equal(
                new[]
                {
                    ("Storage Blob Data Contributor", Account + "/blobServices/default/containers/orders"),
                    ("Storage Queue Data Message Sender", Account + "/queueServices/default/queues/fulfilment"),
                    ("Storage Blob Data Reader", Account),
                },
                storage.Grants.Select(g => (g.Role, g.Scope)));
            Assert.Contains("--scope \"" + Account + "/blobServices/default/containers/orders\"", storage.Commands[0]);

            // A name that may be a queue or a topic is written as a queue, with a note; a subscription keeps its path.
            var bus = Of("contoso-bus.servicebus.windows.net");
            Assert.EndsWith("/namespaces/contoso-bus/queues/orders", bus.Grants[0].Scope);
            Assert.Contains("if it is a topic, use", bus.Grants[0].Note);
            Assert.StartsWith("# the code sends to 'orders'", bus.Commands[0]);
            Assert.EndsWith("/namespaces/contoso-bus/topics/events/subscriptions/audit", bus.Grants[1].Scope);
            Assert.EndsWith("/providers/Microsoft.EventHub/namespaces/contoso-hub/eventhubs/shipping", Assert.Single(Of("contoso-hub.servicebus.windows.net").Grants).Scope);

            var cosmos = Assert.Single(Of("contoso-cosmos").Commands);
            Assert.Contains("--scope \"/dbs/shop/colls/orders\" --principal-id <principal-id> --role-definition-id 00000000-0000-0000-0000-000000000001", cosmos);

            // A scope with characters a name cannot have is not printed into a command: the whole resource is granted.
            Assert.EndsWith("/storageAccounts/contosoodd", Assert.Single(Of("contosoodd").Grants).Scope);
            Assert.DoesNotContain("rm -rf", report.ToMarkdown());

            var markdown = report.ToMarkdown();
            Assert.Contains("| Storage account | `contosoorders` | Storage Queue Data Message Sender | `" + Account + "/queueServices/default/queues/fulfilment` |", markdown);
            Assert.Contains("\"grants\"", report.ToJson());
        }

        [Fact]
        public void KeyBasedClient_TakesTheResourceOfTheConfigurationFileFindingForTheSameKey()
        {
            var report = ReportBuilder.Build(
                Sarif21(
                    Result("SL2001", "read", "ReportStore.cs", 8, ("Service", "Storage"), ("ConfigurationKey", "ConnectionStrings:Reports"),
                        ("Role", "Storage Blob Data Reader"), ("Grants", "Storage Blob Data Reader@blobServices/default/containers/monthly")),
                    Result("SL1020", "in file", "appsettings.json", 11, ("Service", "Storage"), ("Resource", "contosoreports"),
                        ("ConfigurationKey", "ConnectionStrings:Reports"), ("Role", "Storage Blob Data Contributor")),
                    Result("SL2001", "other", "Other.cs", 3, ("Service", "Storage"), ("ConfigurationKey", "Elsewhere"), ("Role", "Storage Blob Data Reader"))),
                ProjectPath,
                "net10.0");

            // The configuration file's finding asks Contributor on the whole account, which covers the reader on the container.
            var reports = report.Resources.Single(r => r.Resource == "contosoreports");
            Assert.Equal(new[] { "Storage Blob Data Contributor" }, reports.Roles);
            Assert.EndsWith("/storageAccounts/contosoreports", Assert.Single(reports.Grants).Scope);
            Assert.Equal(new[] { "ReportStore.cs:8:5", "appsettings.json:11:5" }, reports.FoundAt);
            // SL2001's fix reads the endpoint from a new setting: the report names it, with its value when the account is known.
            var reportsKey = report.ConfigurationKeys.Single(k => k.Key == "ConnectionStrings:Reports");
            Assert.Equal(("Reports:ServiceUri", "https://contosoreports.blob.core.windows.net"), (reportsKey.NewSetting, reportsKey.NewValue));
            Assert.Contains("the SL2001 fix reads `Reports:ServiceUri` instead: set it to `https://contosoreports.blob.core.windows.net` in every environment", report.ToMarkdown());
            Assert.Contains("1. Apply the automatic fixes: `dotnet format analyzers Orders.csproj --diagnostics SL2001 --severity info`", report.ToMarkdown());
            Assert.Contains("| Code fix (`dotnet format analyzers --diagnostics SL2001 --severity info`), then set the endpoint setting below |", report.ToMarkdown());
            Assert.Equal(("Elsewhere:ServiceUri", (string?)null), (report.ConfigurationKeys.Single(k => k.Key == "Elsewhere").NewSetting, report.ConfigurationKeys.Single(k => k.Key == "Elsewhere").NewValue));

            var elsewhere = Assert.Single(report.Resources, r => r.Resource == "(the one in setting Elsewhere)");
            Assert.EndsWith("/storageAccounts/<storage-resource-name>", Assert.Single(elsewhere.Grants).Scope);
        }

        [Fact]
        public void SqlGrants_OneContainedUserPerDatabaseTheConnectionStringsName()
        {
            var report = ReportBuilder.Build(
                Sarif21(
                    Result("SL1003", "orders", "Orders.cs", 1, ("Service", "AzureSql"), ("Resource", "contoso.database.windows.net"),
                        ("Role", "db_datareader"), ("Grants", "db_datareader@databases/orders")),
                    Result("SL1003", "audit", "Audit.cs", 1, ("Service", "AzureSql"), ("Resource", "contoso.database.windows.net"),
                        ("Role", "db_datareader, db_datawriter"), ("Grants", "db_datareader, db_datawriter@databases/audit"))),
                ProjectPath,
                "net10.0");

            // Findings are sorted by file: Audit.cs first.
            var sql = Assert.Single(report.Resources);
            Assert.Equal(2, sql.Commands.Count);
            Assert.Contains("in database audit", sql.Commands[0]);
            Assert.EndsWith("ALTER ROLE db_datareader ADD MEMBER [<identity-name>];\nALTER ROLE db_datawriter ADD MEMBER [<identity-name>];", sql.Commands[0]);
            Assert.Equal("-- On contoso.database.windows.net, in database orders, connected as the server's Microsoft Entra admin:\n"
                + "CREATE USER [<identity-name>] FROM EXTERNAL PROVIDER;\nALTER ROLE db_datareader ADD MEMBER [<identity-name>];", sql.Commands[1]);
            Assert.Equal(new[] { "database audit on contoso.database.windows.net", "database audit on contoso.database.windows.net", "database orders on contoso.database.windows.net" },
                sql.Grants.Select(g => g.Scope));
        }

        [Theory]
        [InlineData("Storage Blob Data Contributor", "Storage Blob Data Reader", true)]
        [InlineData("Storage Blob Data Owner", "Storage Blob Data Contributor", true)]
        [InlineData("Storage Queue Data Contributor", "Storage Queue Data Message Sender", true)]
        [InlineData("Azure Service Bus Data Owner", "Azure Service Bus Data Receiver", true)]
        [InlineData("Storage Blob Data Reader", "Storage Blob Data Contributor", false)]
        [InlineData("Storage Queue Data Message Sender", "Storage Queue Data Message Processor", false)]
        [InlineData("Storage Blob Data Contributor", "Storage Queue Data Reader", false)]
        [InlineData("Azure Service Bus Data Sender", "Azure Service Bus Data Receiver", false)]
        public void RoleCovers_OnlyAStrongerRoleOfTheSameFamily(string broad, string narrow, bool covers) =>
            Assert.Equal(covers, RoleAssignments.RoleCovers(broad, narrow));

        [Fact]
        public void ClientSecret_ListsTheApplicationsRoleAssignments_InsteadOfAResourceGrant()
        {
            var report = ReportBuilder.Build(
                Sarif21(
                    Result("SL1005", "Client secret", "Identity.cs", 4, ("SecretKind", "ClientSecret"), ("Service", "MicrosoftEntraId")),
                    Result("SL1005", "Client secret", "Vault.cs", 9, ("SecretKind", "ClientSecret"), ("Service", "MicrosoftEntraId"), ("Resource", "0b9c1f7e-6d2a-4b8e-9c3f-1a2b3c4d5e6f"))),
                ProjectPath,
                "net10.0");

            // The application the code names by its client id gets commands for that id.
            var named = report.Resources.Single(r => r.Resource == "0b9c1f7e-6d2a-4b8e-9c3f-1a2b3c4d5e6f");
            Assert.StartsWith("az role assignment list --assignee 0b9c1f7e-6d2a-4b8e-9c3f-1a2b3c4d5e6f --all", Assert.Single(named.Commands));
            Assert.Contains("az ad app credential delete --id 0b9c1f7e-6d2a-4b8e-9c3f-1a2b3c4d5e6f", named.Commands[0]);

            var application = report.Resources.Single(r => r.Resource == "(unknown)");
            Assert.Equal("Microsoft Entra application (client secret)", application.Kind);
            Assert.Empty(application.Grants);
            Assert.StartsWith("az role assignment list --assignee <application-client-id> --all", Assert.Single(application.Commands));
            Assert.Contains("| Microsoft Entra application (client secret) | `(unknown)` | the roles the application holds today", report.ToMarkdown());
        }

        [Fact]
        public void ConfigurationKeys_ListTheFileAndTheCodeThatReadsThem()
        {
            var report = ReportBuilder.Build(
                Sarif21(
                    Result("SL1020", $"Storage account key in configuration setting 'ConnectionStrings:Reports' of appsettings.json as {Redacted}", "appsettings.json", 11,
                        ("SecretKind", "Storage account key"), ("Service", "Storage"), ("Resource", "contosoreports"), ("Role", "Storage Blob Data Contributor (or the Queue, Table or File data role of the service used)"), ("ConfigurationKey", "ConnectionStrings:Reports")),
                    Result("SL1020", $"... in appsettings.Production.json as {Redacted}", "appsettings.Production.json", 4, ("ConfigurationKey", "ConnectionStrings:Reports")),
                    Result("SL1021", "Reads configuration setting 'ConnectionStrings:Reports'", "ReportStore.cs", 8, ("ConfigurationKey", "ConnectionStrings:Reports"), ("SecretKind", "Storage account key"))),
                ProjectPath,
                "net10.0");

            var key = Assert.Single(report.ConfigurationKeys);
            Assert.Equal("ConnectionStrings:Reports", key.Key);
            Assert.Equal(new[] { "appsettings.Production.json:4:5", "appsettings.json:11:5" }, key.Files);
            Assert.Equal(new[] { "ReportStore.cs:8:5" }, key.ReadAt);
            var storage = Assert.Single(report.Resources);
            Assert.Equal(new[] { "Storage Blob Data Contributor" }, storage.Roles);
            Assert.Equal("(or the Queue, Table or File data role of the service used)", Assert.Single(storage.RoleNotes));
            Assert.Null(report.Findings.Single(f => f.RuleId == "SL1021").RedactedSecret);

            var markdown = report.ToMarkdown();
            Assert.Contains("## Configuration keys to delete once migrated", markdown);
            Assert.Contains("- `ConnectionStrings:Reports` in `appsettings.Production.json:4:5`, `appsettings.json:11:5`, read at `ReportStore.cs:8:5`", markdown);
            Assert.Contains("Delete `ConnectionStrings:Reports` once the client is migrated", markdown);
            Assert.DoesNotContain("SL1021 --severity", markdown);
        }

        [Fact]
        public void SuppressedResults_AreCountedNotListed_AndFindingsWithoutServiceStayFindings()
        {
            var suppressed = StorageKey("contosoorders", "Fixture.cs", 1);
            suppressed.Add("suppressions", new List<object?> { new JsonObject { { "kind", "inSource" } } });
            var report = ReportBuilder.Build(
                Sarif21(suppressed, Result("SL2002", "DefaultAzureCredential is created in code that also runs in production", "Startup.cs", 20)),
                ProjectPath,
                "net10.0");

            Assert.Equal(1, report.Suppressed);
            var finding = Assert.Single(report.Findings);
            Assert.Equal("DefaultAzureCredential in production code", finding.Title);
            Assert.Empty(report.Resources);
            var markdown = report.ToMarkdown();
            Assert.Contains("1 suppressed finding(s) are not listed.", markdown);
            Assert.Contains("| SL2002 | DefaultAzureCredential in production code |  | `Startup.cs:20:5` |  | Code fix (`dotnet format analyzers --diagnostics SL2002`) |", markdown);
            Assert.Contains("`dotnet format analyzers Orders.csproj --diagnostics SL2002 --severity info`", markdown);
        }

        [Fact]
        public void BaselineSuppressions_AreCountedApartFromOtherSuppressions()
        {
            // As the compiler writes a DiagnosticSuppressor's suppression into SARIF 2.1 (kind inSource, the
            // suppressor's id and justification in properties.suppressionType).
            var baselined = StorageKey("contosoorders", "Legacy.cs", 3);
            baselined.Add("suppressions", new List<object?>
            {
                new JsonObject
                {
                    { "kind", "inSource" },
                    { "properties", new JsonObject { { "suppressionType", "DiagnosticSuppressor { Suppression Id: SLB1001, Suppression Justification: " + SecretlessAnalyzers.Baseline.BaselineSuppressor.Justification + " }" } } },
                },
            });
            var pragma = StorageKey("contosoarchive", "Fixture.cs", 1);
            pragma.Add("suppressions", new List<object?> { new JsonObject { { "kind", "inSource" } } });

            var report = ReportBuilder.Build(Sarif21(baselined, pragma, StorageKey("contosonew", "New.cs", 7)), ProjectPath, "net10.0");

            Assert.Equal(1, report.Baselined);
            Assert.Equal(1, report.Suppressed);
            Assert.Equal("contosonew", Assert.Single(report.Findings).Property("Resource"));
            Assert.Contains("1 finding(s) recorded in secretless.baseline.json are not listed.", report.ToMarkdown());
            Assert.Contains("\"baselined\": 1", report.ToJson());
        }

        [Fact]
        public void Sarif10_IsReadToo()
        {
            // The compiler's default log format when ErrorLog has no version: rules keyed by id, message a string.
            var sarif = """
                {
                  "$schema": "http://json.schemastore.org/sarif-1.0.0",
                  "version": "1.0.0",
                  "runs": [ {
                      "tool": { "name": "csc" },
                      "results": [
                        { "ruleId": "SL1001", "level": "warning", "message": "Account key ... as 'U2Vj\u2026' (88 characters); ...",
                          "locations": [ { "resultFile": { "uri": "file:///src/Orders/Legacy/AuditLog.cs", "region": { "startLine": 14, "startColumn": 13 } } } ],
                          "properties": { "warningLevel": 1, "customProperties": { "FixBlocker": "LegacySdk", "Resource": "contosoaudit", "Role": "Storage Blob Data Contributor", "Service": "Storage" } } },
                        { "ruleId": "SL1001", "level": "warning", "message": "suppressed", "suppressionStates": [ "suppressedInSource" ] }
                      ],
                      "rules": { "SL1001": { "id": "SL1001", "shortDescription": "Storage account key or SAS embedded in code", "helpUri": "https://example.test/SL1001.md" } }
                  } ]
                }
                """;
            var report = ReportBuilder.Build(sarif, ProjectPath, "net10.0");

            var finding = Assert.Single(report.Findings);
            Assert.Equal("Legacy/AuditLog.cs", finding.File);
            Assert.Equal(14, finding.Line);
            Assert.Equal(13, finding.Column);
            Assert.Equal("Storage account key or SAS embedded in code", finding.Title);
            Assert.Equal(Redacted, finding.RedactedSecret);
            Assert.Equal(1, report.Suppressed);
            Assert.Contains("Move off the legacy SDK first (no automatic fix)", report.ToMarkdown());
            Assert.Contains("1. Do the findings by hand", report.ToMarkdown());
        }

        [Fact]
        public void Json_HasTheSchemaFindingsResourcesAndKeys_AndReadsBack()
        {
            var report = ReportBuilder.Build(Sarif21(StorageKey("contosoorders", "Archive.cs", 12)), ProjectPath, "net10.0");
            var json = Assert.IsType<JsonObject>(Json.Parse(report.ToJson()));

            Assert.Equal("secretless-migration-report/1", json.String("schema"));
            Assert.Equal("Orders", json.String("project"));
            var finding = Assert.IsType<JsonObject>(Assert.Single(json.Array("findings")));
            Assert.Equal("SL1001", finding.String("ruleId"));
            Assert.Equal(12, finding.Int("line"));
            Assert.Equal(Redacted, finding.String("redactedSecret"));
            Assert.Equal("https://contosoorders.blob.core.windows.net", finding.Object("properties")!.String("Endpoint.blob"));
            var resource = Assert.IsType<JsonObject>(Assert.Single(json.Array("resources")));
            Assert.Equal("Storage Blob Data Contributor", Assert.Single(resource.Array("roles")));
            Assert.StartsWith("az role assignment create", (string)Assert.Single(resource.Array("commands"))!);
            Assert.Empty(json.Array("configurationKeys"));
        }

        [Fact]
        public void NoFindings_SaysSo()
        {
            var report = ReportBuilder.Build(Sarif21(), ProjectPath, "net10.0");
            var markdown = report.ToMarkdown();
            Assert.Contains("No SecretlessAnalyzers finding: nothing to migrate in this project.", markdown);
            Assert.Equal("0 finding(s), 0 secret(s), 0 Azure resource(s), 0 configuration key(s) to delete", report.Summary());
        }

        [Theory]
        [InlineData("as 'U2Vj\u2026' (88 characters); authenticate", "'U2Vj\u2026' (88 characters)")]
        [InlineData("value '\u2026' (6 characters)", "'\u2026' (6 characters)")]
        [InlineData("no secret in this message", null)]
        [InlineData("broken (12 characters)", null)]
        public void RedactedSecret_IsTakenFromTheMessage(string message, string? expected) =>
            Assert.Equal(expected, ReportBuilder.RedactedSecretIn(message));

        [Theory]
        [InlineData("Storage Blob Data Contributor", new[] { "Storage Blob Data Contributor" }, null)]
        [InlineData("Storage Blob Data Contributor (or the Queue role)", new[] { "Storage Blob Data Contributor" }, "(or the Queue role)")]
        [InlineData("A, B and C", new[] { "A", "B", "C" }, null)]
        [InlineData("Data Reader or Data Contributor", new[] { "Data Reader" }, "(alternative: Data Contributor)")]
        public void RoleNames_SplitListsAndKeepNotes(string role, string[] names, string? note)
        {
            var (actualNames, actualNote) = RoleAssignments.RoleNames(role);
            Assert.Equal(names, actualNames);
            Assert.Equal(note, actualNote);
        }

        [Fact]
        public void Json_RoundTripsEscapesAndNumbers_AndRejectsBrokenInput()
        {
            var value = new JsonObject { { "text", "quote \" backslash \\ tab \t line\n \u0001 \u2026" }, { "n", 42 }, { "d", -1.5 }, { "b", true }, { "z", null }, { "a", new List<object?>() } };
            var parsed = Assert.IsType<JsonObject>(Json.Parse(Json.Write(value)));
            Assert.Equal(value.String("text"), parsed.String("text"));
            Assert.Equal(42, parsed.Int("n"));
            Assert.Equal(-1.5, parsed.Get("d"));
            Assert.Equal(true, parsed.Get("b"));
            Assert.Null(parsed.Get("z"));
            Assert.Empty(parsed.Array("a"));

            foreach (var broken in new[] { "", "{", "{\"a\" 1}", "[1,", "\"open", "{\"a\":tru}", "1 2", new string('[', 500) + new string(']', 500) })
            {
                Assert.Throws<FormatException>(() => Json.Parse(broken));
            }

            Assert.Throws<FormatException>(() => ReportBuilder.Build("[]", ProjectPath, "net10.0"));
        }

        [Fact]
        public void SolutionReport_MergesEveryProjectStillInTheSolution()
        {
            var solution = Path.Combine(Path.GetTempPath(), "secretless-solution-" + Guid.NewGuid().ToString("N"));
            try
            {
                Directory.CreateDirectory(Path.Combine(solution, "Orders"));
                Directory.CreateDirectory(Path.Combine(solution, "Billing"));
                var orders = Path.Combine(solution, "Orders", "Orders.csproj");
                var billing = Path.Combine(solution, "Billing", "Billing.csproj");
                File.WriteAllText(orders, "<Project />");
                File.WriteAllText(billing, "<Project />");

                SolutionReport.Merge(solution, ReportBuilder.Build(Sarif21(StorageKey("contosoorders", "Orders/Archive.cs", 1)), orders, "net10.0"));
                SolutionReport.Merge(solution, ReportBuilder.Build(Sarif21(), Path.Combine(solution, "Gone", "Gone.csproj"), "net10.0"));
                var markdownPath = SolutionReport.Merge(solution, ReportBuilder.Build(Sarif21(StorageKey("contosobilling", "Billing/Invoices.cs", 2)), billing, "net10.0"));

                Assert.Equal(Path.Combine(solution, "secretless-report.md"), markdownPath);
                var markdown = File.ReadAllText(markdownPath);
                Assert.Contains("| Orders (net10.0) | 1 | 1 | 1 | 0 |", markdown);
                Assert.Contains("| Billing (net10.0) | 1 | 1 | 1 | 0 |", markdown);
                Assert.Contains("## Secretless migration report: Orders", markdown);
                Assert.Contains("storageAccounts/contosobilling", markdown);
                Assert.DoesNotContain("Gone", markdown);
                var json = Assert.IsType<JsonObject>(Json.Parse(File.ReadAllText(Path.Combine(solution, "secretless-report.json"))));
                Assert.Equal(new[] { "Billing", "Orders" }, json.Array("projects").OfType<JsonObject>().Select(p => p.String("project")));
            }
            finally
            {
                Directory.Delete(solution, recursive: true);
            }
        }
    }
}
