using System.Threading.Tasks;
using SecretlessAnalyzers.CodeFixes.Common;
using SecretlessAnalyzers.CodeFixes.Identity;
using Xunit;
using Verify = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.DefaultAzureCredentialInProductionAnalyzer,
    SecretlessAnalyzers.CodeFixes.Identity.DefaultAzureCredentialCodeFixProvider>;

namespace SecretlessAnalyzers.Tests.Identity
{
    /// <summary>SL2002 fixes: ManagedIdentityCredential, or DefaultAzureCredential selected by AZURE_TOKEN_CREDENTIALS.</summary>
    public class DefaultAzureCredentialFixTests
    {
        private const string ClientId = "6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b";

        [Fact]
        public Task DefaultAction_SelectsTheChainWithAzureTokenCredentials() =>
            Verify.VerifyCodeFixAsync(
                """
                using Azure.Core;
                using Azure.Identity;

                class Startup
                {
                    public TokenCredential Credential() => [|new DefaultAzureCredential()|];
                }
                """,
                """
                using Azure.Core;
                using Azure.Identity;

                class Startup
                {
                    public TokenCredential Credential() => new DefaultAzureCredential(DefaultAzureCredential.DefaultEnvironmentVariableName);
                }
                """);

        [Fact]
        public async Task ManagedIdentityAction_WritesTheNonObsoleteSystemAssignedForm()
        {
            var test = new Verify.Test
            {
                TestCode = """
                    using System;
                    using Azure.Storage.Blobs;

                    class Clients
                    {
                        public BlobServiceClient Blobs() => new BlobServiceClient(new Uri("https://contoso.blob.core.windows.net"), [|new Azure.Identity.DefaultAzureCredential()|]);
                    }
                    """,
                FixedCode = """
                    using System;
                    using Azure.Identity;
                    using Azure.Storage.Blobs;

                    class Clients
                    {
                        public BlobServiceClient Blobs() => new BlobServiceClient(new Uri("https://contoso.blob.core.windows.net"), new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned));
                    }
                    """,
                CodeActionEquivalenceKey = CredentialActions.UseManagedIdentityCredentialKey,
            };
            await test.RunAsync();
        }

        [Fact]
        public async Task EditorConfig_PrefersManagedIdentity_UserAssigned_InARegistration()
        {
            var test = new Verify.Test
            {
                TestCode = """
                    using Azure.Identity;
                    using Microsoft.Extensions.Azure;
                    using Microsoft.Extensions.DependencyInjection;

                    static class Registration
                    {
                        public static void Add(IServiceCollection services) =>
                            services.AddAzureClients(clients => clients.UseCredential([|new DefaultAzureCredential()|]));
                    }
                    """,
                FixedCode = $$"""
                    using Azure.Identity;
                    using Microsoft.Extensions.Azure;
                    using Microsoft.Extensions.DependencyInjection;

                    static class Registration
                    {
                        public static void Add(IServiceCollection services) =>
                            services.AddAzureClients(clients => clients.UseCredential(new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId("{{ClientId}}"))));
                    }
                    """,
                CodeActionIndex = 0,
            }
            .WithOption(CredentialOptions.CredentialKey, "managed_identity")
            .WithOption(CredentialOptions.ManagedIdentityClientIdKey, ClientId);
            await test.RunAsync();
        }

        [Fact]
        public async Task TypedField_ManagedIdentityChangesTheDeclaredTypeToo()
        {
            var test = new Verify.Test
            {
                TestCode = """
                    using Azure.Identity;

                    class Clients
                    {
                        private static readonly DefaultAzureCredential Credential = [|new()|];

                        public Azure.Core.TokenCredential Shared => Credential;
                    }
                    """,
                FixedCode = """
                    using Azure.Identity;

                    class Clients
                    {
                        private static readonly ManagedIdentityCredential Credential = new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned);

                        public Azure.Core.TokenCredential Shared => Credential;
                    }
                    """,
                CodeActionEquivalenceKey = CredentialActions.UseManagedIdentityCredentialKey,
            };
            await test.RunAsync();
        }

