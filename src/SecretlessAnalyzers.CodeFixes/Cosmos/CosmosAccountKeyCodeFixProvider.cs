using System.Composition;
using SecretlessAnalyzers.CodeFixes.Common;

namespace SecretlessAnalyzers.CodeFixes.Cosmos
{
    /// <summary>
    /// SL1004 fix: <c>CosmosClient</c> / <c>CosmosClientBuilder</c> take their <c>(accountEndpoint, TokenCredential)</c>
    /// overload and the key is removed.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CosmosAccountKeyCodeFixProvider)), Shared]
    public sealed class CosmosAccountKeyCodeFixProvider : CredentialCodeFixProvider
    {
        public CosmosAccountKeyCodeFixProvider()
            : base(DiagnosticIds.CosmosAccountKey, ConfigurationFallbackRewrite.Around(CosmosClientRewriter.Rewrite))
        {
        }
    }
}
