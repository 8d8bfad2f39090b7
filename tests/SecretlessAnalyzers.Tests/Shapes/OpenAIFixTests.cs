using System.Threading;
using System.Threading.Tasks;
using Xunit;
using VerifyKeyCredentials = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.CredentialAnalyzer,
    SecretlessAnalyzers.CodeFixes.Credentials.KeyCredentialCodeFixProvider>;

namespace SecretlessAnalyzers.Tests.Shapes
{
    /// <summary>
    /// Azure OpenAI: Azure.AI.OpenAI's client takes the token credential; the OpenAI 2.x client's only Entra path
    /// (an AuthenticationPolicy constructor) is [Experimental("OPENAI001")] in OpenAI 2.15.0, so it gets no fix.
    /// </summary>
    public class OpenAIFixTests
    {
        private const string ApiKey = "f3a9c1d27b5e48e0a6d4c2b1e9f07a35";

        [Fact]
        public Task AzureOpenAIClient_FixAll_TakesTheTokenCredential() =>
            new VerifyKeyCredentials.Test
            {
                TestCode = $$"""
                    using System;
                    using Azure;
                    using Azure.AI.OpenAI;

                    class Assistant
                    {
                        private readonly AzureOpenAIClient _chat = new(new Uri("https://contoso.openai.azure.com"), new AzureKeyCredential({|SL1006:"{{ApiKey}}"|}));
                        public AzureOpenAIClient Embeddings() => new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com"), new AzureKeyCredential({|SL1006:"{{ApiKey}}"|}));
                        public AzureOpenAIClient Chat => _chat;
                    }
                    """,
                FixedCode = """
                    using System;
                    using Azure;
                    using Azure.AI.OpenAI;
                    using Azure.Identity;

                    class Assistant
                    {
                        private readonly AzureOpenAIClient _chat = new(new Uri("https://contoso.openai.azure.com"), new DefaultAzureCredential());
                        public AzureOpenAIClient Embeddings() => new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com"), new DefaultAzureCredential());
                        public AzureOpenAIClient Chat => _chat;
                    }
                    """,
                BatchFixedCode = """
                    using System;
                    using Azure;
                    using Azure.AI.OpenAI;
                    using Azure.Identity;

                    class Assistant
                    {
                        private static readonly DefaultAzureCredential AzureCredential = new DefaultAzureCredential();

                        private readonly AzureOpenAIClient _chat = new(new Uri("https://contoso.openai.azure.com"), AzureCredential);
                        public AzureOpenAIClient Embeddings() => new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com"), AzureCredential);
                        public AzureOpenAIClient Chat => _chat;
                    }
                    """,
            }.RunAsync(CancellationToken.None);

        [Fact]
        public Task OpenAIClient_ApiKeyCredential_OnAzureEndpoint_HasNoFix() =>
            VerifyKeyCredentials.VerifyCodeFixAsync(
                $$"""
                using System;
                using System.ClientModel;
                using OpenAI;

                class Assistant
                {
                    public OpenAIClient Create() =>
                        new OpenAIClient(new ApiKeyCredential({|SL1006:"{{ApiKey}}"|}), new OpenAIClientOptions { Endpoint = new Uri("https://contoso.openai.azure.com/openai/v1") });
                }
                """,
                $$"""
                using System;
                using System.ClientModel;
                using OpenAI;

                class Assistant
                {
                    public OpenAIClient Create() =>
                        new OpenAIClient(new ApiKeyCredential({|SL1006:"{{ApiKey}}"|}), new OpenAIClientOptions { Endpoint = new Uri("https://contoso.openai.azure.com/openai/v1") });
                }
                """);
    }
}
