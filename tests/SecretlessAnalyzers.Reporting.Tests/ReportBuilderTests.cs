using System;
using System.Linq;
using System.Text.Json.Nodes;
using SecretlessAnalyzers.Reporting.Azure;
using SecretlessAnalyzers.Reporting.Model;
using SecretlessAnalyzers.Reporting.Merging;
using SecretlessAnalyzers.Reporting.Sarif;
using SecretlessAnalyzers.Reporting.Pipeline;
using Xunit;
using static SecretlessAnalyzers.Reporting.Tests.Sarif;

namespace SecretlessAnalyzers.Reporting.Tests
{
    /// <summary>SARIF 2.1 and 1.0 in; findings, resources with their roles merged per resource and scope, configuration keys out.</summary>
    public class ReportBuilderTests
    {
        [Fact]
        public void StorageFindings_GroupByAccount_WithRoleScopeAndAzCommand()
        {
            var report = Build(
                StorageKey("contosoorders", "Archive.cs", 12),
                StorageKey("contosoorders", "Program.cs", 3, "Storage Queue Data Contributor"),
                StorageKey("contosoorders", "Other.cs", 7),
                Result("CS8600", "Converting null literal", "Program.cs", 1));

            Assert.Equal("Orders", report.Project);
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
            Assert.Equal(new[] { "Archive.cs:12:5", "Other.cs:7:5", "Program.cs:3:5" }, storage.FoundAt);
        }

        [Fact]
        public void Roles_AreMergedPerResourceAndScope_AWholeResourceRoleCoversItsParts()
        {
            const string Account = "/subscriptions/<subscription-id>/resourceGroups/<resource-group>/providers/Microsoft.Storage/storageAccounts/contosoorders";
            var report = Build(
                Result("SL1001", "Storage key", "Archive.cs", 1, ("Service", "Storage"), ("Resource", "contosoorders"),
                    ("Role", "Storage Blob Data Contributor and Storage Queue Data Message Sender"),
                    ("Grants", "Storage Blob Data Contributor@blobServices/default/containers/orders;Storage Queue Data Message Sender@queueServices/default/queues/fulfilment")),
                Result("SL2001", "Storage read", "Reports.cs", 1, ("Service", "Storage"), ("Resource", "contosoorders"),
                    ("Role", "Storage Blob Data Reader"), ("Grants", "Storage Blob Data Reader@blobServices/default/containers/reports")),
                // The same reader on the whole account covers the reader on 'reports', not the contributor on 'orders'.
                Result("SL2001", "Storage escapes", "Escapes.cs", 1, ("Service", "Storage"), ("Resource", "contosoorders"),
                    ("Role", "Storage Blob Data Reader"), ("Grants", "Storage Blob Data Reader@")),
                // A second finding with the same role and scope adds nothing.
                Result("SL2001", "Again", "Again.cs", 1, ("Service", "Storage"), ("Resource", "contosoorders"),
                    ("Role", "Storage Blob Data Contributor"), ("Grants", "Storage Blob Data Contributor@blobServices/default/containers/orders")),
                // Another account is another resource.
                Result("SL2001", "Other", "Other.cs", 1, ("Service", "Storage"), ("Resource", "contosoother"), ("Role", "Storage Blob Data Reader")));

            var storage = report.Resources.Single(r => r.Resource == "contosoorders");
            Assert.Equal(
                new[]
                {
                    ("Storage Blob Data Contributor", Account + "/blobServices/default/containers/orders"),
                    ("Storage Queue Data Message Sender", Account + "/queueServices/default/queues/fulfilment"),
                    ("Storage Blob Data Reader", Account),
                },
                storage.Grants.Select(g => (g.Role, g.Scope)));
            Assert.Contains("--scope \"" + Account + "/blobServices/default/containers/orders\"", storage.Commands[0]);
            Assert.Single(report.Resources.Single(r => r.Resource == "contosoother").Grants);
        }

