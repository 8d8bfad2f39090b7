using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyMessaging = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.MessagingSharedAccessKeyAnalyzer,
    SecretlessAnalyzers.CodeFixes.Messaging.MessagingSharedAccessKeyCodeFixProvider>;
using VerifyNamed = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.SecretLiteralAnalyzer,
    SecretlessAnalyzers.CodeFixes.Carriers.UnusedSecretDefaultCodeFixProvider>;
using VerifyStorage = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.StorageAccountKeyAnalyzer,
    SecretlessAnalyzers.CodeFixes.Storage.StorageAccountKeyCodeFixProvider>;

namespace SecretlessAnalyzers.Tests.Shapes
{
    /// <summary>
    /// A secret default value that no caller can rely on is removed (UnusedSecretDefault: by the rule's own provider for
    /// SL1001-SL1004 and SL1007, by UnusedSecretDefaultCodeFixProvider for SL1011); wherever a caller may rely on it, in
    /// this compilation or outside it, no fix is offered.
    /// </summary>
    public class UnusedSecretDefaultFixTests
    {
        private static string ServiceBus(string key) =>
            $"Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=Send;SharedAccessKey={key}";

        /// <summary>The class and method the secret belongs to, and the code that calls it.</summary>
        private static string Orders(string key, string accessibility, string callers, string secret = "{|SL1002:\"{0}\"|}") => $$"""
            using Azure.Messaging.ServiceBus;
            using Microsoft.Extensions.Configuration;

            {{accessibility}} class Orders
            {
                public ServiceBusClient Create(string connectionString = {{secret.Replace("{0}", ServiceBus(key))}}) =>
                    new ServiceBusClient(connectionString);
            }

            static class Startup
            {
                public static void Run(IConfiguration configuration)
                {
            {{callers}}
                }
            }
            """;

        [Fact]
        public Task Internal_EveryCallerPassesTheArgument_DefaultRemoved()
        {
            var key = FakeSecrets.SharedAccessKey();
            const string callers = """
                        new Orders().Create(configuration.GetConnectionString("Orders")!);
                        new Orders().Create(connectionString: configuration["Bus"]!);
                """;
            return VerifyMessaging.VerifyCodeFixAsync(
                Orders(key, "internal", callers),
                Orders(key, "internal", callers, secret: "!!").Replace("string connectionString = !!)", "string connectionString)"));
        }

        [Fact]
        public Task NoCallerAtAll_DefaultRemoved()
        {
            var key = FakeSecrets.SharedAccessKey();
            return VerifyMessaging.VerifyCodeFixAsync(
                Orders(key, "internal", string.Empty),
                Orders(key, "internal", string.Empty, secret: "!!").Replace("string connectionString = !!)", "string connectionString)"));
        }

        [Fact]
        public Task CallerReliesOnTheDefault_NoFix()
        {
            var source = Orders(FakeSecrets.SharedAccessKey(), "internal", """
                        new Orders().Create(configuration["Bus"]!);
                        new Orders().Create();
                """);
            return VerifyMessaging.VerifyCodeFixAsync(source, source);
        }

        [Fact]
        public Task PublicMethodOfAPublicType_CallersOutsideTheAssembly_NoFix()
        {
            var source = Orders(FakeSecrets.SharedAccessKey(), "public", string.Empty);
            return VerifyMessaging.VerifyCodeFixAsync(source, source);
        }

        [Fact]
        public Task InternalsVisibleTo_NoFix()
        {
            var source = Orders(FakeSecrets.SharedAccessKey(), "internal", string.Empty).Replace(
                "using Microsoft.Extensions.Configuration;\n",
                "using Microsoft.Extensions.Configuration;\n[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"Orders.Tests\")]\n");
            Assert.Contains("InternalsVisibleTo", source);
            return VerifyMessaging.VerifyCodeFixAsync(source, source);
        }

        [Fact]
        public Task MethodGroupReference_NoFix()
        {
            var source = Orders(FakeSecrets.SharedAccessKey(), "internal", """
                        System.Func<string, ServiceBusClient> create = new Orders().Create;
                """);
            return VerifyMessaging.VerifyCodeFixAsync(source, source);
        }

