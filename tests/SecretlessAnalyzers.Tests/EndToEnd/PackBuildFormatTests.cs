using System;
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
    public sealed class PackBuildFormatTests : IDisposable
    {
        private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(5);
        private readonly string _workspace = Path.Combine(Path.GetTempPath(), "secretless-e2e-" + Guid.NewGuid().ToString("N"));

        public PackBuildFormatTests()
        {
            Directory.CreateDirectory(_workspace);
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(_workspace, recursive: true);
            }
            catch (IOException)
            {
                // A build server may still hold a file; the temp folder is cleaned by the OS.
            }
        }

        [Fact]
        public async Task PackedPackage_FailsWarnAsErrorBuild_ThenDotnetFormatMigratesTheProject()
        {
            var root = DotNetCli.RepositoryRoot();
            var feed = Path.Combine(_workspace, "feed");
            var pack = await DotNetCli.RunAsync(root, StepTimeout, "pack", Path.Combine(root, "nuget", "SecretlessAnalyzers.Package.csproj"), "-o", feed, "-c", "Release");
            Assert.True(pack.ExitCode == 0, "dotnet pack failed: " + pack);
            var nupkg = Assert.Single(Directory.GetFiles(feed, "SecretlessAnalyzers.*.nupkg"));
            var version = Path.GetFileNameWithoutExtension(nupkg).Substring("SecretlessAnalyzers.".Length);

            var project = Path.Combine(_workspace, "LegacyApp");
            var key = FakeSecrets.StorageAccountKey(seed: 42);
            var sqlPassword = FakeServiceSecrets.DatabasePassword(seed: 43);
            WriteProject(project, feed, version, root, key, sqlPassword);

            var failing = await DotNetCli.RunAsync(project, StepTimeout, "build", "-warnaserror");
            Assert.True(failing.ExitCode != 0, "The build with embedded keys should fail under -warnaserror: " + failing);
            Assert.Contains("error SL1001", failing.Output);
            Assert.Contains("error SL1003", failing.Output);
            Assert.DoesNotContain(key, failing.Output);
            Assert.DoesNotContain(sqlPassword, failing.Output);

            var format = await DotNetCli.RunAsync(project, StepTimeout, "format", "analyzers", "LegacyApp.csproj", "--diagnostics", "SL1001", "SL1003", "--severity", "warn", "-v", "diag");
            Assert.True(format.ExitCode == 0, "dotnet format failed: " + format);

            var sources = string.Join("\n", Directory.GetFiles(project, "*.cs").Select(File.ReadAllText));
            Assert.DoesNotContain(key, sources);
            Assert.DoesNotContain(sqlPassword, sources);
            Assert.Contains("Authentication=Active Directory Default", sources);
            Assert.Contains("new DefaultAzureCredential()", sources);
            Assert.Contains("new Uri(\"https://contosoorders.blob.core.windows.net/orders\")", sources);

            var clean = await DotNetCli.RunAsync(project, StepTimeout, "build", "-warnaserror");
            Assert.True(clean.ExitCode == 0, "The migrated project should build clean: " + clean + "\n---\n" + sources);
        }

        private static void WriteProject(string project, string feed, string version, string root, string key, string sqlPassword)
        {
            Directory.CreateDirectory(project);
            var globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            var standIns = Path.Combine(root, "tests", "StandIns", "SecretlessAnalyzers.StandIns.csproj");

            // A private packages folder keeps this run's nupkg out of the machine's cache; the machine cache is a
            // fallback so Azure.Identity and friends are not downloaded again.
            new XDocument(
                new XElement("Project",
                    new XAttribute("Sdk", "Microsoft.NET.Sdk"),
                    new XElement("PropertyGroup",
                        new XElement("OutputType", "Exe"),
                        new XElement("TargetFramework", "net10.0"),
                        new XElement("Nullable", "enable"),
                        new XElement("ImplicitUsings", "disable"),
                        new XElement("RestorePackagesPath", Path.Combine(project, "packages")),
                        new XElement("RestoreAdditionalProjectFallbackFolders", globalPackages),
                        new XElement("RestoreAdditionalProjectSources", feed)),
                    new XElement("ItemGroup",
                        new XElement("PackageReference", new XAttribute("Include", "SecretlessAnalyzers"), new XAttribute("Version", version), new XAttribute("PrivateAssets", "all")),
                        new XElement("PackageReference", new XAttribute("Include", "Azure.Identity"), new XAttribute("Version", "1.21.0")),
                        new XElement("ProjectReference", new XAttribute("Include", standIns)))))
                .Save(Path.Combine(project, "LegacyApp.csproj"));

            // An empty Directory.Build.props stops MSBuild from picking up anything above the temp folder.
            File.WriteAllText(Path.Combine(project, "Directory.Build.props"), "<Project />");
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
    }

    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class EndToEndCollection
    {
        public const string Name = "EndToEnd";
    }
}
