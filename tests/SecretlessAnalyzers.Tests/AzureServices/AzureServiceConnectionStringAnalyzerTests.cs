using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretlessAnalyzers.AzureServices;
using Microsoft.CodeAnalysis.Testing;
using SecretlessAnalyzers.Rules;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.AzureServiceConnectionStringAnalyzer,
    SecretlessAnalyzers.CodeFixes.AzureServices.AzureServiceConnectionStringCodeFixProvider>;

namespace SecretlessAnalyzers.Tests.AzureServices
{
    /// <summary>SL1007 detection: Redis, App Configuration, SignalR, Web PubSub and Event Grid connection strings, and what is not reported.</summary>
    public class AzureServiceConnectionStringAnalyzerTests
    {
        private static readonly string Key = FakeServiceSecrets.AccessKey();
        private static readonly string Redacted = FakeSecrets.Redacted(Key);
        private static readonly string Redis = $"contoso-cache.redis.cache.windows.net:6380,password={Key},ssl=True,abortConnect=False";
        private static readonly string AppConfiguration = $"Endpoint=https://contoso-config.azconfig.io;Id=Ab1c-l0-s0:Q2xhc3NpYw;Secret={Key}";
        private static readonly string SignalR = $"Endpoint=https://contoso-chat.service.signalr.net;AccessKey={Key};Version=1.0;";
        private static readonly string WebPubSub = $"Endpoint=https://contoso-hub.webpubsub.azure.com;AccessKey={Key};Version=1.0;";
        private static readonly string EventGrid = $"Endpoint=https://contoso-orders.westeurope-1.eventgrid.azure.net/api/events;Key={Key}";

        [Fact]
        public Task Redis_ConnectionMultiplexer_MessageNamesCacheRedactedKeyAndAccessPolicy() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using StackExchange.Redis;

                class Cache
                {
                    public ConnectionMultiplexer Connect() => ConnectionMultiplexer.Connect({|#0:"{{Redis}}"|});
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments(
                    "Access key (password)", "Azure Cache for Redis", "contoso-cache", Redacted, "Data Contributor (Redis data access policy)",
                    ". No automatic fix: Entra authentication (ConfigureForAzureWithTokenCredentialAsync, Microsoft.Azure.StackExchangeRedis) must be awaited "
                    + "and this code cannot await; connect with ConnectionMultiplexer.ConnectAsync in async code"));

        [Theory]
        [InlineData("contoso-cache.redis.cache.windows.net:6380,password={0},ssl=True")]
        [InlineData("contoso-cache.redis.cache.windows.net,ssl=true,password={0}")]
        [InlineData("contoso-cache.westeurope.redis.azure.net:10000,password={0},ssl=True")]
        [InlineData(" contoso-cache.redis.cache.windows.net:6380 , Password = {0} , ssl=True ")]
        public Task Redis_ConfigurationForms_AreReported(string format) =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using System.Threading.Tasks;
                using StackExchange.Redis;

                class Cache
                {
                    public Task<ConnectionMultiplexer> ConnectAsync() => ConnectionMultiplexer.ConnectAsync({|SL1007:"{{string.Format(format, Key)}}"|});

                    public ConfigurationOptions Options() => ConfigurationOptions.Parse({|SL1007:"{{string.Format(format, Key)}}"|});
                }
                """);

        [Fact]
        public Task AppConfiguration_ClientProviderAndConnect_AreReported() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Azure.Data.AppConfiguration;
                using Microsoft.Extensions.Configuration;

                class Settings
                {
                    public ConfigurationClient Client() => new ConfigurationClient({|#0:"{{AppConfiguration}}"|});

                    public void Provider(IConfigurationBuilder configuration) => configuration.AddAzureAppConfiguration({|SL1007:"{{AppConfiguration}}"|});

                    public void Connect(IConfigurationBuilder configuration) =>
                        configuration.AddAzureAppConfiguration(options => options.Connect({|SL1007:"{{AppConfiguration}}"|}));
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments(
                    "Access key secret", "App Configuration store", "contoso-config", Redacted, "App Configuration Data Reader (App Configuration Data Owner to write)", ". Broadest data role: the client is returned"));

        [Fact]
        public Task SignalR_IsReportedWithoutFix_MessageSaysHow() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                class Startup
                {
                    public const string SignalR = {|#0:"{{SignalR}}"|};
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments(
                    "Access key", "SignalR Service", "contoso-chat", Redacted, "SignalR App Server",
                    ". No automatic fix: configure the SignalR endpoint with a token credential (new ServiceEndpoint(new Uri(endpoint), credential))"));

        [Fact]
        public Task WebPubSub_ClientAndRegistration_AreReported() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Azure.Messaging.WebPubSub;
                using Microsoft.Extensions.Azure;

                class Notifications
                {
                    public WebPubSubServiceClient Client() => new WebPubSubServiceClient({|#0:"{{WebPubSub}}"|}, "orders");

                    public void Register(AzureClientFactoryBuilder clients) => clients.AddWebPubSubServiceClient({|SL1007:"{{WebPubSub}}"|}, "orders");
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("Access key", "Web PubSub service", "contoso-hub", Redacted, "Web PubSub Service Owner", string.Empty));

        [Theory]
        [InlineData("Endpoint=https://contoso-orders.westeurope-1.eventgrid.azure.net/api/events;Key={0}")]
        [InlineData("Endpoint=https://contoso-orders.westeurope-1.eventgrid.azure.net/api/events;AccessKey={0}")]
        [InlineData("Endpoint=https://contoso-orders.westeurope-1.eventgrid.azure.net/api/events;SharedAccessKey={0}")]
        [InlineData("Endpoint=https://contoso-orders.westeurope-1.eventgrid.azure.net/api/events;aeg-sas-key={0}")]
        public Task EventGrid_TopicKeyInAConnectionString_IsReportedWithoutFix(string format) =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                class Publisher
                {
                    private static readonly string Topic = {|#0:"{{string.Format(format, Key)}}"|};
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments(
                    "Access key", "Event Grid topic", "contoso-orders", Redacted, "EventGrid Data Sender",
                    ". No automatic fix: publish with new EventGridPublisherClient(new Uri(topicEndpoint), credential)"));

        [Fact]
        public async Task NeitherMessageNorPropertiesContainTheKey()
        {
            var source = $$"""
                using Azure.Data.AppConfiguration;
                class C { ConfigurationClient Create() => new ConfigurationClient("{{AppConfiguration}}"); }
                """;
            var result = await AnalyzerRunner.RunAsync(
                ImmutableArray.Create<DiagnosticAnalyzer>(new AzureServiceConnectionStringAnalyzer()),
                new[] { ("/0/Test0.cs", source) },
                extraReferences: TestReferences.All);

            var diagnostic = Assert.Single(result.AnalyzerDiagnostics);
            Assert.DoesNotContain(Key, diagnostic.GetMessage());
            Assert.DoesNotContain(Key.Substring(4, 20), diagnostic.GetMessage());
            Assert.All(diagnostic.Properties.Values, value => Assert.DoesNotContain(Key.Substring(4, 20), value ?? string.Empty));
            Assert.Equal("https://contoso-config.azconfig.io", diagnostic.Properties[AzureServiceConnectionStringAnalyzer.EndpointProperty]);
            Assert.Equal("contoso-config.azconfig.io", diagnostic.Properties["Resource"]);
            Assert.Equal("App Configuration", diagnostic.Properties["Service"]);
            Assert.Equal("AppConfiguration", diagnostic.Properties["ServiceId"]);
        }

        [Fact]
        public Task ConcatenationInterpolationAndConstants_AreReportedOnce() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                class Settings
                {
                    private const string Store = "contoso-config";
                    private const string Secret = "{{Key}}";
                    public const string Interpolated = {|SL1007:$"Endpoint=https://{Store}.azconfig.io;Id=abc;Secret={Secret}"|};
                    public static readonly string Concatenated = {|SL1007:"contoso-cache.redis.cache.windows.net:6380,password=" + Secret + ",ssl=True"|};
                }
                """);