        [Fact]
        public Task OptionalParameterBefore_NoFix()
        {
            var key = FakeSecrets.SharedAccessKey();
            var source = $$"""
                using Azure.Messaging.ServiceBus;

                internal class Orders
                {
                    public ServiceBusClient Create(int retries = 3, string connectionString = {|SL1002:"{{ServiceBus(key)}}"|}) =>
                        new ServiceBusClient(connectionString);
                }
                """;
            return VerifyMessaging.VerifyCodeFixAsync(source, source);
        }

        [Fact]
        public Task OptionalParameterAfter_StaysOptional_DefaultRemoved()
        {
            var key = FakeSecrets.SharedAccessKey();
            return VerifyMessaging.VerifyCodeFixAsync(
                $$"""
                using Azure.Messaging.ServiceBus;

                internal class Orders
                {
                    public ServiceBusClient Create(string connectionString = {|SL1002:"{{ServiceBus(key)}}"|}, int retries = 3) =>
                        new ServiceBusClient(connectionString);
                }
                """,
                """
                using Azure.Messaging.ServiceBus;

                internal class Orders
                {
                    public ServiceBusClient Create(string connectionString, int retries = 3) =>
                        new ServiceBusClient(connectionString);
                }
                """);
        }

        [Fact]
        public Task VirtualMethod_NoFix()
        {
            var source = Orders(FakeSecrets.SharedAccessKey(), "internal", string.Empty).Replace("public ServiceBusClient Create", "public virtual ServiceBusClient Create");
            return VerifyMessaging.VerifyCodeFixAsync(source, source);
        }

        private static string BlobSettings(string key, string creation, string secret) => $$"""
            using Azure.Storage.Blobs;

            internal sealed record BlobSettings(string ConnectionString = {{secret.Replace("{0}", $"DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey={key};EndpointSuffix=core.windows.net")}})
            {
                public BlobServiceClient Client() => new BlobServiceClient(ConnectionString);
            }

            static class Startup
            {
                public static BlobSettings Settings(string fromConfiguration) => {{creation}};
            }
            """;

        [Fact]
        public Task Record_EveryConstructionPassesTheValue_DefaultRemoved()
        {
            var key = FakeSecrets.StorageAccountKey();
            return VerifyStorage.VerifyCodeFixAsync(
                BlobSettings(key, "new BlobSettings(fromConfiguration)", "{|SL1001:\"{0}\"|}"),
                BlobSettings(key, "new BlobSettings(fromConfiguration)", "!!").Replace("string ConnectionString = !!)", "string ConnectionString)"));
        }

        [Fact]
        public Task Record_TargetTypedConstructionPassesTheValue_DefaultRemoved()
        {
            var key = FakeSecrets.StorageAccountKey();
            return VerifyStorage.VerifyCodeFixAsync(
                BlobSettings(key, "new(fromConfiguration)", "{|SL1001:\"{0}\"|}"),
                BlobSettings(key, "new(fromConfiguration)", "!!").Replace("string ConnectionString = !!)", "string ConnectionString)"));
        }

        [Fact]
        public Task Record_TargetTypedConstructionWithoutValue_NoFix()
        {
            var source = BlobSettings(FakeSecrets.StorageAccountKey(), "new()", "{|SL1001:\"{0}\"|}");
            return VerifyStorage.VerifyCodeFixAsync(source, source);
        }

        [Fact]
        public Task Record_NamedAsTypeArgument_MayBeActivatedByReflection_NoFix()
        {
            var source = BlobSettings(FakeSecrets.StorageAccountKey(), "new BlobSettings(fromConfiguration)", "{|SL1001:\"{0}\"|}")
                + "\nstatic class Activation { public static object Make() => System.Activator.CreateInstance(typeof(BlobSettings))!; }\n";
            return VerifyStorage.VerifyCodeFixAsync(source, source);
        }

