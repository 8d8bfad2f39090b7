using System.Collections.Generic;
using System.Text.Json;
using SecretlessAnalyzers.Catalog;
using SecretlessAnalyzers.Configuration;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SecretlessAnalyzers.Tests.Configuration
{
    /// <summary>
    /// The text edit of SL2001's configuration-file move: the new endpoint settings written where the app reads them,
    /// the connection string removed, everything else as written; each result parsed by System.Text.Json.
    /// </summary>
    public class ConfigurationFileEditTests
    {
        private static readonly EndpointSetting[] Namespace = { new EndpointSetting(EndpointSettings.FullyQualifiedNamespace) };

        private static SettingMove Move(string key, string name, IReadOnlyList<EndpointSetting>? settings = null, bool keep = false) =>
            new SettingMove(key, name, settings ?? Namespace, keep);

        /// <summary>Parses like ASP.NET Core's JSON provider when <paramref name="lenient"/> (comments, trailing commas), else strictly.</summary>
        internal static JsonDocument ParseJson(string text, bool lenient = false) =>
            JsonDocument.Parse(text, new JsonDocumentOptions
            {
                CommentHandling = lenient ? JsonCommentHandling.Skip : JsonCommentHandling.Disallow,
                AllowTrailingCommas = lenient,
            });

        [Fact]
        public void NestedConnectionString_MovesToNewSectionAtTheRoot()
        {
            var cs = FakeSecrets.MessagingConnectionString("invoicing");
            var text = "{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } },\n  \"ConnectionStrings\": {\n    \"Other\": \"x\",\n    \"Invoices\": \"" + cs + "\"\n  },\n  \"AllowedHosts\": \"*\"\n}\n";

            var (edited, outcome) = ConfigurationFileEdit.Apply("/app/appsettings.json", text, Move("ConnectionStrings:Invoices", "Invoices"));

            Assert.Equal(SettingMoveOutcome.Moved, outcome);
            Assert.Equal(
                "{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } },\n  \"ConnectionStrings\": {\n    \"Other\": \"x\"\n  },\n  \"AllowedHosts\": \"*\",\n  \"Invoices\": {\n    \"FullyQualifiedNamespace\": \"invoicing.servicebus.windows.net\"\n  }\n}\n",
                edited);
            using var json = ParseJson(edited!);
            Assert.Equal("invoicing.servicebus.windows.net", json.RootElement.GetProperty("Invoices").GetProperty("FullyQualifiedNamespace").GetString());
        }

        [Fact]
        public void FlatKey_IsReplacedInPlace_WithFlatSettings()
        {
            var cs = FakeSecrets.MessagingConnectionString("telemetry", entityPath: "events");
            var text = "{\n\t\"ConnectionStrings:Hub\": \"" + cs + "\",\n\t\"Other\": 1\n}";
            var settings = new[] { new EndpointSetting(EndpointSettings.FullyQualifiedNamespace), new EndpointSetting(EndpointSettings.EventHubName) };

            var (edited, _) = ConfigurationFileEdit.Apply("appsettings.json", text, Move("ConnectionStrings:Hub", "Hub", settings));

            Assert.Equal("{\n\t\"Hub:FullyQualifiedNamespace\": \"telemetry.servicebus.windows.net\",\n\t\"Hub:EventHubName\": \"events\",\n\t\"Other\": 1\n}", edited);
            ParseJson(edited!).Dispose();
        }

        [Fact]
        public void StorageKeyOfSeveralParts_GetsTheEndpointOfEachPart_AndTheSecretGoes()
        {
            var cs = FakeSecrets.StorageConnectionString("sharedacct");
            var text = "{\n  \"ConnectionStrings\": {\n    \"Storage\": \"" + cs + "\"\n  }\n}\n";
            var settings = new[]
            {
                new EndpointSetting(EndpointSettingNames.BlobServiceUri),
                new EndpointSetting(EndpointSettingNames.QueueServiceUri),
                new EndpointSetting(EndpointSettingNames.TableServiceUri),
                new EndpointSetting(EndpointSettingNames.DfsServiceUri),
            };

            var (edited, outcome) = ConfigurationFileEdit.Apply("appsettings.json", text, Move("ConnectionStrings:Storage", "Storage", settings));

            Assert.Equal(SettingMoveOutcome.Moved, outcome);
            Assert.DoesNotContain(FakeSecrets.StorageAccountKey(), edited);
            using var json = ParseJson(edited!);
            var storage = json.RootElement.GetProperty("Storage");
            Assert.Equal("https://sharedacct.blob.core.windows.net", storage.GetProperty("BlobServiceUri").GetString());
            Assert.Equal("https://sharedacct.queue.core.windows.net", storage.GetProperty("QueueServiceUri").GetString());
            Assert.Equal("https://sharedacct.table.core.windows.net", storage.GetProperty("TableServiceUri").GetString());
            Assert.Equal("https://sharedacct.dfs.core.windows.net", storage.GetProperty("DfsServiceUri").GetString());
        }

        [Fact]
        public void CommentsTrailingCommasAndCrLf_AreKept()
        {
            var cs = FakeSecrets.StorageConnectionString("contosodata");
            var text = "// settings\r\n{\r\n  /* the account */\r\n  \"ConnectionStrings\": {\r\n    \"Storage\": \"" + cs + "\", // primary\r\n  },\r\n  \"Feature\": true, // on\r\n}\r\n";
            var settings = new[] { new EndpointSetting(EndpointSettingNames.QueueServiceUri) };

            var (edited, _) = ConfigurationFileEdit.Apply("appsettings.Production.json", text, Move("ConnectionStrings:Storage", "Storage", settings));

            Assert.Equal(
                "// settings\r\n{\r\n  /* the account */\r\n  \"ConnectionStrings\": {\r\n  },\r\n  \"Feature\": true, // on\r\n  \"Storage\": {\r\n    \"QueueServiceUri\": \"https://contosodata.queue.core.windows.net\"\r\n  },\r\n}\r\n",
                edited);
            Assert.ThrowsAny<JsonException>(() => ParseJson(edited!));
            using var json = ParseJson(edited!, lenient: true);
            Assert.Equal("https://contosodata.queue.core.windows.net", json.RootElement.GetProperty("Storage").GetProperty("QueueServiceUri").GetString());
        }

        [Fact]
        public void LastMember_TakesThePrecedingCommaWithIt()
        {
            var text = "{\n  \"A\": \"1\",\n  \"ConnectionStrings\": { \"Db\": \"x\", \"Cosmos\": \"" + FakeSecrets.CosmosConnectionString("orders") + "\" }\n}";
            var settings = new[] { new EndpointSetting(EndpointSettings.AccountEndpoint) };

            var (edited, _) = ConfigurationFileEdit.Apply("appsettings.json", text, Move("ConnectionStrings:Cosmos", "Cosmos", settings));

            Assert.Equal("{\n  \"A\": \"1\",\n  \"ConnectionStrings\": { \"Db\": \"x\" },\n  \"Cosmos\": {\n    \"AccountEndpoint\": \"https://orders.documents.azure.com:443/\"\n  }\n}", edited);
            ParseJson(edited!).Dispose();
        }

        [Fact]
        public void ExistingSection_GetsTheSetting_AndAnExistingSettingIsNotWrittenTwice()
        {
            var cs = FakeSecrets.MessagingConnectionString("billing", entityPath: "hub1");
            var text = "{\n  \"ConnectionStrings\": {\n    \"Hub\": \"" + cs + "\"\n  },\n  \"Hub\": {\n    \"EventHubName\": \"kept\"\n  }\n}";
            var settings = new[] { new EndpointSetting(EndpointSettings.FullyQualifiedNamespace), new EndpointSetting(EndpointSettings.EventHubName) };

            var (edited, _) = ConfigurationFileEdit.Apply("appsettings.json", text, Move("ConnectionStrings:Hub", "Hub", settings));

            Assert.Equal("{\n  \"ConnectionStrings\": {\n  },\n  \"Hub\": {\n    \"EventHubName\": \"kept\",\n    \"FullyQualifiedNamespace\": \"billing.servicebus.windows.net\"\n  }\n}", edited);
        }

        [Fact]
        public void EverySettingPresent_OnlyTheSecretGoes()
        {
            var cs = FakeSecrets.MessagingConnectionString("billing");
            var text = "{\n  \"Bus:FullyQualifiedNamespace\": \"mine.servicebus.windows.net\",\n  \"Bus\": \"" + cs + "\"\n}";

            var (edited, _) = ConfigurationFileEdit.Apply("appsettings.json", text, Move("Bus", "Bus"));

            Assert.Equal("{\n  \"Bus:FullyQualifiedNamespace\": \"mine.servicebus.windows.net\"\n}", edited);
        }

        [Fact]
        public void KeepEntry_AddsTheSettingBesideIt()
        {
            var cs = FakeSecrets.MessagingConnectionString("billing");
            var text = "{\n  \"Bus\": \"" + cs + "\"\n}";

            var (edited, outcome) = ConfigurationFileEdit.Apply("appsettings.json", text, Move("Bus", "Bus", keep: true));

            Assert.Equal(SettingMoveOutcome.MovedEntryKept, outcome);
            Assert.Equal("{\n  \"Bus\": \"" + cs + "\",\n  \"Bus:FullyQualifiedNamespace\": \"billing.servicebus.windows.net\"\n}", edited);
        }

        [Fact]
        public void FunctionsLocalSettings_WritesFlatValues()
        {
            var cs = FakeSecrets.MessagingConnectionString("jobs");
            var text = "{\n  \"IsEncrypted\": false,\n  \"Values\": {\n    \"AzureWebJobsStorage\": \"UseDevelopmentStorage=true\",\n    \"Bus\": \"" + cs + "\"\n  }\n}";

            var (edited, _) = ConfigurationFileEdit.Apply("/fn/local.settings.json", text, Move("Bus", "Bus"));

            Assert.Equal("{\n  \"IsEncrypted\": false,\n  \"Values\": {\n    \"AzureWebJobsStorage\": \"UseDevelopmentStorage=true\",\n    \"Bus__FullyQualifiedNamespace\": \"jobs.servicebus.windows.net\"\n  }\n}", edited);
        }

        [Fact]
        public void DoubleUnderscore_IsColonInFunctionsValues_ButLiteralInAppSettings()
        {
            var cs = FakeSecrets.MessagingConnectionString("jobs");
            var functions = "{ \"Values\": { \"Bus__FullyQualifiedNamespace\": \"mine.servicebus.windows.net\", \"Bus\": \"" + cs + "\" } }";
            var appSettings = "{ \"Bus__FullyQualifiedNamespace\": \"mine.servicebus.windows.net\", \"Bus\": \"" + cs + "\" }";

            Assert.Equal(
                "{ \"Values\": { \"Bus__FullyQualifiedNamespace\": \"mine.servicebus.windows.net\" } }",
                ConfigurationFileEdit.Apply("local.settings.json", functions, Move("Bus", "Bus")).Text);
            Assert.Equal(
                "{ \"Bus__FullyQualifiedNamespace\": \"mine.servicebus.windows.net\", \"Bus:FullyQualifiedNamespace\": \"jobs.servicebus.windows.net\" }",
                ConfigurationFileEdit.Apply("appsettings.json", appSettings, Move("Bus", "Bus")).Text);
        }

        [Fact]
        public void FunctionsLocalSettings_ConnectionStringsSection_MovesToValues()
        {
            var cs = FakeSecrets.MessagingConnectionString("jobs");
            var text = "{\n  \"Values\": {\n    \"FUNCTIONS_WORKER_RUNTIME\": \"dotnet-isolated\"\n  },\n  \"ConnectionStrings\": {\n    \"Bus\": \"" + cs + "\"\n  }\n}";

            var (edited, _) = ConfigurationFileEdit.Apply("local.settings.json", text, Move("ConnectionStrings:Bus", "Bus"));

            Assert.Equal("{\n  \"Values\": {\n    \"FUNCTIONS_WORKER_RUNTIME\": \"dotnet-isolated\",\n    \"Bus__FullyQualifiedNamespace\": \"jobs.servicebus.windows.net\"\n  },\n  \"ConnectionStrings\": {\n  }\n}", edited);
        }

        [Theory]
        [InlineData("")]
        [InlineData("<your Service Bus connection string>")]
        [InlineData("#{BusConnection}#")]
        [InlineData("@Microsoft.KeyVault(SecretUri=https://vault.vault.azure.net/secrets/bus/)")]
        [InlineData("Endpoint=sb://localhost;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=SAS_KEY_VALUE;UseDevelopmentEmulator=true;")]
        public void NoEndpointInTheValue_LeavesTheFileUnchanged(string value)
        {
            var text = "{ \"ConnectionStrings\": { \"Bus\": \"" + value + "\" } }";

            var (edited, outcome) = ConfigurationFileEdit.Apply("appsettings.Development.json", text, Move("ConnectionStrings:Bus", "Bus"));

            Assert.Null(edited);
            Assert.Equal(SettingMoveOutcome.NoEndpoint, outcome);
        }

        [Theory]
        [InlineData("UseDevelopmentStorage=true")]
        [InlineData("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=x;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;")]
        public void StorageEmulator_LeavesTheFileUnchanged(string value)
        {
            var text = "{ \"Storage\": \"" + value + "\" }";

            var (edited, outcome) = ConfigurationFileEdit.Apply("appsettings.Development.json", text, Move("Storage", "Storage", new[] { new EndpointSetting(EndpointSettingNames.BlobServiceUri) }));

            Assert.Null(edited);
            Assert.Equal(SettingMoveOutcome.NoEndpoint, outcome);
        }

        [Fact]
        public void EventHubWithoutEntityPath_LeavesTheFileUnchanged()
        {
            var text = "{ \"Hub\": \"" + FakeSecrets.MessagingConnectionString("ns") + "\" }";
            var settings = new[] { new EndpointSetting(EndpointSettings.FullyQualifiedNamespace), new EndpointSetting(EndpointSettings.EventHubName) };

            Assert.Equal(SettingMoveOutcome.NoEndpoint, ConfigurationFileEdit.Apply("appsettings.json", text, Move("Hub", "Hub", settings)).Outcome);
        }

        [Fact]
        public void MalformedFile_IsLeftUnchanged()
        {
            var text = "{ \"Bus\": \"" + FakeSecrets.MessagingConnectionString() + "\", ";

            Assert.Equal((null, SettingMoveOutcome.Malformed), ConfigurationFileEdit.Apply("appsettings.json", text, Move("Bus", "Bus")));
        }

        [Fact]
        public void KeyInAnArrayOrAnotherSection_IsNotTheSetting()
        {
            var cs = FakeSecrets.MessagingConnectionString();
            var text = "{ \"Items\": [ { \"Bus\": \"" + cs + "\" } ], \"Other\": { \"Bus\": \"" + cs + "\" } }";

            Assert.Equal((null, SettingMoveOutcome.NotInFile), ConfigurationFileEdit.Apply("appsettings.json", text, Move("Bus", "Bus")));
        }

        [Fact]
        public void AppConfigurationEndpoint_IsTheStoreRoot()
        {
            var text = "{\n  \"ConnectionStrings\": {\n    \"AppConfig\": \"Endpoint=https://store1.azconfig.io/;Id=abcd;Secret=" + FakeServiceSecrets.AccessKey() + "\"\n  }\n}";

            var (edited, _) = ConfigurationFileEdit.Apply("appsettings.json", text, Move("ConnectionStrings:AppConfig", "AppConfig", new[] { new EndpointSetting(EndpointSettings.Endpoint) }));

            Assert.Equal("{\n  \"ConnectionStrings\": {\n  },\n  \"AppConfig\": {\n    \"Endpoint\": \"https://store1.azconfig.io\"\n  }\n}", edited);
        }
    }
}
