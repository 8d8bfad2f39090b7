using SecretlessAnalyzers.Tests.Infrastructure;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.DefaultAzureCredentialInProductionAnalyzer,
    SecretlessAnalyzers.CodeFixes.Identity.DefaultAzureCredentialCodeFixProvider>;

namespace SecretlessAnalyzers.Tests.Identity
{
    /// <summary>SL2002: DefaultAzureCredential where production runs it; quiet in development-only code and tests.</summary>
    public class DefaultAzureCredentialInProductionAnalyzerTests
    {
        /// <summary>The host-environment API of Microsoft.Extensions.Hosting, as application code calls it.</summary>
        internal const string Hosting = """

            namespace Microsoft.Extensions.Hosting
            {
                public interface IHostEnvironment { string EnvironmentName { get; } }
                public static class Environments { public const string Development = "Development"; public const string Production = "Production"; }
                public static class HostEnvironmentEnvExtensions
                {
                    public static bool IsDevelopment(this IHostEnvironment e) => e.EnvironmentName == Environments.Development;
                    public static bool IsProduction(this IHostEnvironment e) => e.EnvironmentName == Environments.Production;
                    public static bool IsEnvironment(this IHostEnvironment e, string name) => e.EnvironmentName == name;
                }
            }
            """;

        // ---- Positives ----

        [Fact]
        public Task ParameterlessCreation_AssignedToTokenCredential() =>
            Verify.VerifyAnalyzerAsync("""
                using Azure.Core;
                using Azure.Identity;

                class Startup
                {
                    public TokenCredential Credential() => [|new DefaultAzureCredential()|];
                }
                """);

        [Fact]
        public Task TargetTypedCreation_InATypedField() =>
            Verify.VerifyAnalyzerAsync("""
                using Azure.Identity;

                class Clients
                {
                    private static readonly DefaultAzureCredential Credential = [|new()|];
                }
                """);

        [Fact]
        public Task OptionsAndFullyQualifiedAndBoolOverloads_GivenToAClient() =>
            Verify.VerifyAnalyzerAsync("""
                using System;
                using Azure.Storage.Blobs;

                class Clients
                {
                    public BlobServiceClient Blobs() => new BlobServiceClient(
                        new Uri("https://contoso.blob.core.windows.net"),
                        [|new Azure.Identity.DefaultAzureCredential(new Azure.Identity.DefaultAzureCredentialOptions { TenantId = "contoso.onmicrosoft.com" })|]);

                    public Azure.Core.TokenCredential Interactive() => [|new Azure.Identity.DefaultAzureCredential(includeInteractiveCredentials: false)|];
                }
                """);

        [Fact]
        public Task GivenToAzureClientsRegistration() =>
            Verify.VerifyAnalyzerAsync("""
                using Azure.Identity;
                using Microsoft.Extensions.Azure;
                using Microsoft.Extensions.DependencyInjection;

                static class Registration
                {
                    public static void Add(IServiceCollection services) =>
                        services.AddAzureClients(clients => clients.UseCredential([|new DefaultAzureCredential()|]));
                }
                """);

        [Fact]
        public Task ProductionBranches_AreReported() =>
            Verify.VerifyAnalyzerAsync("""
                using Azure.Core;
                using Azure.Identity;
                using Microsoft.Extensions.Hosting;

                class Startup
                {
                    public TokenCredential ElseOfDevelopment(IHostEnvironment env)
                    {
                        if (env.IsDevelopment())
                        {
                            return new AzureCliCredential();
                        }
                        else
                        {
                            return [|new DefaultAzureCredential()|];
                        }
                    }

                    public TokenCredential InProduction(IHostEnvironment env)
                    {
                        if (env.IsProduction())
                        {
                            return [|new DefaultAzureCredential()|];
                        }

                        return new AzureCliCredential();
                    }

                    // Either condition may hold in production.
                    public TokenCredential DevelopmentOrFlag(IHostEnvironment env, bool flag) =>
                        env.IsDevelopment() || flag ? [|new DefaultAzureCredential()|] : new AzureCliCredential();

                    public TokenCredential NotDevelopment(IHostEnvironment env) =>
                        !env.IsDevelopment() ? [|new DefaultAzureCredential()|] : new AzureCliCredential();
                }
                """ + Hosting);

