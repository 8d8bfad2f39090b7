using System.Threading.Tasks;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyStorage = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.StorageAccountKeyAnalyzer,
    SecretlessAnalyzers.CodeFixes.Storage.StorageAccountKeyCodeFixProvider>;
using VerifyMessaging = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.MessagingSharedAccessKeyAnalyzer,
    SecretlessAnalyzers.CodeFixes.Messaging.MessagingSharedAccessKeyCodeFixProvider>;

namespace SecretlessAnalyzers.Tests.KeyBased
{
    /// <summary>SL1001 and SL1002 name the role derived from what the code calls on the client that receives the literal key.</summary>
    public class LiteralSecretUsageRoleTests
    {
        private static readonly string StorageKey = FakeSecrets.StorageAccountKey();
        private static readonly string StorageCs = FakeSecrets.StorageConnectionString("contoso");
        private static readonly string BusKey = FakeSecrets.SharedAccessKey();
        private static readonly string BusCs = FakeSecrets.MessagingConnectionString("contoso", keyName: "Send");

        [Fact]
        public Task StorageKey_DownloadsOnly_NeedsTheReaderRole() =>
            VerifyStorage.VerifyAnalyzerAsync(
                $$"""
                using Azure.Storage.Blobs;

                class Reports
                {
                    public byte[] Read()
                    {
                        var container = new BlobContainerClient({|#0:"{{StorageCs}}"|}, "reports");
                        return container.GetBlobClient("latest.csv").DownloadContent().Value.Content.ToArray();
                    }
                }
                """,
                VerifyStorage.Diagnostic().WithLocation(0).WithArguments("Account key", "contoso", FakeSecrets.Redacted(StorageKey), "Storage Blob Data Reader", string.Empty));

        [Fact]
        public Task StorageSharedKey_Uploads_NeedTheContributorRole() =>
            VerifyStorage.VerifyAnalyzerAsync(
                $$"""
                using System;
                using System.IO;
                using Azure.Storage;
                using Azure.Storage.Blobs;

                class Archive
                {
                    public void Save(Stream data)
                    {
                        var container = new BlobContainerClient(new Uri("https://contoso.blob.core.windows.net/archive"), new StorageSharedKeyCredential("contoso", {|#0:"{{StorageKey}}"|}));
                        container.UploadBlob("item", data);
                    }
                }
                """,
                VerifyStorage.Diagnostic().WithLocation(0).WithArguments("Account key", "contoso", FakeSecrets.Redacted(StorageKey), "Storage Blob Data Contributor", string.Empty));

        [Fact]
        public Task ServiceBusKey_SenderOnly_NeedsTheSenderRole() =>
            VerifyMessaging.VerifyAnalyzerAsync(
                $$"""
                using System.Threading.Tasks;
                using Azure.Messaging.ServiceBus;

                class Orders
                {
                    public async Task Send()
                    {
                        await using var client = new ServiceBusClient({|#0:"{{BusCs}}"|});
                        await client.CreateSender("orders").SendMessageAsync(new ServiceBusMessage("hello"));
                    }
                }
                """,
                VerifyMessaging.Diagnostic().WithLocation(0).WithArguments("Shared access key", "Service Bus", "contoso.servicebus.windows.net", FakeSecrets.Redacted(BusKey),
                    "Azure Service Bus Data Sender", string.Empty));
    }
}
