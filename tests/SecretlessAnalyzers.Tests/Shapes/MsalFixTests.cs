using System.Threading;
using System.Threading.Tasks;
using SecretlessAnalyzers.CodeFixes.Common;
using Xunit;
using Verify = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.CredentialAnalyzer,
    SecretlessAnalyzers.CodeFixes.Credentials.ClientSecretCodeFixProvider>;

namespace SecretlessAnalyzers.Tests.Shapes
{
    /// <summary>MSAL's WithClientSecret becomes WithClientAssertion fed by the managed identity's token (compiled against MSAL 4.92.0).</summary>
    public class MsalFixTests
    {
        private const string Secret = "Xk9_pQ2.vR7~mN4-tL8Zz";

        private const string Assertion =
            "async options => (await new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned).GetTokenAsync(new TokenRequestContext(new[] { \"api://AzureADTokenExchange/.default\" }), options.CancellationToken)).Token";

        [Fact]
        public Task WithClientSecret_BecomesManagedIdentityClientAssertion() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using Microsoft.Identity.Client;

                class Auth
                {
                    private const string ClientSecret = "{{Secret}}";

                    public IConfidentialClientApplication Create() =>
                        ConfidentialClientApplicationBuilder.Create("0b9c1f7e-6d2a-4b8e-9c3f-1a2b3c4d5e6f").WithClientSecret({|SL1005:ClientSecret|}).WithTenantId("72f988bf-86f1-41af-91ab-2d7cd011db47").Build();
                }
                """,
                $$"""
                using Azure.Core;
                using Azure.Identity;
                using Microsoft.Identity.Client;

                class Auth
                {
                    public IConfidentialClientApplication Create() =>
                        ConfidentialClientApplicationBuilder.Create("0b9c1f7e-6d2a-4b8e-9c3f-1a2b3c4d5e6f").WithClientAssertion({{Assertion}}).WithTenantId("72f988bf-86f1-41af-91ab-2d7cd011db47").Build();
                }
                """);

        [Fact]
        public Task FixAll_EveryBuilder_ManagedIdentityEvenForTheDefaultAction() =>
            new Verify.Test
            {
                TestCode = $$"""
                    using Microsoft.Identity.Client;

                    class Auth
                    {
                        public IConfidentialClientApplication Orders() => ConfidentialClientApplicationBuilder.Create("orders").WithClientSecret({|SL1005:"{{Secret}}"|}).Build();
                        public IConfidentialClientApplication Billing() => ConfidentialClientApplicationBuilder.Create("billing").WithClientSecret({|SL1005:"{{Secret}}"|}).Build();
                    }
                    """,
                FixedCode = $$"""
                    using Azure.Core;
                    using Azure.Identity;
                    using Microsoft.Identity.Client;

                    class Auth
                    {
                        public IConfidentialClientApplication Orders() => ConfidentialClientApplicationBuilder.Create("orders").WithClientAssertion({{Assertion}}).Build();
                        public IConfidentialClientApplication Billing() => ConfidentialClientApplicationBuilder.Create("billing").WithClientAssertion({{Assertion}}).Build();
                    }
                    """,
                CodeActionEquivalenceKey = CredentialActions.UseDefaultAzureCredentialKey,
            }.RunAsync(CancellationToken.None);
    }
}