        [Fact]
        public Task ReleaseOnlyDirectiveBlocks_AreReported() =>
            Verify.VerifyAnalyzerAsync("""
                #define DEBUG
                using Azure.Core;
                using Azure.Identity;

                class Startup
                {
                    public TokenCredential Credential()
                    {
                #if DEBUG
                        var local = new AzureCliCredential();
                #endif
                        return [|new DefaultAzureCredential()|];
                    }

                    public TokenCredential Nested()
                    {
                #if TRACE || DEBUG
                        return [|new DefaultAzureCredential()|];
                #else
                        return new AzureCliCredential();
                #endif
                    }
                }
                """);

        // ---- Negatives ----

        [Fact]
        public Task DevelopmentBranches_AreNotReported() =>
            Verify.VerifyAnalyzerAsync("""
                using Azure.Core;
                using Azure.Identity;
                using Microsoft.Extensions.Hosting;

                class Startup
                {
                    public TokenCredential InDevelopment(IHostEnvironment env)
                    {
                        if (env.IsDevelopment())
                        {
                            return new DefaultAzureCredential();
                        }

                        return new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned);
                    }

                    public TokenCredential ElseOfNotDevelopment(IHostEnvironment env)
                    {
                        if (!env.IsDevelopment())
                            return new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned);
                        else
                            return new DefaultAzureCredential();
                    }

                    // Microsoft's own example: production gets the managed identity, every other environment the chain.
                    public TokenCredential ProductionElse(IHostEnvironment env) =>
                        env.IsProduction() ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned) : new DefaultAzureCredential();

                    public TokenCredential DevelopmentAndFlag(IHostEnvironment env, bool useCli) =>
                        (env.IsDevelopment() && useCli) ? new DefaultAzureCredential() : new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned);

                    public TokenCredential ByName(IHostEnvironment env)
                    {
                        if (env.IsEnvironment("Development")) { return new DefaultAzureCredential(); }
                        if (env.EnvironmentName == Environments.Development) { return new DefaultAzureCredential(); }
                        if (env.EnvironmentName != "Production") { return new DefaultAzureCredential(); }
                        return new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned);
                    }

                    public void InALambdaOfADevelopmentBranch(IHostEnvironment env, System.Action<System.Func<TokenCredential>> register)
                    {
                        if (env.IsDevelopment())
                        {
                            register(() => new DefaultAzureCredential());
                        }
                    }
                }
                """ + Hosting);

        [Fact]
        public Task DebugOnlyDirectiveBlocks_AreNotReported() =>
            Verify.VerifyAnalyzerAsync("""
                #define DEBUG
                using Azure.Core;
                using Azure.Identity;

                class Startup
                {
                    public TokenCredential Credential()
                    {
                #if DEBUG
                        return new DefaultAzureCredential();
                #else
                        return new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned);
                #endif
                    }

                    public TokenCredential ElseOfRelease()
                    {
                #if !DEBUG
                        return new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned);
                #elif TRACE
                        return new DefaultAzureCredential();
                #else
                        return new DefaultAzureCredential();
                #endif
                    }

                    public TokenCredential DebugAndTrace()
                    {
                #if DEBUG && TRACE
                        return new DefaultAzureCredential();
                #endif
                        return new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned);
                    }
                }
                """);

        [Fact]
        public Task EnvironmentSelectedForm_IsNotReported() =>
            Verify.VerifyAnalyzerAsync("""
                using Azure.Core;
                using Azure.Identity;

                class Startup
                {
                    public TokenCredential Credential() => new DefaultAzureCredential(DefaultAzureCredential.DefaultEnvironmentVariableName);

                    public TokenCredential Custom(DefaultAzureCredentialOptions options) => new DefaultAzureCredential("MYAPP_TOKEN_CREDENTIALS", options);
                }
                """);