        [Fact]
        public void MessagingAndCosmosScopes_FollowTheCode_AndOddScopesAreNeverPrinted()
        {
            var report = Build(
                Result("SL1002", "Bus", "Bus.cs", 1, ("Service", "ServiceBus"), ("Resource", "contoso-bus.servicebus.windows.net"),
                    ("Role", "Azure Service Bus Data Sender and Azure Service Bus Data Receiver"),
                    ("Grants", "Azure Service Bus Data Sender@entities/orders;Azure Service Bus Data Receiver@topics/events/subscriptions/audit")),
                Result("SL1002", "Hub", "Hub.cs", 1, ("Service", "EventHubs"), ("Resource", "contoso-hub.servicebus.windows.net"),
                    ("Role", "Azure Event Hubs Data Receiver"), ("Grants", "Azure Event Hubs Data Receiver@eventhubs/shipping")),
                Result("SL1004", "Cosmos", "Db.cs", 1, ("Service", "CosmosDB"), ("Resource", "contoso-cosmos"),
                    ("Role", "Cosmos DB Built-in Data Reader"), ("Grants", "Cosmos DB Built-in Data Reader@dbs/shop/colls/orders")),
                Result("SL2001", "Odd scope", "Odd.cs", 1, ("Service", "Storage"), ("Resource", "contosoodd"),
                    ("Role", "Storage Blob Data Reader"), ("Grants", "Storage Blob Data Reader@blobServices/default/containers/x\"; rm -rf /")));

            ResourceAccess Of(string resource) => report.Resources.Single(r => r.Resource == resource);

            // A name that may be a queue or a topic is written as a queue, with a note; a subscription keeps its path.
            var bus = Of("contoso-bus.servicebus.windows.net");
            Assert.EndsWith("/namespaces/contoso-bus/queues/orders", bus.Grants[0].Scope);
            Assert.Contains("if it is a topic, use topics/orders", bus.Grants[0].Note);
            Assert.StartsWith("# the code sends to 'orders'", bus.Commands[0]);
            Assert.EndsWith("/namespaces/contoso-bus/topics/events/subscriptions/audit", bus.Grants[1].Scope);
            Assert.EndsWith("/providers/Microsoft.EventHub/namespaces/contoso-hub/eventhubs/shipping", Assert.Single(Of("contoso-hub.servicebus.windows.net").Grants).Scope);
            Assert.Contains("--scope \"/dbs/shop/colls/orders\" --principal-id <principal-id> --role-definition-id 00000000-0000-0000-0000-000000000001", Assert.Single(Of("contoso-cosmos").Commands));

            // A scope with characters a name cannot have is not printed into a command: the whole resource is granted.
            Assert.EndsWith("/storageAccounts/contosoodd", Assert.Single(Of("contosoodd").Grants).Scope);
            Assert.DoesNotContain("rm -rf", report.ToMarkdown());
            Assert.DoesNotContain("rm -rf", report.ToBicep());
        }

        [Fact]
        public void ConfigurationFileRole_GivesWayToTheRolesTheCodeDerives_AndNamesTheNewEndpointSetting()
        {
            var report = Build(
                Result("SL2001", "read", "ReportStore.cs", 8, ("Service", "Storage"), ("ConfigurationKey", "ConnectionStrings:Reports"),
                    ("Role", "Storage Blob Data Reader"), ("Grants", "Storage Blob Data Reader@blobServices/default/containers/monthly")),
                Result("SL1020", "in file", "appsettings.json", 11, ("Service", "Storage"), ("Resource", "contosoreports"),
                    ("ConfigurationKey", "ConnectionStrings:Reports"), ("Role", "Storage Blob Data Contributor")),
                // A setting read where the analysis cannot follow the client keeps the file's broad role.
                Result("SL1021", "read elsewhere", "Export.cs", 3, ("ConfigurationKey", "ConnectionStrings:Exports")),
                Result("SL1020", "in file", "appsettings.json", 12, ("Service", "Storage"), ("Resource", "contosoexports"),
                    ("ConfigurationKey", "ConnectionStrings:Exports"), ("Role", "Storage Blob Data Contributor")),
                Result("SL2001", "other", "Other.cs", 3, ("Service", "Storage"), ("ConfigurationKey", "Elsewhere"), ("Role", "Storage Blob Data Reader")));

            // The file says nothing of the calls; the code only reads the 'monthly' container.
            var reports = report.Resources.Single(r => r.Resource == "contosoreports");
            var grant = Assert.Single(reports.Grants);
            Assert.Equal(("Storage Blob Data Reader", "/subscriptions/<subscription-id>/resourceGroups/<resource-group>/providers/Microsoft.Storage/storageAccounts/contosoreports/blobServices/default/containers/monthly"), (grant.Role, grant.Scope));
            Assert.Equal(new[] { "ReportStore.cs:8:5", "appsettings.json:11:5" }, reports.FoundAt);
            Assert.Equal("Storage Blob Data Contributor", Assert.Single(report.Resources.Single(r => r.Resource == "contosoexports").Grants).Role);

            // SL2001's fix reads the endpoint from a new setting: the report names it, with its value when the account is known.
            var reportsKey = report.ConfigurationKeys.Single(k => k.Key == "ConnectionStrings:Reports");
            Assert.Equal(("Reports:BlobServiceUri", "https://contosoreports.blob.core.windows.net"), (reportsKey.NewSetting, reportsKey.NewValue));
            Assert.Contains("the SL2001 fix reads `Reports:BlobServiceUri` instead: set it to `https://contosoreports.blob.core.windows.net` in every environment", report.ToMarkdown());
            Assert.Contains("1. Apply the automatic fixes: `dotnet format analyzers Orders.csproj --diagnostics SL2001 --severity info`", report.ToMarkdown());
            var elsewhere = report.ConfigurationKeys.Single(k => k.Key == "Elsewhere");
            Assert.Equal(("Elsewhere:BlobServiceUri", (string?)null), (elsewhere.NewSetting, elsewhere.NewValue));
            Assert.EndsWith("/storageAccounts/<storage-resource-name>", Assert.Single(report.Resources.Single(r => r.Resource == "(the one in setting Elsewhere)").Grants).Scope);
        }