        [Fact]
        public Task EventGridKeyInGeneratedCode_IsReported() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                // <auto-generated/>
                class Settings
                {
                    public const string Topic = {|SL1007:"{{EventGrid}}"|};
                }
                """);

        [Theory]
        [InlineData("contoso-cache.redis.cache.windows.net:6380,ssl=True,abortConnect=False")]
        [InlineData("contoso-cache.redis.cache.windows.net:6380,password=,ssl=True")]
        [InlineData("contoso-cache.redis.cache.windows.net:6380,password=<access-key>,ssl=True")]
        [InlineData("contoso-cache.redis.cache.windows.net:6380,password=${{REDIS_KEY}},ssl=True")]
        [InlineData("localhost:6379,password={0}")]
        [InlineData("redis.internal.contoso.com:6379,password={0}")]
        [InlineData("Endpoint=https://contoso-config.azconfig.io")]
        [InlineData("Endpoint=https://contoso-config.azconfig.io;Id=abc;Secret=")]
        [InlineData("Endpoint=https://contoso-config.azconfig.io;Id=abc;Secret=#{{AppConfigSecret}}#")]
        [InlineData("Endpoint=https://contoso-config.azconfig.io;Id=abc;Secret=@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/appconfig)")]
        [InlineData("Endpoint=https://contoso-chat.service.signalr.net;AuthType=azure.msi;Version=1.0;")]
        [InlineData("Endpoint=https://contoso-chat.service.signalr.net;AccessKey=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx;Version=1.0;")]
        [InlineData("Endpoint=https://contoso-hub.webpubsub.azure.com;AuthType=azure.msi;Version=1.0;")]
        [InlineData("Endpoint=https://contoso-hub.webpubsub.azure.com;AccessKey=your-access-key;Version=1.0;")]
        [InlineData("Endpoint=https://contoso-orders.westeurope-1.eventgrid.azure.net/api/events")]
        [InlineData("Endpoint=https://example.com/api;Key={0}")]
        [InlineData("Endpoint=https://contoso.servicebus.windows.net/;SharedAccessKeyName=Send;SharedAccessKey={0}")]
        [InlineData("DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey={0}")]
        [InlineData("https://contoso.example/search?key={0}")]
        public Task NonSecretsAndOtherServices_AreNotReported(string format) =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                class C
                {
                    public const string Value = @"{{string.Format(format, Key)}}";
                }
                """);

        [Fact]
        public Task KeysReadAtRunTime_AreNotReported() =>
            Verify.VerifyAnalyzerAsync(
                """
                using System;
                using Azure.Data.AppConfiguration;
                using StackExchange.Redis;

                class C
                {
                    public ConfigurationClient Settings(string secret) =>
                        new ConfigurationClient($"Endpoint=https://contoso-config.azconfig.io;Id=abc;Secret={secret}");

                    public ConnectionMultiplexer Cache() =>
                        ConnectionMultiplexer.Connect("contoso-cache.redis.cache.windows.net:6380,password=" + Environment.GetEnvironmentVariable("REDIS_KEY") + ",ssl=True");
                }
                """);
    }
}
