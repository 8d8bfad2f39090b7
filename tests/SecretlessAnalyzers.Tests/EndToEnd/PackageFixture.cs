using System;
using System.IO;
using System.Threading.Tasks;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SecretlessAnalyzers.Tests.EndToEnd
{
    /// <summary>Packs the package once for all end-to-end and packaging tests, into a folder of its own.</summary>
    public sealed class PackageFixture : IAsyncLifetime
    {
        public static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(5);

        public string Workspace { get; } = Path.Combine(Path.GetTempPath(), "secretless-e2e-" + Guid.NewGuid().ToString("N"));

        public string Root { get; } = DotNetCli.RepositoryRoot();

        public string Feed => Path.Combine(Workspace, "feed");

        public string PackagePath { get; private set; } = string.Empty;

        public string Version { get; private set; } = string.Empty;

        public async Task InitializeAsync()
        {
            Directory.CreateDirectory(Workspace);
            var pack = await PackAsync(Feed).ConfigureAwait(false);
            Assert.True(pack.ExitCode == 0, "dotnet pack failed: " + pack);
            PackagePath = Assert.Single(Directory.GetFiles(Feed, "SecretlessAnalyzers.*.nupkg"));
            Version = Path.GetFileNameWithoutExtension(PackagePath).Substring("SecretlessAnalyzers.".Length);
        }

        public Task<DotNetCli.Result> PackAsync(string output, params string[] extraArguments)
        {
            var arguments = new System.Collections.Generic.List<string>
            {
                "pack", Path.Combine(Root, "nuget", "SecretlessAnalyzers.Package.csproj"), "-o", output, "-c", "Release",
            };
            arguments.AddRange(extraArguments);
            return DotNetCli.RunAsync(Root, StepTimeout, arguments.ToArray());
        }

        public Task DisposeAsync()
        {
            try
            {
                Directory.Delete(Workspace, recursive: true);
            }
            catch (IOException)
            {
                // A build server may still hold a file; the OS cleans the temp folder.
            }

            return Task.CompletedTask;
        }
    }

    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class EndToEndCollection : ICollectionFixture<PackageFixture>
    {
        public const string Name = "EndToEnd";
    }
}