        [Fact]
        public Task MentionsThatAreNotCreations_AreNotReported() =>
            Verify.VerifyAnalyzerAsync("""
                using System;
                using Azure.Core;
                using Azure.Identity;

                class Startup
                {
                    // new DefaultAzureCredential() in a comment
                    private const string Doc = "new DefaultAzureCredential()";
                    private static readonly Type Kind = typeof(DefaultAzureCredential);
                    private static readonly string Name = nameof(DefaultAzureCredential);

                    public bool IsChain(TokenCredential credential) => credential is DefaultAzureCredential;

                    public TokenCredential Deterministic() => new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned);
                }
                """);

        [Fact]
        public Task AnotherTypeNamedDefaultAzureCredential_IsNotReported() =>
            Verify.VerifyAnalyzerAsync("""
                namespace MyCompany.Auth
                {
                    public sealed class DefaultAzureCredential { }

                    class Startup
                    {
                        public object Credential() => new DefaultAzureCredential();
                        private readonly DefaultAzureCredential _field = new();
                    }
                }
                """);

        [Fact]
        public async Task TestProjects_AreNotReported()
        {
            // A compilation that references xUnit is a test project: integration tests sign in as the developer.
            var test = new Verify.AnalyzerTest
            {
                TestCode = """
                    using Azure.Core;
                    using Azure.Identity;

                    public class StorageIntegrationTests
                    {
                        [Xunit.Fact]
                        public void Reads() { TokenCredential credential = new DefaultAzureCredential(); }
                    }
                    """,
            };
            test.TestState.AdditionalReferences.Add(TestReferences.Of(typeof(Xunit.FactAttribute)));
            await test.RunAsync(System.Threading.CancellationToken.None);
        }

        // ---- Robustness ----

        [Fact]
        public Task IncompleteCode_DoesNotThrow() =>
            Verify.VerifyAnalyzerAsync(
                """
                using Azure.Core;
                using Azure.Identity;

                class Startup
                {
                    public TokenCredential A() => new DefaultAzureCredential(
                    public TokenCredential B() => new DefaultAzureCredential(42, "x");
                    public TokenCredential C() => new DefaultAzureCredential
                    public object D() => new global::Azure.Identity.
                }
                """,
                // A creation being typed binds to the parameterless constructor: reported, as it will be once complete.
                Verify.Diagnostic().WithSpan(6, 35, 7, 1),
                DiagnosticResult.CompilerError("CS1002").WithSpan(6, 62, 6, 62),
                DiagnosticResult.CompilerError("CS1026").WithSpan(6, 62, 6, 62),
                DiagnosticResult.CompilerError("CS1503").WithSpan(7, 62, 7, 64),
                DiagnosticResult.CompilerError("CS1503").WithSpan(7, 66, 7, 69),
                Verify.Diagnostic().WithSpan(8, 35, 9, 1),
                DiagnosticResult.CompilerError("CS1002").WithSpan(8, 61, 8, 61),
                DiagnosticResult.CompilerError("CS1526").WithSpan(8, 61, 8, 61),
                DiagnosticResult.CompilerError("CS1001").WithSpan(9, 53, 9, 53),
                DiagnosticResult.CompilerError("CS1002").WithSpan(9, 53, 9, 53));

        [Fact]
        public Task NoAzureIdentity_DoesNotThrow() =>
            Verify.VerifyAnalyzerAsync("""
                class Startup
                {
                    public object Credential() => new {|CS0246:DefaultAzureCredential|}();
                }
                """);

        [Fact]
        public Task UnbalancedDirectivesAndDeepConditions_DoNotThrow() =>
            Verify.VerifyAnalyzerAsync("""
                #define DEBUG
                using Azure.Core;
                using Azure.Identity;

                class Startup
                {
                    public TokenCredential Deep(bool a) =>
                        a && a && a && a && a && a && a && a && a && a && a && a && a && a && a && a && a && a && a && a && a && a ? [|new DefaultAzureCredential()|] : null;
                }
                {|CS1028:#endif|}
                """);
    }
}
