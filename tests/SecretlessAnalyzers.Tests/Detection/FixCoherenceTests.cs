using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SecretlessAnalyzers.CodeFixes.Common;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.StorageAccountKeyAnalyzer,
    SecretlessAnalyzers.CodeFixes.Storage.StorageAccountKeyCodeFixProvider>;

namespace SecretlessAnalyzers.Tests.Detection
{
    /// <summary>
    /// No rule of ours flags code that another of our fixes wrote: with SL2002 (DefaultAzureCredential in production)
    /// switched on, the migration fixes write the ManagedIdentityCredential it accepts.
    /// </summary>
    public class FixCoherenceTests
    {
        private const string Sl2002On = "dotnet_diagnostic.SL2002.severity";

        private static readonly string Cs = FakeSecrets.StorageConnectionString("contoso");

        private static readonly string Source = $$"""
            using System;
            using Azure.Storage.Blobs;

            class Orders
            {
                public BlobServiceClient Create() => new BlobServiceClient({|SL1001:"{{Cs}}"|});
            }
            """;

        private const string WithManagedIdentity = """
            using System;
            using Azure.Identity;
            using Azure.Storage.Blobs;

            class Orders
            {
                public BlobServiceClient Create() => new BlobServiceClient(new Uri("https://contoso.blob.core.windows.net"), new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned));
            }
            """;

        private const string WithDefaultCredential = """
            using System;
            using Azure.Identity;
            using Azure.Storage.Blobs;

            class Orders
            {
                public BlobServiceClient Create() => new BlobServiceClient(new Uri("https://contoso.blob.core.windows.net"), new DefaultAzureCredential());
            }
            """;

        [Theory]
        [InlineData("warning")]
        [InlineData("error")]
        [InlineData("suggestion")]
        public async Task WithSL2002On_TheFirstFixWritesManagedIdentityCredential(string severity)
        {
            var test = new Verify.Test
            {
                TestCode = Source,
                FixedCode = WithManagedIdentity,
                CodeActionIndex = 0,
            }
            .WithOption(Sl2002On, severity);
            await test.RunAsync();
        }

        [Fact]
        public async Task WithSL2002Off_TheFirstFixStillWritesDefaultAzureCredential()
        {
            var test = new Verify.Test
            {
                TestCode = Source,
                FixedCode = WithDefaultCredential,
                CodeActionIndex = 0,
            }
            .WithOption(Sl2002On, "none");
            await test.RunAsync();
        }

        [Fact]
        public async Task NoRuleFlagsTheCodeTheFixWrote_WithSL2002On()
        {
            var options = new Dictionary<string, string> { [Sl2002On] = "warning" };
            var result = await AnalyzerRunner.RunAsync(AllRules.CreateAnalyzers(), new[] { ("/0/Orders.cs", WithManagedIdentity) }, globalOptions: options, extraReferences: TestReferences.All);
            Assert.False(result.HasFailures, result.FormatFailures());
            Assert.Empty(result.AnalyzerDiagnostics);

            // The other credential is what SL2002 reports: the choice above is what keeps the two rules coherent.
            var other = await AnalyzerRunner.RunAsync(AllRules.CreateAnalyzers(), new[] { ("/0/Orders.cs", WithDefaultCredential) }, globalOptions: options, extraReferences: TestReferences.All);
            Assert.Equal(new[] { "SL2002" }, other.AnalyzerDiagnostics.Select(d => d.Id).ToArray());
        }
    }
}