        [Fact]
        public void BlobAndQueueClientsOfOneKey_EachNameTheSettingOfTheirPart()
        {
            var report = Build(
                Result("SL2001", "blobs", "Documents.cs", 8, ("Service", "Storage"), ("ConfigurationKey", "ConnectionStrings:Storage"),
                    ("ClientPart", "blob"), ("Role", "Storage Blob Data Reader")),
                Result("SL2001", "queues", "Work.cs", 5, ("Service", "Storage"), ("ConfigurationKey", "ConnectionStrings:Storage"),
                    ("ClientPart", "queue"), ("Role", "Storage Queue Data Message Sender")),
                Result("SL1020", "in file", "appsettings.json", 4, ("Service", "Storage"), ("Resource", "sharedacct"),
                    ("ConfigurationKey", "ConnectionStrings:Storage"), ("Role", "Storage Blob Data Contributor")),
                // A log written before ClientPart existed: the part of the role names the setting.
                Result("SL2001", "tables", "Tables.cs", 3, ("Service", "Storage"), ("ConfigurationKey", "Tables"), ("Role", "Storage Table Data Reader")));

            var storage = report.ConfigurationKeys.Single(k => k.Key == "ConnectionStrings:Storage");
            Assert.Equal(
                new (string, string?)[] { ("Storage:BlobServiceUri", "https://sharedacct.blob.core.windows.net"), ("Storage:QueueServiceUri", "https://sharedacct.queue.core.windows.net") },
                storage.NewSettings.Select(n => (n.Setting, n.Value)).ToArray());
            Assert.Contains(
                "the SL2001 fix reads `Storage:BlobServiceUri` and `Storage:QueueServiceUri` instead: set `Storage:BlobServiceUri` to `https://sharedacct.blob.core.windows.net`, `Storage:QueueServiceUri` to `https://sharedacct.queue.core.windows.net` in every environment",
                report.ToMarkdown());
            var json = JsonNode.Parse(report.ToJson())!["configurationKeys"]!.AsArray().Single(k => k!["key"]!.GetValue<string>() == "ConnectionStrings:Storage")!;
            Assert.Equal("Storage:BlobServiceUri", json["newSetting"]!.GetValue<string>());
            Assert.Equal(
                new[] { "Storage:BlobServiceUri", "Storage:QueueServiceUri" },
                json["newSettings"]!.AsArray().Select(n => n!["setting"]!.GetValue<string>()).ToArray());
            Assert.Equal("Tables:TableServiceUri", Assert.Single(report.ConfigurationKeys.Single(k => k.Key == "Tables").NewSettings).Setting);
        }

