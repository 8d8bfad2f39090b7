using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SecretlessAnalyzers.Tests.EndToEnd
{
    /// <summary>
    /// The path a team takes: install the packed nupkg into a project that embeds storage keys, see the build fail
    /// under -warnaserror, run dotnet format analyzers, and get a project that builds clean with no key left.
    /// </summary>
    [Collection(EndToEndCollection.Name)]
    [Trait("Category", "EndToEnd")]
    public sealed class PackBuildFormatTests
    {
        private static readonly TimeSpan StepTimeout = PackageFixture.StepTimeout;
        private readonly PackageFixture _package;

        public PackBuildFormatTests(PackageFixture package)
        {
            _package = package;
        }

        [Fact]
        public async Task PackedPackage_FailsWarnAsErrorBuild_ThenDotnetFormatMigratesTheProject()
        {
            var root = _package.Root;
            var feed = _package.Feed;
            var version = _package.Version;
            var project = Path.Combine(_package.Workspace, "LegacyApp");
            var key = FakeSecrets.StorageAccountKey(seed: 42);
            var busKey = FakeSecrets.SharedAccessKey(seed: 43);
            var cosmosKey = FakeSecrets.CosmosKey(seed: 44);
            var sqlPassword = FakeServiceSecrets.DatabasePassword(seed: 45);
            var hubKey = FakeSecrets.SharedAccessKey(seed: 46);
            WriteProject(project, feed, version, root, key, sqlPassword);
            WriteMessagingAndCosmosSource(project, busKey, cosmosKey);
            WriteEventHubsSource(project, hubKey);

            var failing = await DotNetCli.RunAsync(project, StepTimeout, "build", "-warnaserror");
            Assert.True(failing.ExitCode != 0, "The build with embedded keys should fail under -warnaserror: " + failing);
            Assert.Contains("error SL1001", failing.Output);
            Assert.Contains("error SL1002", failing.Output);
            Assert.Contains("error SL1003", failing.Output);
            Assert.Contains("error SL1004", failing.Output);
            Assert.DoesNotContain(key, failing.Output);
            Assert.DoesNotContain(busKey, failing.Output);
            Assert.DoesNotContain(hubKey, failing.Output);
            Assert.DoesNotContain(cosmosKey, failing.Output);
            Assert.DoesNotContain(sqlPassword, failing.Output);

            var format = await DotNetCli.RunAsync(project, StepTimeout, "format", "analyzers", "LegacyApp.csproj", "--diagnostics", "SL1001", "SL1002", "SL1003", "SL1004", "--severity", "warn", "-v", "diag");
            Assert.True(format.ExitCode == 0, "dotnet format failed: " + format);

            var sources = string.Join("\n", Directory.GetFiles(project, "*.cs").Select(File.ReadAllText));
            Assert.DoesNotContain(key, sources);
            Assert.DoesNotContain(busKey, sources);
            Assert.DoesNotContain(hubKey, sources);
            Assert.DoesNotContain(cosmosKey, sources);
            Assert.DoesNotContain(sqlPassword, sources);
            Assert.Contains("Authentication=Active Directory Default", sources);
            Assert.Contains("new DefaultAzureCredential()", sources);
            Assert.Contains("new Uri(\"https://contosoorders.blob.core.windows.net/orders\")", sources);
            Assert.Contains("new ServiceBusClient(\"contosoorders.servicebus.windows.net\", new DefaultAzureCredential())", sources);
            Assert.Contains("new CosmosClient(\"https://contosocatalog.documents.azure.com:443/\", new DefaultAzureCredential())", sources);
            Assert.Contains("new EventHubConsumerClient(EventHubConsumerClient.DefaultConsumerGroupName, \"contosotelemetry.servicebus.windows.net\", \"shipping\", new DefaultAzureCredential())", sources);

            // The rewritten constructors must exist in the real SDKs: the migrated project compiles, with no finding left.
            // (At run time, Entra authentication with Microsoft.Data.SqlClient 7 also needs its
            // Microsoft.Data.SqlClient.Extensions.Azure package; SL1003's message says so. Compiling does not.)
            var clean = await DotNetCli.RunAsync(project, StepTimeout, "build", "-warnaserror");
            Assert.True(clean.ExitCode == 0, "The migrated project should build clean: " + clean + "\n---\n" + sources);
        }

        [Fact]
        public async Task PackedPackage_ReportsSecretsInConfigurationFiles_AtLineAndColumn_WithoutProjectChanges()
        {
            var project = Path.Combine(_package.Workspace, "ConfigApp");
            var key = FakeSecrets.StorageAccountKey(seed: 43);
            WriteProject(project, _package.Feed, _package.Version, _package.Root, key, withCode: false);
            File.WriteAllText(Path.Combine(project, "appsettings.json"), "{\n  // comments are fine\n  \"ConnectionStrings\": {\n    \"Orders\": \"DefaultEndpointsProtocol=https;AccountName=contosoorders;AccountKey=" + key + "\",\n  },\n}\n");
            File.WriteAllText(Path.Combine(project, "local.settings.json"), "{ \"IsEncrypted\": false, \"Values\": {\n  \"AzureWebJobsStorage\": \"AccountName=contosofunc;AccountKey=" + key + "\" } }\n");
            File.WriteAllText(Path.Combine(project, "appsettings.Development.json"), "{ \"ConnectionStrings\": { \"Orders\": \"UseDevelopmentStorage=true\" } }\n");
            Directory.CreateDirectory(Path.Combine(project, "bin"));
            File.WriteAllText(Path.Combine(project, "bin", "appsettings.json"), "{ \"Copy\": \"AccountName=copy;AccountKey=" + key + "\" }");

            // Configuration files in sub-folders are scanned too (Views/Web.config, Config/appsettings.json).
            Directory.CreateDirectory(Path.Combine(project, "Views"));
            File.WriteAllText(Path.Combine(project, "Views", "Web.config"), "<configuration>\n  <appSettings>\n    <add key=\"Blobs\" value=\"AccountName=contosoviews;AccountKey=" + key + "\" />\n  </appSettings>\n</configuration>\n");

            var build = await DotNetCli.RunAsync(project, StepTimeout, "build", "-clp:NoSummary");
            Assert.True(build.ExitCode == 0, "The build should succeed with warnings: " + build);
            var findings = build.Output.Split('\n').Where(line => line.Contains("warning SL1020", StringComparison.Ordinal)).Distinct().ToList();
            Assert.Contains(findings, line => line.Contains("appsettings.json(4,16): warning SL1020", StringComparison.Ordinal) && line.Contains("'ConnectionStrings:Orders'", StringComparison.Ordinal));
            Assert.Contains(findings, line => line.Contains("local.settings.json(2,27): warning SL1020", StringComparison.Ordinal) && line.Contains("'Values:AzureWebJobsStorage'", StringComparison.Ordinal));
            Assert.Contains(findings, line => line.Contains("Web.config(3,29): warning SL1020", StringComparison.Ordinal) && line.Contains("'Blobs'", StringComparison.Ordinal));
            Assert.Equal(3, findings.Count);
            Assert.DoesNotContain(key, build.Output);

            // Listing a file in the project does not make it reported twice; the switch turns the scan off.
            var csproj = Path.Combine(project, "LegacyApp.csproj");
            File.WriteAllText(csproj, File.ReadAllText(csproj).Replace("</Project>", "<ItemGroup><AdditionalFiles Include=\"appsettings.json\" /></ItemGroup></Project>"));
            var listed = await DotNetCli.RunAsync(project, StepTimeout, "build", "--no-incremental", "-clp:NoSummary");
            Assert.Equal(3, listed.Output.Split('\n').Where(line => line.Contains("warning SL1020", StringComparison.Ordinal)).Distinct().Count());
            var off = await DotNetCli.RunAsync(project, StepTimeout, "build", "--no-incremental", "-clp:NoSummary", "-p:SecretlessScanConfigurationFiles=false");
            Assert.DoesNotContain(off.Output.Split('\n'), line => line.Contains("warning SL1020", StringComparison.Ordinal) && line.Contains("local.settings.json", StringComparison.Ordinal));
        }

        /// <summary>
        /// The real SDK packages the generated projects compile against, before and after dotnet format, at the
        /// versions of /Directory.Packages.props (a generated project is outside the repository and does not inherit it).
        /// </summary>
        internal static readonly string[] SdkPackages =
        {
            "Azure.Identity",
            "Azure.Storage.Blobs",
            "Azure.Storage.Queues",
            "Azure.Messaging.ServiceBus",
            "Azure.Messaging.EventHubs",
            // The Microsoft.Azure.Amqp and System.Threading.RateLimiting versions Service Bus / Event Hubs and
            // Microsoft.Data.SqlClient ask for are not served here; naming the served ones avoids NU1603, an error
            // under -warnaserror.
            "Microsoft.Azure.Amqp",
            "Microsoft.Azure.Cosmos",
            // Microsoft.Azure.Cosmos requires an explicit Newtonsoft.Json reference (its build targets check it).
            "Newtonsoft.Json",
            "Microsoft.Data.SqlClient",
            "System.Threading.RateLimiting",
        };

        /// <summary>
        /// A generated project that references the packed package and <paramref name="packages"/> at the versions of
        /// /Directory.Packages.props, with an empty Directory.Build.props so nothing above the temp folder applies.
        /// </summary>
        internal static void WriteProjectFile(string projectFile, string feed, string version, string root, IEnumerable<string> packages, params XElement[] properties)
        {
            var project = Path.GetDirectoryName(projectFile)!;
            Directory.CreateDirectory(project);
            var globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

            // A private packages folder keeps this run's nupkg out of the machine's cache; the machine cache is a
            // fallback so Azure.Identity and friends are not downloaded again.
            new XDocument(
                new XElement("Project",
                    new XAttribute("Sdk", "Microsoft.NET.Sdk"),
                    new XElement("PropertyGroup",
                        properties,
                        new XElement("TargetFramework", "net10.0"),
                        new XElement("Nullable", "enable"),
                        new XElement("ImplicitUsings", "disable"),
                        new XElement("RestorePackagesPath", Path.Combine(project, "packages")),
                        new XElement("RestoreAdditionalProjectFallbackFolders", globalPackages),
                        new XElement("RestoreAdditionalProjectSources", feed)),
                    new XElement("ItemGroup",
                        new XElement("PackageReference", new XAttribute("Include", "SecretlessAnalyzers"), new XAttribute("Version", version), new XAttribute("PrivateAssets", "all")),
                        packages.Select(package => new XElement("PackageReference", new XAttribute("Include", package), new XAttribute("Version", CentralPackageVersions.Of(root, package)))))))
                .Save(projectFile);
            File.WriteAllText(Path.Combine(project, "Directory.Build.props"), "<Project />");
        }

        internal static void WriteProject(string project, string feed, string version, string root, string key, string? sqlPassword = null, bool withCode = true)
        {
            WriteProjectFile(Path.Combine(project, "LegacyApp.csproj"), feed, version, root, SdkPackages, new XElement("OutputType", "Exe"));

            if (!withCode)
            {
                File.WriteAllText(Path.Combine(project, "Program.cs"), "public static class Program { public static void Main() { } }");
                return;
            }

            File.WriteAllText(Path.Combine(project, "Program.cs"), $$"""
                using System;
                using Azure.Storage.Blobs;
                using Azure.Storage.Queues;

                namespace LegacyApp;

                public static class Program
                {
                    private const string StorageKey = "{{key}}";
                    private const string ConnectionString = "DefaultEndpointsProtocol=https;AccountName=contosoorders;AccountKey=" + StorageKey + ";EndpointSuffix=core.windows.net";

                    public static void Main()
                    {
                        var orders = new BlobContainerClient(ConnectionString, "orders");
                        var work = new QueueClient(ConnectionString, "work");
                        Console.WriteLine(orders.Uri + " " + work.Uri);
                    }
                }
                """);
            File.WriteAllText(Path.Combine(project, "Archive.cs"), $$"""
                using Azure.Storage.Blobs;

                namespace LegacyApp;

                public sealed class Archive
                {
                    private readonly BlobServiceClient _blobs = new BlobServiceClient("DefaultEndpointsProtocol=https;AccountName=contosoarchive;AccountKey={{key}}");
                    private readonly BlobServiceClient _backup = new BlobServiceClient("DefaultEndpointsProtocol=https;AccountName=contosobackup;AccountKey={{key}}");

                    public BlobServiceClient Blobs => _blobs;
                    public BlobServiceClient Backup => _backup;
                }
                """);
            File.WriteAllText(Path.Combine(project, "OrderDatabase.cs"), $$"""
                using Microsoft.Data.SqlClient;

                namespace LegacyApp;

                public static class OrderDatabase
                {
                    private const string SqlPassword = "{{sqlPassword}}";

                    public static SqlConnection Open() =>
                        new SqlConnection("Server=tcp:contoso-orders.database.windows.net,1433;Initial Catalog=orders;User ID=orders_app;Password=" + SqlPassword + ";Encrypt=True;");
                }
                """);
        }

        /// <summary>One more file for SL1002 and SL1004: a Service Bus client and a Cosmos DB client that share a class.</summary>
        private static void WriteMessagingAndCosmosSource(string project, string busKey, string cosmosKey) =>
            File.WriteAllText(Path.Combine(project, "Catalog.cs"), $$"""
                using Azure.Messaging.ServiceBus;
                using Microsoft.Azure.Cosmos;

                namespace LegacyApp;

                public sealed class Catalog
                {
                    private readonly ServiceBusClient _bus = new ServiceBusClient("Endpoint=sb://contosoorders.servicebus.windows.net/;SharedAccessKeyName=Send;SharedAccessKey={{busKey}}");
                    private readonly CosmosClient _cosmos = new CosmosClient("AccountEndpoint=https://contosocatalog.documents.azure.com:443/;AccountKey={{cosmosKey}};");

                    public ServiceBusSender Orders => _bus.CreateSender("orders");
                    public Container Products => _cosmos.GetContainer("catalog", "products");
                }
                """);

        /// <summary>SL1002 on Event Hubs: a consumer of the telemetry hub, read with the hub's Listen key.</summary>
        private static void WriteEventHubsSource(string project, string hubKey) =>
            File.WriteAllText(Path.Combine(project, "Telemetry.cs"), $$"""
                using Azure.Messaging.EventHubs.Consumer;

                namespace LegacyApp;

                public sealed class Telemetry
                {
                    private readonly EventHubConsumerClient _shipping = new EventHubConsumerClient(EventHubConsumerClient.DefaultConsumerGroupName, "Endpoint=sb://contosotelemetry.servicebus.windows.net/;SharedAccessKeyName=Listen;SharedAccessKey={{hubKey}}", "shipping");

                    public EventHubConsumerClient Shipping => _shipping;
                }
                """);
    }
}
