using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SecretlessAnalyzers.Tests.Meta
{
    /// <summary>Every rule together: each secret is reported by exactly one rule, whichever families could claim it.</summary>
    public class OneFindingPerSecretTests
    {
        [Theory]
        [InlineData("new Azure.Messaging.ServiceBus.ServiceBusClient(\"contoso.servicebus.windows.net\", new Azure.AzureNamedKeyCredential(\"RootManageSharedAccessKey\", \"{KEY44}\"))", "SL1002")]
        [InlineData("new Azure.Storage.Blobs.BlobServiceClient(new System.Uri(\"https://contoso.blob.core.windows.net\"), new Azure.Storage.StorageSharedKeyCredential(\"contoso\", \"{KEY88}\"))", "SL1001")]
        [InlineData("new Azure.Storage.Blobs.BlobServiceClient(\"DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey={KEY88}\")", "SL1001")]
        [InlineData("new Microsoft.Azure.Cosmos.CosmosClient(\"https://contoso.documents.azure.com:443/\", \"{KEY88}\")", "SL1004")]
        [InlineData("new Microsoft.Azure.Cosmos.CosmosClient(\"AccountEndpoint=https://contoso.documents.azure.com:443/;AccountKey={KEY88};\")", "SL1004")]
        [InlineData("new Azure.Messaging.ServiceBus.ServiceBusClient(\"Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=Send;SharedAccessKey={KEY44}\")", "SL1002")]
        [InlineData("new Azure.Search.Documents.SearchClient(new System.Uri(\"https://contoso.search.windows.net\"), \"orders\", new Azure.AzureKeyCredential(\"{HEX32}\"))", "SL1006")]
        [InlineData("new Azure.Identity.ClientSecretCredential(\"tenant\", \"client\", \"{KEY44}\")", "SL1005")]
        [InlineData("new Azure.Messaging.EventGrid.EventGridPublisherClient(new System.Uri(\"https://contoso.westus2-1.eventgrid.azure.net/api/events\"), new Azure.AzureKeyCredential(\"{KEY44}\"))", "SL1006")]
        public async Task EachSecret_IsReportedByOneRule(string expression, string rule)
        {
            var source = "class C { object M() => " + expression
                .Replace("{KEY88}", FakeSecrets.StorageAccountKey())
                .Replace("{KEY44}", System.Convert.ToBase64String(new System.Random(5).GetItems(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 77, 200 }, 32)))
                .Replace("{HEX32}", "9f2c4e1a7b3d5f60812a4c6e8b0d2f47") + "; }";
            var result = await AnalyzerRunner.RunAsync(AllRules.CreateAnalyzers(), new[] { ("/0/Test0.cs", source) }, extraReferences: TestReferences.All);
            Assert.False(result.HasFailures, result.FormatFailures());
            var ids = result.AnalyzerDiagnostics.Select(d => d.Id).ToList();
            Assert.Equal(new[] { rule }, ids);
        }

        // A key read at run time is the migration signal (SL2001) and nothing else: no rule that reports literals claims it.
        [Theory]
        [InlineData("new Azure.Search.Documents.SearchClient(new System.Uri(\"https://contoso.search.windows.net\"), \"orders\", new Azure.AzureKeyCredential(c[\"Search:Key\"]!))")]
        [InlineData("new Azure.Messaging.EventGrid.EventGridPublisherClient(new System.Uri(\"https://contoso.westus2-1.eventgrid.azure.net/api/events\"), new Azure.AzureSasCredential(System.Environment.GetEnvironmentVariable(\"SAS\")!))")]
        [InlineData("new Azure.Storage.Blobs.BlobServiceClient(new System.Uri(\"https://contoso.blob.core.windows.net\"), new Azure.Storage.StorageSharedKeyCredential(\"contoso\", c[\"Storage:Key\"]))")]
        [InlineData("new Azure.Storage.Blobs.BlobContainerClient(c[\"ConnectionStrings:Storage\"], \"orders\")")]
        public async Task EachRunTimeKey_IsReportedOnce_BySL2001(string expression)
        {
            var source = "class C { object M(Microsoft.Extensions.Configuration.IConfiguration c) => " + expression + "; }";
            var result = await AnalyzerRunner.RunAsync(AllRules.CreateAnalyzers(), new[] { ("/0/Test0.cs", source) }, extraReferences: TestReferences.All);
            Assert.False(result.HasFailures, result.FormatFailures());
            Assert.Equal(new[] { "SL2001" }, result.AnalyzerDiagnostics.Select(d => d.Id).ToList());
        }
    }
}