        [Theory]
        [InlineData("Storage Blob Data Contributor", "Storage Blob Data Reader", true)]
        [InlineData("Storage Blob Data Owner", "Storage Blob Data Reader", true)]
        [InlineData("Storage Queue Data Contributor", "Storage Queue Data Message Sender", true)]
        [InlineData("Azure Service Bus Data Owner", "Azure Service Bus Data Receiver", true)]
        [InlineData("Storage Blob Data Reader", "Storage Blob Data Contributor", false)]
        [InlineData("Storage Queue Data Message Sender", "Storage Queue Data Message Processor", false)]
        [InlineData("Storage Blob Data Contributor", "Storage Queue Data Reader", false)]
        [InlineData("Azure Service Bus Data Sender", "Azure Service Bus Data Receiver", false)]
        [InlineData("db_datawriter", "db_datareader", false)]
        public void RoleCoverage_IsTheCatalogs(string broad, string narrow, bool covers) =>
            Assert.Equal(covers, ServiceFacts.Covers(broad, narrow));

        [Fact]
        public void SuppressedResults_AreCountedNotListed_InSourceAndBaselineAlike()
        {
            var inSource = StorageKey("contosoorders", "Fixture.cs", 1);
            inSource.Add("suppressions", new JsonArray(new JsonObject { { "kind", "inSource" } }));
            var baseline = StorageKey("contosoorders", "Legacy.cs", 2);
            baseline.Add("suppressions", new JsonArray(new JsonObject { { "kind", "external" }, { "justification", "baseline" } }));
            var report = Build(inSource, baseline, Result("SL2002", "DefaultAzureCredential is created in code that also runs in production", "Startup.cs", 20));

            Assert.Equal(2, report.Suppressed);
            var finding = Assert.Single(report.Findings);
            Assert.Equal("DefaultAzureCredential in production code", finding.Title);
            Assert.Empty(report.Resources);
            var markdown = report.ToMarkdown();
            Assert.Contains("2 suppressed finding(s) are not listed.", markdown);
            Assert.Contains("| SL2002 | DefaultAzureCredential in production code |  | `Startup.cs:20:5` |  | Code fix (`dotnet format analyzers --diagnostics SL2002`) |", markdown);
            Assert.Equal(2, JsonNode.Parse(report.ToJson())!["suppressed"]!.GetValue<int>());
        }

        [Fact]
        public void BaselineSuppressions_AreCountedApartFromOtherSuppressions()
        {
            // As the compiler writes a DiagnosticSuppressor's suppression into SARIF 2.1: kind inSource, the suppressor's
            // id and justification (which names secretless.baseline.json) in properties.suppressionType.
            var bySuppressor = StorageKey("contosoorders", "Legacy.cs", 3);
            bySuppressor.Add("suppressions", new JsonArray(new JsonObject
            {
                { "kind", "inSource" },
                { "properties", new JsonObject { { "suppressionType", "DiagnosticSuppressor { Suppression Id: SLB1001, Suppression Justification: Recorded in secretless.baseline.json: an existing finding accepted when the baseline was written }" } } },
            }));
            var byJustification = StorageKey("contosolegacy", "Old.cs", 4);
            byJustification.Add("suppressions", new JsonArray(new JsonObject { { "kind", "inSource" }, { "justification", "Recorded in secretless.baseline.json" } }));
            var pragma = StorageKey("contosoarchive", "Fixture.cs", 1);
            pragma.Add("suppressions", new JsonArray(new JsonObject { { "kind", "inSource" } }));

            var report = Build(bySuppressor, byJustification, pragma, StorageKey("contosonew", "New.cs", 7));

            Assert.Equal(2, report.Baselined);
            Assert.Equal(1, report.Suppressed);
            Assert.Equal("contosonew", Assert.Single(report.Findings).Property("Resource"));
            var markdown = report.ToMarkdown();
            Assert.Contains("2 finding(s) recorded in secretless.baseline.json are not listed.", markdown);
            Assert.Contains("1 suppressed finding(s) are not listed.", markdown);
            var json = JsonNode.Parse(report.ToJson())!;
            Assert.Equal(2, json["baselined"]!.GetValue<int>());
            Assert.Equal(1, json["suppressed"]!.GetValue<int>());
        }

