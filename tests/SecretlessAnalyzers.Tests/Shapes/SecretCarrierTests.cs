using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyMessaging = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.MessagingSharedAccessKeyAnalyzer,
    SecretlessAnalyzers.CodeFixes.Messaging.MessagingSharedAccessKeyCodeFixProvider>;
using VerifyRedis = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.AzureServiceConnectionStringAnalyzer,
    SecretlessAnalyzers.CodeFixes.AzureServices.AzureServiceConnectionStringCodeFixProvider>;
using VerifyNamed = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.SecretLiteralAnalyzer,
    SecretlessAnalyzers.CodeFixes.Credentials.KeyCredentialCodeFixProvider>;
using VerifyStorage = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.StorageAccountKeyAnalyzer,
    SecretlessAnalyzers.CodeFixes.Storage.StorageAccountKeyCodeFixProvider>;

namespace SecretlessAnalyzers.Tests.Shapes
{
    /// <summary>
    /// A secret as the default value of a parameter or of a record's positional parameter that a caller relies on: no
    /// fix is offered, and the message says why and what to do instead (UnusedSecretDefaultFixTests: where none does).
    /// </summary>
    public class SecretCarrierTests
    {
        private const string DefaultNote =
            ". No rewrite: the secret is a default parameter value, which callers may rely on; pass the credential explicitly (or read the setting from configuration) and remove the default (offered as a fix when no caller relies on it)";

        private const string RecordNote =
            ". No rewrite: the secret is the default of a record's positional parameter, which every construction may rely on; bind the record from configuration and remove the default (offered as a fix when no construction relies on it)";

        [Fact]
        public Task SL1002_DefaultParameterValue_NoFix_MessageSaysWhy()
        {
            var key = FakeSecrets.SharedAccessKey();
            var source = $$"""
                    using Azure.Messaging.ServiceBus;

                    class Orders
                    {
                        public ServiceBusClient Default() => Create();

                        public ServiceBusClient Create(string connectionString = {|#0:"Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=Send;SharedAccessKey={{key}}"|}) =>
                            new ServiceBusClient(connectionString);
                    }
                    """;
            return VerifyMessaging.VerifyCodeFixAsync(source, new[]
            {
                VerifyMessaging.Diagnostic().WithLocation(0).WithArguments(
                    "Shared access key", "Service Bus / Event Hubs / Relay", "contoso.servicebus.windows.net", FakeSecrets.Redacted(key),
                    "Azure Service Bus Data Sender / Receiver, or Azure Event Hubs Data Sender / Receiver (the data role of what the code does)", DefaultNote),
            }, source);
        }

        [Fact]
        public Task SL1001_RecordPositionalParameter_NoFix_MessageSaysWhy()
        {
            var key = FakeSecrets.StorageAccountKey();
            var source = $$"""
                    using Azure.Storage.Blobs;

                    record BlobSettings(string ConnectionString = {|#0:"DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey={{key}};EndpointSuffix=core.windows.net"|})
                    {
                        public BlobServiceClient Client() => new BlobServiceClient(ConnectionString);

                        public static BlobSettings Default() => new();
                    }
                    """;
            return VerifyStorage.VerifyCodeFixAsync(source, new[]
            {
                VerifyStorage.Diagnostic().WithLocation(0).WithArguments(
                    "Account key", "contoso", FakeSecrets.Redacted(key),
                    "Storage Blob Data Contributor (or the Queue, Table or File data role of the service used)", RecordNote),
            }, source);
        }

        [Fact]
        public Task SL1007_DefaultParameterValue_InAsyncCode_NoFix_MessageSaysWhy()
        {
            var key = FakeServiceSecrets.AccessKey();
            var source = $$"""
                    using System.Threading.Tasks;
                    using StackExchange.Redis;

                    class Cache
                    {
                        public Task<ConnectionMultiplexer> Default() => ConnectAsync();

                        public async Task<ConnectionMultiplexer> ConnectAsync(string configuration = {|#0:"contoso-cache.redis.cache.windows.net:6380,password={{key}},ssl=True"|}) =>
                            await ConnectionMultiplexer.ConnectAsync(configuration);
                    }
                    """;
            return VerifyRedis.VerifyCodeFixAsync(source, new[]
            {
                VerifyRedis.Diagnostic().WithLocation(0).WithArguments(
                    "Access key (password)", "Azure Cache for Redis", "contoso-cache", FakeSecrets.Redacted(key), "Data Contributor (Redis data access policy)", DefaultNote),
            }, source);
        }

        private const string OptionsNote =
            ". No automatic fix: the secret is set in an options object (a proxy's or a server's NetworkCredential), which has no managed-identity form; read it from Key Vault or configuration at run time";

        /// <summary>
        /// SL1011 (never rewritten): a proxy's <c>NetworkCredential</c> in <c>ServiceBusClientOptions</c> and a password as a
        /// default parameter value say why; the same credential outside an initializer gets no note (hard negative of the note).
        /// </summary>
        [Fact]
        public Task SL1011_ProxyCredentialInOptions_DefaultParameter_SayWhy_PlainCredentialDoesNot()
        {
            var test = new VerifyNamed.Test
            {
                TestCode = """
                    using System.Net;
                    using Azure.Identity;
                    using Azure.Messaging.ServiceBus;

                    class Orders
                    {
                        public ServiceBusClient Create() => new ServiceBusClient(
                            "contoso.servicebus.windows.net",
                            new DefaultAzureCredential(),
                            new ServiceBusClientOptions { WebProxy = new WebProxy("http://proxy:8080") { Credentials = new NetworkCredential("proxyuser", {|#0:"Zq8#vT2$mW9!pL4x"|}) } });

                        public void Send(string smtpPassword = {|#1:"Hv5!rK8@wQ3#nB7z"|}) { }

                        public void SendDefault() => Send();

                        public NetworkCredential Plain() => new NetworkCredential("svc", {|#2:"Lm4$eY7^tR2&cU9q"|});
                    }
                    """,
            };
            test.ExpectedDiagnostics.Add(VerifyNamed.Diagnostic("SL1011").WithLocation(0).WithArguments("password", "'Zq8#…' (16 characters)", OptionsNote));
            test.ExpectedDiagnostics.Add(VerifyNamed.Diagnostic("SL1011").WithLocation(1).WithArguments("smtpPassword", "'Hv5!…' (16 characters)", DefaultNote));
            test.ExpectedDiagnostics.Add(VerifyNamed.Diagnostic("SL1011").WithLocation(2).WithArguments("password", "'Lm4$…' (16 characters)", ""));
            return test.RunAsync();
        }

        /// <summary>The same literal passed at the call site, not as a default, is still fixed: the blocker is about where the secret sits.</summary>
        [Fact]
        public Task SL1002_SameSecretAsArgument_IsFixed() =>
            VerifyMessaging.VerifyCodeFixAsync(
                $$"""
                using Azure.Messaging.ServiceBus;

                class Orders
                {
                    public ServiceBusClient Create() => new ServiceBusClient({|SL1002:"Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=Send;SharedAccessKey={{FakeSecrets.SharedAccessKey()}}"|});
                }
                """,
                """
                using Azure.Identity;
                using Azure.Messaging.ServiceBus;

                class Orders
                {
                    public ServiceBusClient Create() => new ServiceBusClient("contoso.servicebus.windows.net", new DefaultAzureCredential());
                }
                """);
    }
}
