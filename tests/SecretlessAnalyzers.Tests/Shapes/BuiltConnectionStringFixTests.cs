using System.Threading;
using System.Threading.Tasks;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyMessaging = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.MessagingSharedAccessKeyAnalyzer,
    SecretlessAnalyzers.CodeFixes.Messaging.MessagingSharedAccessKeyCodeFixProvider>;
using VerifyStorage = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.StorageAccountKeyAnalyzer,
    SecretlessAnalyzers.CodeFixes.Storage.StorageAccountKeyCodeFixProvider>;

namespace SecretlessAnalyzers.Tests.Shapes
{
    /// <summary>Connection strings built from literal parts with string.Format and string.Concat are found and fixed like one literal.</summary>
    public class BuiltConnectionStringFixTests
    {
        [Fact]
        public Task SL1001_StringFormat_OfLiterals() =>
            VerifyStorage.VerifyCodeFixAsync(
                $$"""
                using Azure.Storage.Blobs;

                class Files
                {
                    public BlobServiceClient Create() => new BlobServiceClient({|SL1001:string.Format("DefaultEndpointsProtocol=https;AccountName={0};AccountKey={1};EndpointSuffix=core.windows.net", "contoso", "{{FakeSecrets.StorageAccountKey()}}")|});
                }
                """,
                """
                using System;
                using Azure.Identity;
                using Azure.Storage.Blobs;

                class Files
                {
                    public BlobServiceClient Create() => new BlobServiceClient(new Uri("https://contoso.blob.core.windows.net"), new DefaultAzureCredential());
                }
                """);

        [Fact]
        public Task SL1002_FixAll_StringConcat_WithKeyConstant_ConstantRemoved() =>
            new VerifyMessaging.Test
            {
                TestCode = $$"""
                    using Azure.Messaging.ServiceBus;

                    class Orders
                    {
                        private const string Key = "{{FakeSecrets.SharedAccessKey()}}";

                        public ServiceBusClient Orders1() => new ServiceBusClient({|SL1002:string.Concat("Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=Send;SharedAccessKey=", Key)|});
                        public ServiceBusClient Orders2() => new ServiceBusClient({|SL1002:System.String.Format("Endpoint=sb://{0}.servicebus.windows.net/;SharedAccessKeyName=Send;SharedAccessKey={1}", "fabrikam", Key)|});
                    }
                    """,
                FixedCode = """
                    using Azure.Identity;
                    using Azure.Messaging.ServiceBus;

                    class Orders
                    {
                        public ServiceBusClient Orders1() => new ServiceBusClient("contoso.servicebus.windows.net", new DefaultAzureCredential());
                        public ServiceBusClient Orders2() => new ServiceBusClient("fabrikam.servicebus.windows.net", new DefaultAzureCredential());
                    }
                    """,
                BatchFixedCode = """
                    using Azure.Identity;
                    using Azure.Messaging.ServiceBus;

                    class Orders
                    {
                        private static readonly DefaultAzureCredential AzureCredential = new DefaultAzureCredential();

                        public ServiceBusClient Orders1() => new ServiceBusClient("contoso.servicebus.windows.net", AzureCredential);
                        public ServiceBusClient Orders2() => new ServiceBusClient("fabrikam.servicebus.windows.net", AzureCredential);
                    }
                    """,
            }.RunAsync(CancellationToken.None);
    }
}