        [Fact]
        public void WithoutBaselineSuppressions_TheReportSaysNothingOfABaseline()
        {
            var report = Build(StorageKey("contosonew", "New.cs", 7));

            Assert.Equal(0, report.Baselined);
            Assert.DoesNotContain("secretless.baseline.json", report.ToMarkdown());
            Assert.Equal(0, JsonNode.Parse(report.ToJson())!["baselined"]!.GetValue<int>());
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
            Assert.Equal(("Legacy/AuditLog.cs", 14, 13), (finding.File, finding.Line, finding.Column));
            Assert.Equal("Storage account key or SAS embedded in code", finding.Title);
            Assert.Equal(Redacted, finding.RedactedSecret);
            Assert.Equal(1, report.Suppressed);
            Assert.Contains("Move off the legacy SDK first (no automatic fix)", report.ToMarkdown());
            Assert.Contains("1. Do the findings by hand", report.ToMarkdown());
        }

        [Fact]
        public void Json_HasTheSchemaFindingsResourcesCutoverAndKeys()
        {
            var report = Build(StorageKey("contosoorders", "Archive.cs", 12));
            var json = JsonNode.Parse(report.ToJson())!;

            Assert.Equal("secretless-migration-report/1", (string?)json["schema"]);
            Assert.Equal("Orders", (string?)json["project"]);
            var finding = Assert.Single(json["findings"]!.AsArray())!;
            Assert.Equal(("SL1001", 12), ((string?)finding["ruleId"], (int)finding["line"]!));
            Assert.Equal(Redacted, (string?)finding["redactedSecret"]);
            Assert.Equal("https://contosoorders.blob.core.windows.net", (string?)finding["properties"]!["Endpoint.blob"]);
            var resource = Assert.Single(json["resources"]!.AsArray())!;
            Assert.Equal(("Storage", "AzureRbacRoleAssignment"), ((string?)resource["serviceId"], (string?)resource["grantKind"]));
            Assert.Equal("Storage Blob Data Contributor", (string?)Assert.Single(resource["roles"]!.AsArray()));
            Assert.StartsWith("az role assignment create", (string?)Assert.Single(resource["commands"]!.AsArray()));
            Assert.Equal(
                new[] { "grant", "deploy", "verify", "disable-local-auth", "rotate-key", "delete-settings" },
                resource["cutover"]!.AsArray().Select(step => (string?)step!["step"]));
            Assert.Empty(json["configurationKeys"]!.AsArray());
        }

        [Fact]
        public void NoFindings_SaysSo()
        {
            var report = Build();
            Assert.Contains("No SecretlessAnalyzers finding: nothing to migrate in this project.", report.ToMarkdown());
            Assert.Equal("0 finding(s), 0 secret(s), 0 Azure resource(s), 0 configuration key(s) to delete", report.Summary());
            Assert.DoesNotContain("param ", report.ToBicep());
        }

        [Theory]
        [InlineData("as 'U2Vj\u2026' (88 characters); authenticate", "'U2Vj\u2026' (88 characters)")]
        [InlineData("value '\u2026' (6 characters)", "'\u2026' (6 characters)")]
        [InlineData("no secret in this message", null)]
        [InlineData("broken (12 characters)", null)]
        public void RedactedSecret_IsTakenFromTheMessage(string message, string? expected) =>
            Assert.Equal(expected, SarifReader.RedactedSecretIn(message));

        [Theory]
        [InlineData("Storage Blob Data Contributor", new[] { "Storage Blob Data Contributor" }, null)]
        [InlineData("Storage Blob Data Contributor (or the Queue role)", new[] { "Storage Blob Data Contributor" }, "(or the Queue role)")]
        [InlineData("A, B and C", new[] { "A", "B", "C" }, null)]
        [InlineData("Data Reader or Data Contributor", new[] { "Data Reader" }, "(alternative: Data Contributor)")]
        public void RoleNames_SplitListsAndKeepNotes(string role, string[] names, string? note)
        {
            var (actualNames, actualNote) = RoleMerger.RoleNames(role);
            Assert.Equal(names, actualNames);
            Assert.Equal(note, actualNote);
        }

        [Theory]
        [InlineData("")]
        [InlineData("{")]
        [InlineData("[]")]
        [InlineData("{\"runs\": [1,")]
        public void BrokenLog_IsAFormatException(string sarif) =>
            Assert.Throws<FormatException>(() => ReportBuilder.Build(sarif, ProjectPath, "net10.0"));

        [Fact]
        public void DeepLog_IsRejected_NotAStackOverflow() =>
            Assert.Throws<FormatException>(() => ReportBuilder.Build("{\"runs\":" + new string('[', 500) + new string(']', 500) + "}", ProjectPath, "net10.0"));
    }
}
