using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SecretlessAnalyzers.Tests.EndToEnd
{
    /// <summary>
    /// What `dotnet format analyzers --diagnostics SL2001` does to the configuration files of a project that installs
    /// the packed package: the code reads the new endpoint settings (a blob and a queue client of one storage connection
    /// string each the endpoint of its own part of the account), appsettings.json holds them (derived from its own
    /// connection strings) and no longer holds the keys, a development file with the storage emulator keeps it, and the
    /// project builds.
    /// </summary>
    [Collection(EndToEndCollection.Name)]
    [Trait("Category", "EndToEnd")]
    public sealed class ConfigurationFileFormatTests
    {
        private readonly PackageFixture _package;

        public ConfigurationFileFormatTests(PackageFixture package)
        {
            _package = package;
        }

        [Fact]
        public async Task DotnetFormat_SL2001_RewritesAppSettings_AndTheProjectBuilds()
        {
            var project = Path.Combine(_package.Workspace, "ConfigFixApp");
            var busKey = FakeSecrets.SharedAccessKey(seed: 51);
            var devBusKey = FakeSecrets.SharedAccessKey(seed: 52);
            var storageKey = FakeSecrets.StorageAccountKey(seed: 53);
            PackBuildFormatTests.WriteProjectFile(
                Path.Combine(project, "ConfigFixApp.csproj"), _package.Feed, _package.Version, _package.Root,
                PackBuildFormatTests.SdkPackages.Append("Microsoft.Extensions.Azure"));
            File.WriteAllText(Path.Combine(project, "Clients.cs"), """
                using Azure.Messaging.ServiceBus;
                using Azure.Storage.Blobs;
                using Azure.Storage.Queues;
                using Microsoft.Extensions.Configuration;

                namespace ConfigFixApp;

                public static class Clients
                {
                    public static ServiceBusClient Invoices(IConfiguration configuration) => new ServiceBusClient(configuration.GetConnectionString("Invoices")!);

                    public static BlobServiceClient Documents(IConfiguration configuration) => new BlobServiceClient(configuration["Documents"]!);

                    public static QueueServiceClient DocumentQueues(IConfiguration configuration) => new QueueServiceClient(configuration["Documents"]!);
                }
                """);
            var appSettings = Path.Combine(project, "appsettings.json");
            File.WriteAllText(appSettings, "{\n  // Settings of the invoicing service.\n  \"ConnectionStrings\": {\n    \"Invoices\": \""
                + FakeSecrets.MessagingConnectionString("invoicing-e2e", seed: 51) + "\",\n  },\n  \"Documents\": \""
                + FakeSecrets.StorageConnectionString("invoicedocse2e", seed: 53) + "\",\n  \"AllowedHosts\": \"*\",\n}\n");
            var development = Path.Combine(project, "appsettings.Development.json");
            File.WriteAllText(development, "{\n  \"ConnectionStrings\": {\n    \"Invoices\": \""
                + FakeSecrets.MessagingConnectionString("invoicing-dev", seed: 52) + "\"\n  },\n  \"Documents\": \"UseDevelopmentStorage=true\"\n}\n");
            var developmentBefore = File.ReadAllText(development);

            var format = await DotNetCli.RunAsync(project, PackageFixture.StepTimeout, "format", "analyzers", "ConfigFixApp.csproj", "--diagnostics", "SL2001", "--severity", "info", "-v", "diag");
            Assert.True(format.ExitCode == 0, "dotnet format failed: " + format);
            Assert.DoesNotContain(busKey, format.Output);
            Assert.DoesNotContain(storageKey, format.Output);

            var code = File.ReadAllText(Path.Combine(project, "Clients.cs"));
            Assert.Contains("configuration[\"Invoices:FullyQualifiedNamespace\"]", code);
            Assert.Contains("new BlobServiceClient(new Uri(configuration[\"Documents:BlobServiceUri\"]", code);
            Assert.Contains("new QueueServiceClient(new Uri(configuration[\"Documents:QueueServiceUri\"]", code);

            // appsettings.json: the keys are gone, the settings the code now reads are there, comments and trailing
            // commas as they were.
            var settings = File.ReadAllText(appSettings);
            Assert.DoesNotContain(busKey, settings);
            Assert.DoesNotContain(storageKey, settings);
            Assert.Contains("// Settings of the invoicing service.", settings);
            using (var json = JsonDocument.Parse(settings, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }))
            {
                Assert.Equal("invoicing-e2e.servicebus.windows.net", json.RootElement.GetProperty("Invoices").GetProperty("FullyQualifiedNamespace").GetString());
                Assert.Equal("https://invoicedocse2e.blob.core.windows.net", json.RootElement.GetProperty("Documents:BlobServiceUri").GetString());
                Assert.Equal("https://invoicedocse2e.queue.core.windows.net", json.RootElement.GetProperty("Documents:QueueServiceUri").GetString());
                Assert.False(json.RootElement.GetProperty("ConnectionStrings").TryGetProperty("Invoices", out _));
                Assert.False(json.RootElement.TryGetProperty("Documents", out _));
            }

            // appsettings.Development.json: each key on its own. The development Service Bus namespace moves; the
            // storage emulator value gives no endpoint (tokens do not reach the emulator), so it stays as it was.
            var developmentAfter = File.ReadAllText(development);
            Assert.DoesNotContain(devBusKey, developmentAfter);
            Assert.Contains("\"Documents\": \"UseDevelopmentStorage=true\"", developmentAfter);
            Assert.NotEqual(developmentBefore, developmentAfter);
            using (var json = JsonDocument.Parse(developmentAfter))
            {
                Assert.Equal("invoicing-dev.servicebus.windows.net", json.RootElement.GetProperty("Invoices").GetProperty("FullyQualifiedNamespace").GetString());
            }

            var build = await DotNetCli.RunAsync(project, PackageFixture.StepTimeout, "build");
            Assert.True(build.ExitCode == 0, "The migrated project should build: " + build + "\n---\n" + code);
        }
    }
}