        [Fact]
        public Task ConstructorOfAnUnsealedClassWithADerivedClass_NoFix()
        {
            var key = FakeSecrets.SharedAccessKey();
            var source = $$"""
                using Azure.Messaging.ServiceBus;

                internal class Orders
                {
                    private readonly ServiceBusClient _client;

                    public Orders(string connectionString = {|SL1002:"{{ServiceBus(key)}}"|}) => _client = new ServiceBusClient(connectionString);
                }

                internal class RushOrders : Orders
                {
                }
                """;
            return VerifyMessaging.VerifyCodeFixAsync(source, source);
        }

        /// <summary>
        /// Fix All with a credential's equivalence key (as <c>dotnet format</c> runs it, with the key of the rule's first
        /// finding) rewrites the client and also removes the dead default: both secrets of the document are gone. A
        /// single fix with that key rewrites only the client (the default's only action is the removal).
        /// </summary>
        [Fact]
        public Task FixAllWithTheCredentialKey_AlsoRemovesTheDeadDefault()
        {
            var first = FakeSecrets.SharedAccessKey();
            var second = FakeSecrets.SharedAccessKey();
            return new VerifyMessaging.Test
            {
                TestCode = $$"""
                    using Azure.Messaging.ServiceBus;

                    internal class Orders
                    {
                        public ServiceBusClient Literal() => new ServiceBusClient({|SL1002:"{{ServiceBus(first)}}"|});

                        public ServiceBusClient Create(string connectionString = {|SL1002:"{{ServiceBus(second)}}"|}) =>
                            new ServiceBusClient(connectionString);
                    }
                    """,
                FixedCode = $$"""
                    using Azure.Identity;
                    using Azure.Messaging.ServiceBus;

                    internal class Orders
                    {
                        public ServiceBusClient Literal() => new ServiceBusClient("contoso.servicebus.windows.net", new DefaultAzureCredential());

                        public ServiceBusClient Create(string connectionString = {|SL1002:"{{ServiceBus(second)}}"|}) =>
                            new ServiceBusClient(connectionString);
                    }
                    """,
                BatchFixedCode = """
                    using Azure.Identity;
                    using Azure.Messaging.ServiceBus;

                    internal class Orders
                    {
                        public ServiceBusClient Literal() => new ServiceBusClient("contoso.servicebus.windows.net", new DefaultAzureCredential());

                        public ServiceBusClient Create(string connectionString) =>
                            new ServiceBusClient(connectionString);
                    }
                    """,
                CodeActionEquivalenceKey = SecretlessAnalyzers.CodeFixes.Common.CredentialActions.UseDefaultAzureCredentialKey,
            }.RunAsync();
        }

        /// <summary>SL1011 (a password default of a method no caller relies on) and Fix All over two methods of one file.</summary>
        [Fact]
        public Task SecretNamedDefaults_FixAll_RemovesBoth()
        {
            var test = new VerifyNamed.Test
            {
                TestCode = """
                    internal static class Mail
                    {
                        public static void Send(string to, string smtpPassword = {|#0:"Hv5!rK8@wQ3#nB7z"|}) { }

                        public static void Relay(string relayPassword = {|#1:"Lm4$eY7^tR2&cU9q"|}) { }

                        public static void Run(string password)
                        {
                            Send("ops@contoso.com", password);
                            Relay(relayPassword: password);
                        }
                    }
                    """,
                FixedCode = """
                    internal static class Mail
                    {
                        public static void Send(string to, string smtpPassword) { }

                        public static void Relay(string relayPassword) { }

                        public static void Run(string password)
                        {
                            Send("ops@contoso.com", password);
                            Relay(relayPassword: password);
                        }
                    }
                    """,
            };
            test.ExpectedDiagnostics.Add(VerifyNamed.Diagnostic("SL1011").WithLocation(0).WithArguments("smtpPassword", "'Hv5!…' (16 characters)", DefaultNote));
            test.ExpectedDiagnostics.Add(VerifyNamed.Diagnostic("SL1011").WithLocation(1).WithArguments("relayPassword", "'Lm4$…' (16 characters)", DefaultNote));
            return test.RunAsync();
        }

        private const string DefaultNote =
            ". No rewrite: the secret is a default parameter value, which callers may rely on; pass the credential explicitly (or read the setting from configuration) and remove the default (offered as a fix when no caller relies on it)";
    }
}