        [Fact]
        public Task TypedField_TargetTypedNew_GetsTheVariableName() =>
            Verify.VerifyCodeFixAsync(
                """
                using Azure.Identity;

                class Clients
                {
                    private static readonly DefaultAzureCredential Credential = [|new()|];
                }
                """,
                """
                using Azure.Identity;

                class Clients
                {
                    private static readonly DefaultAzureCredential Credential = new(DefaultAzureCredential.DefaultEnvironmentVariableName);
                }
                """);

        [Fact]
        public async Task VarLocal_BecomesManagedIdentity()
        {
            var test = new Verify.Test
            {
                TestCode = """
                    using Azure.Core;
                    using Azure.Identity;

                    class Startup
                    {
                        public TokenCredential Credential()
                        {
                            var credential = [|new DefaultAzureCredential()|];
                            return credential;
                        }
                    }
                    """,
                FixedCode = """
                    using Azure.Core;
                    using Azure.Identity;

                    class Startup
                    {
                        public TokenCredential Credential()
                        {
                            var credential = new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned);
                            return credential;
                        }
                    }
                    """,
                CodeActionEquivalenceKey = CredentialActions.UseManagedIdentityCredentialKey,
            };
            await test.RunAsync();
        }

        [Fact]
        public async Task Options_AreKeptByTheChainFix_AndManagedIdentityIsNotOffered()
        {
            // managed_identity comes first, but options may name a tenant or identity: only the chain fix is offered.
            var test = new Verify.Test
            {
                TestCode = """
                    using Azure.Core;
                    using Azure.Identity;

                    class Startup
                    {
                        public TokenCredential Credential(DefaultAzureCredentialOptions options) => [|new DefaultAzureCredential(options)|];
                    }
                    """,
                FixedCode = """
                    using Azure.Core;
                    using Azure.Identity;

                    class Startup
                    {
                        public TokenCredential Credential(DefaultAzureCredentialOptions options) => new DefaultAzureCredential(DefaultAzureCredential.DefaultEnvironmentVariableName, options);
                    }
                    """,
                CodeActionIndex = 0,
            }
            .WithOption(CredentialOptions.CredentialKey, "managed_identity");
            await test.RunAsync();
        }

        [Fact]
        public Task InlineOptionsAndFalseFlag_AreHandled() =>
            Verify.VerifyCodeFixAsync(
                """
                using Azure.Core;
                using Azure.Identity;

                class Startup
                {
                    public TokenCredential WithOptions() => [|new DefaultAzureCredential(new DefaultAzureCredentialOptions { TenantId = "contoso.onmicrosoft.com" })|];

                    public TokenCredential WithFlag() => [|new DefaultAzureCredential(includeInteractiveCredentials: false)|];
                }
                """,
                """
                using Azure.Core;
                using Azure.Identity;

                class Startup
                {
                    public TokenCredential WithOptions() => new DefaultAzureCredential(DefaultAzureCredential.DefaultEnvironmentVariableName, new DefaultAzureCredentialOptions { TenantId = "contoso.onmicrosoft.com" });

                    public TokenCredential WithFlag() => new DefaultAzureCredential(DefaultAzureCredential.DefaultEnvironmentVariableName);
                }
                """);

        [Fact]
        public async Task DefaultAzureCredentialTypedUse_ManagedIdentityWouldNotCompile_IsNotOffered()
        {
            var test = new Verify.Test
            {
                TestCode = """
                    using Azure.Identity;

                    class Startup
                    {
                        public void Configure()
                        {
                            var credential = [|new DefaultAzureCredential()|];
                            Use(credential);
                            Use([|new DefaultAzureCredential()|]);
                        }

                        private static void Use(DefaultAzureCredential credential) { }
                    }
                    """,
                FixedCode = """
                    using Azure.Identity;

                    class Startup
                    {
                        public void Configure()
                        {
                            var credential = new DefaultAzureCredential(DefaultAzureCredential.DefaultEnvironmentVariableName);
                            Use(credential);
                            Use(new DefaultAzureCredential(DefaultAzureCredential.DefaultEnvironmentVariableName));
                        }

                        private static void Use(DefaultAzureCredential credential) { }
                    }
                    """,
                CodeActionIndex = 0,
            }
            .WithOption(CredentialOptions.CredentialKey, "managed_identity");
            await test.RunAsync();
        }

        [Fact]
        public Task InteractiveFlagOrInitializer_NoFix() =>
            Verify.VerifyCodeFixAsync(
                """
                using Azure.Core;
                using Azure.Identity;

                class Startup
                {
                    public TokenCredential Interactive() => [|new DefaultAzureCredential(true)|];

                    public TokenCredential Flag(bool interactive) => [|new DefaultAzureCredential(interactive)|];

                    public TokenCredential Initializer() => [|new DefaultAzureCredential() { }|];
                }
                """,
                """
                using Azure.Core;
                using Azure.Identity;

                class Startup
                {
                    public TokenCredential Interactive() => [|new DefaultAzureCredential(true)|];

                    public TokenCredential Flag(bool interactive) => [|new DefaultAzureCredential(interactive)|];

                    public TokenCredential Initializer() => [|new DefaultAzureCredential() { }|];
                }
                """);

        [Fact]
        public async Task FixAll_ReplacesEachCredentialWhereItIs_WithoutASharedField()
        {
            var test = new Verify.Test
            {
                TestCode = """
                    using System;
                    using Azure.Identity;
                    using Azure.Storage.Blobs;
                    using Azure.Storage.Queues;

                    class Clients
                    {
                        public BlobServiceClient Blobs() => new BlobServiceClient(new Uri("https://contoso.blob.core.windows.net"), [|new DefaultAzureCredential()|]);

                        public QueueServiceClient Queues() => new QueueServiceClient(new Uri("https://contoso.queue.core.windows.net"), [|new DefaultAzureCredential()|]);
                    }
                    """,
                FixedCode = """
                    using System;
                    using Azure.Identity;
                    using Azure.Storage.Blobs;
                    using Azure.Storage.Queues;

                    class Clients
                    {
                        public BlobServiceClient Blobs() => new BlobServiceClient(new Uri("https://contoso.blob.core.windows.net"), new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned));

                        public QueueServiceClient Queues() => new QueueServiceClient(new Uri("https://contoso.queue.core.windows.net"), new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned));
                    }
                    """,
                BatchFixedCode = """
                    using System;
                    using Azure.Identity;
                    using Azure.Storage.Blobs;
                    using Azure.Storage.Queues;

                    class Clients
                    {
                        public BlobServiceClient Blobs() => new BlobServiceClient(new Uri("https://contoso.blob.core.windows.net"), new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned));

                        public QueueServiceClient Queues() => new QueueServiceClient(new Uri("https://contoso.queue.core.windows.net"), new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned));
                    }
                    """,
                CodeActionEquivalenceKey = CredentialActions.UseManagedIdentityCredentialKey,
            };
            await test.RunAsync();
        }

        [Fact]
        public async Task FixAll_EnvironmentSelection_InTwoDocuments()
        {
            var test = new Verify.Test { CodeActionEquivalenceKey = DefaultAzureCredentialCodeFixProvider.EnvironmentSelectedKey };

            // The inserted using follows the file's line endings (LF here).
            test.TestState.Sources.Add("class A { Azure.Core.TokenCredential C() => [|new Azure.Identity.DefaultAzureCredential()|]; }\n");
            test.TestState.Sources.Add("using Azure.Identity; class B { object C() => [|new DefaultAzureCredential()|]; }");
            // The type as the user wrote it stays; only the inserted name is shortened.
            test.FixedState.Sources.Add("""
                using Azure.Identity;

                class A { Azure.Core.TokenCredential C() => new Azure.Identity.DefaultAzureCredential(DefaultAzureCredential.DefaultEnvironmentVariableName); }

                """);
            test.FixedState.Sources.Add("using Azure.Identity; class B { object C() => new DefaultAzureCredential(DefaultAzureCredential.DefaultEnvironmentVariableName); }");
            await test.RunAsync();
        }
    }
}
